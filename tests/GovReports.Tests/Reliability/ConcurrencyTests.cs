using FluentAssertions;
using GovReports.Rendering;
using GovReports.Tests.Examples;

namespace GovReports.Tests.Reliability;

/// <summary>One renderer and one parsed template shared by many threads give the same bytes as a single thread.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Render_EightThreadsOneRenderer_ByteIdenticalToSingleThreaded()
    {
        // 8 × 125 in the default run; the full 8 × 1,000 when GOVREPORTS_FUZZ_COUNT is set (long runs on demand).
        var perThread = Environment.GetEnvironmentVariable("GOVREPORTS_FUZZ_COUNT") is { Length: > 0 } ? 1000 : 125;
        var report = ExampleFiles.Load("002-phong-tho-nq24.json");
        var renderer = new ReportRenderer();
        var template = renderer.GetTemplate(report.Template);
        byte[] expected;
        using (var single = new MemoryStream())
        {
            renderer.Render(report, single);
            expected = single.ToArray();
        }

        var mismatches = 0;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < perThread; i++)
            {
                try
                {
                    using var output = new MemoryStream();
                    renderer.Render(report, output);
                    if (!output.ToArray().AsSpan().SequenceEqual(expected)) Interlocked.Increment(ref mismatches);
                }
                catch (Exception ex)
                {
                    errors.Enqueue(ex);
                }
            }
        })).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();

        errors.Should().BeEmpty();
        mismatches.Should().Be(0);
        renderer.GetTemplate(report.Template).Should().BeSameAs(template, "the template is parsed once and shared");
    }

    [Fact]
    public void Render_DifferentReportsInParallel_EachMatchesItsSingleThreadedBytes()
    {
        var files = new[] { "001-krong-pa-6-thang-2021.json", "002-phong-tho-nq24.json", "004-dak-nong-ket-luan-ra-soat.json" };
        var reports = files.Select(ExampleFiles.Load).ToArray();
        var renderer = new ReportRenderer();
        var expected = reports.Select(r =>
        {
            using var s = new MemoryStream();
            new ReportRenderer().Render(r, s);
            return s.ToArray();
        }).ToArray();

        var results = new byte[reports.Length * 20][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var s = new MemoryStream();
            renderer.Render(reports[i % reports.Length], s);
            results[i] = s.ToArray();
        });

        for (var i = 0; i < results.Length; i++) results[i].Should().Equal(expected[i % reports.Length], $"render {i} ({files[i % files.Length]})");
    }
}
