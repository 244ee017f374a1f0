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

    [Fact]
    public void CreateContext_TwoRenders_FreshVnObjectsSharingTheirFunctions()
    {
        // Function objects are made once per rate policy (vn.fact, bound to the report's facts, once per render); each render still gets its own vn object.
        var renderer = new ReportRenderer();
        var report = ExampleFiles.Load(Files[1]);

        var first = (Templating.ScriptObject)renderer.CreateContext(report, report.RatePolicy, default).CurrentGlobal["vn"]!;
        var second = (Templating.ScriptObject)renderer.CreateContext(report, report.RatePolicy, default).CurrentGlobal["vn"]!;
        var otherPolicy = (Templating.ScriptObject)renderer.CreateContext(report, report.RatePolicy with { Decimals = report.RatePolicy.Decimals + 1 }, default).CurrentGlobal["vn"]!;

        second.Should().NotBeSameAs(first, "a template may add members to vn, which must not leak into the next render");
        second.Keys.Should().BeEquivalentTo(first.Keys);
        foreach (var name in first.Keys.Where(n => n != "fact"))
            second[name].Should().BeSameAs(first[name], "vn.{0} is made once per rate policy", name);
        second["fact"].Should().NotBeSameAs(first["fact"], "vn.fact reads the facts of the report being rendered");
        otherPolicy["percent"].Should().NotBeSameAs(first["percent"], "vn.percent depends on the rate policy");
    }

    private static byte[] Render(ReportRenderer renderer, string file)
    {
        using var output = new MemoryStream();
        renderer.Render(ExampleFiles.Load(file), output);
        return output.ToArray();
    }
}
