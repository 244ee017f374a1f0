using FluentAssertions;
using GovReports.Rendering;
using GovReports.Tests.Examples;

namespace GovReports.Tests.Rendering;

// Speed work must never change a byte: the same data renders to the same .docx, whichever renderer or thread does it.
public sealed class ReportRendererDeterminismTests
{
    private static readonly string[] Files =
    [
        "001-krong-pa-6-thang-2021.json",
        "002-phong-tho-nq24.json",
        "004-dak-nong-ket-luan-ra-soat.json",
    ];

    public static TheoryData<string> DataFiles => new(Files);

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Render_ExampleTwice_GivesIdenticalBytes(string file)
    {
        var renderer = new ReportRenderer();

        var first = Render(renderer, file);
        var again = Render(renderer, file);
        var fresh = Render(new ReportRenderer(), file);

        first.Length.Should().BeGreaterThan(10_000);
        again.Should().Equal(first);
        fresh.Should().Equal(first);
    }

    [Fact]
    public void Render_ExamplesOnManyThreadsWithOneRenderer_GivesTheSequentialBytes()
    {
        var files = Files;
        var renderer = new ReportRenderer();
        var expected = files.ToDictionary(f => f, f => Render(new ReportRenderer(), f));
        var jobs = Enumerable.Range(0, 24).Select(i => files[i % files.Length]).ToArray();
        var results = new byte[jobs.Length][];

        Parallel.For(0, jobs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Render(renderer, jobs[i]));

        for (var i = 0; i < jobs.Length; i++)
            results[i].Should().Equal(expected[jobs[i]], "job {0} renders {1}", i, jobs[i]);
    }

    private static byte[] Render(ReportRenderer renderer, string file)
    {
        using var output = new MemoryStream();
        renderer.Render(ExampleFiles.Load(file), output);
        return output.ToArray();
    }
}
