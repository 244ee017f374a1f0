using System.Diagnostics;
using FluentAssertions;
using GovReports.Word;
using Xunit.Abstractions;

namespace GovReports.Tests.Word;

public sealed class DocxWriterSpeedTests(ITestOutputHelper output)
{
    // A loose guard against accidental slowness (e.g. a DOM or validation in the write path); benchmarks measure precisely.
    [Fact]
    public void Write_Seed001_TakesWellUnderTenMillisecondsOnAverage()
    {
        var document = Samples.Seed001();
        var writer = new DocxWriter();
        var stream = new MemoryStream();
        for (var i = 0; i < 20; i++) { stream.SetLength(0); writer.Write(document, stream); }
        const int Runs = 200;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++) { stream.SetLength(0); writer.Write(document, stream); }
        watch.Stop();
        var perDocument = watch.Elapsed.TotalMilliseconds / Runs;
        output.WriteLine($"{perDocument:0.000} ms per document, {stream.Length} bytes");
        perDocument.Should().BeLessThan(10);
    }
}
