using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Word;

namespace GovReports.Tests.Reliability;

/// <summary>The real markups the markup fuzz tests mutate: the three examples as rendered, and the writer's samples.</summary>
internal static class FuzzMarkups
{
    public static readonly Lazy<(string Markup, GovReports.Model.DocumentFrame? Frame)[]> Bases = new(() =>
    {
        var renderer = new ReportRenderer();
        var examples = new[] { "001-krong-pa-6-thang-2021.json", "002-phong-tho-nq24.json", "004-dak-nong-ket-luan-ra-soat.json" }
            .Select(ExampleFiles.Load)
            .Select(r => (renderer.RenderMarkup(r), (GovReports.Model.DocumentFrame?)r.Frame));
        return [.. examples, (Samples.Full, null), (Samples.Letter, null), (Samples.Draft, null), (Samples.Seed001Body, Samples.Seed001Frame)];
    });
}
