using FluentAssertions;
using GovReports.Model;
using GovReports.Model.Json;

namespace GovReports.Tests.Examples;

public sealed class BodyJsonTests
{
    private const string Frame = """
        "frame": { "issuingBody": "Ủy ban nhân dân huyện X", "type": "BC", "number": "5/BC-UBND", "place": "X", "date": "2022-12-05",
                   "signature": { "lines": [ { "prefix": "none", "title": "CHỦ TỊCH" } ], "signer": "A" },
                   "distribution": { "archive": "VT" } },
        "period": { "kind": "year", "year": 2022 },
        """;

    private static string Json(string body) => "{ \"template\": \"program-report\", " + Frame + " \"body\": " + body + " }";

    [Fact]
    public void Load_TextAndBlockEntries_KeepsOrderTextAndArgs()
    {
        var report = ReportJson.Load(Json("""[ { "text": "## I. Mục {{ vn.period period }}" }, { "block": "credit", "args": { "index": "0", "lead": "Qua 6 tháng" } } ]"""));

        report.Body.Should().HaveCount(2);
        report.Body[0].Text.Should().Be("## I. Mục {{ vn.period period }}");
        report.Body[0].Block.Should().BeNull();
        report.Body[0].Args.Should().BeEmpty();
        report.Body[1].Block.Should().Be("credit");
        report.Body[1].Args.Should().Equal(new Dictionary<string, string> { ["index"] = "0", ["lead"] = "Qua 6 tháng" });
    }

    [Fact]
    public void Load_NoBody_GivesAnEmptyBody()
    {
        ReportJson.Load(Json("[]")).Body.Should().BeEmpty();
        ReportJson.Load("{ \"template\": \"t\", " + Frame.TrimEnd().TrimEnd(',') + " }").Body.Should().BeEmpty();
    }

    [Fact]
    public void TryLoad_UnknownEntryProperty_IsAnErrorWithItsPath()
    {
        var ok = ReportJson.TryLoad(Json("""[ { "text": "a" }, { "blok": "credit" } ]"""), out _, out var errors);

        ok.Should().BeFalse();
        errors.Should().ContainSingle().Which.Path.Should().Be("body[1].blok");
    }

    [Fact]
    public void TryLoad_NonStringArg_IsAnError()
    {
        var ok = ReportJson.TryLoad(Json("""[ { "block": "credit", "args": { "index": 0 } } ]"""), out _, out var errors);

        ok.Should().BeFalse();
        errors.Should().ContainSingle().Which.Path.Should().Be("body[0].args[\"index\"]");
    }

    [Fact]
    public void Serialize_BodyEntries_RoundTrip()
    {
        var report = ReportJson.Load(Json("""[ { "text": "Đoạn văn." }, { "block": "projects", "args": { "plan": "0" } } ]"""));

        var again = ReportJson.Load(ReportJson.Serialize(report));

        again.Body.Select(b => (b.Text, b.Block)).Should().Equal(report.Body.Select(b => (b.Text, b.Block)));
        again.Body[1].Args.Should().Equal(report.Body[1].Args);
    }
}
