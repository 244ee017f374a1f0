using System.Runtime.CompilerServices;
using FluentAssertions;
using FluentAssertions.Equivalency;
using GovReports.Model;
using GovReports.Model.Checks;
using GovReports.Model.Json;

namespace GovReports.Tests.Model.Json;

public class ReportJsonTests
{
    private const string Minimal = """
        {
          "template": "t",
          "frame": {
            "issuingBody": "Ủy ban nhân dân huyện A",
            "type": "BC",
            "number": "05/BC-UBND",
            "place": "A",
            "date": "2022-12-01",
            "signature": { "lines": [ { "prefix": "onBehalfOf", "title": "ỦY BAN NHÂN DÂN" } ], "signer": "B" },
            "distribution": { "archive": "VT" }
          },
          "period": { "kind": "year", "year": 2022 }
        }
        """;

    private static EquivalencyAssertionOptions<Report> ByMembers(EquivalencyAssertionOptions<Report> o) =>
        o.ComparingRecordsByMembers().RespectingRuntimeTypes();

    private static IReadOnlyList<LoadError> Errors(string json)
    {
        var act = () => ReportJson.Load(json);
        return act.Should().Throw<ReportLoadException>().Which.Errors;
    }

    private static string Fixture(string name, [CallerFilePath] string source = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, "..", "Fixtures", name));

    [Fact]
    public void Load_MinimalReport_ReadsTheFrame()
    {
        var report = ReportJson.Load(Minimal);
        report.Frame.Number.Should().Be(new DocumentNumber(5, "BC-UBND"));
        report.Frame.Date.Should().Be(new DocumentDate(2022, 12, 1));
        report.Frame.Type.Should().BeSameAs(DocumentType.BaoCao);
        report.Period.Text.Should().Be("năm 2022");
        report.RatePolicy.Should().Be(RatePolicy.Default);
        ReportChecker.Check(report).Should().BeEmpty();
    }

    [Fact]
    public void Load_UnknownProperty_SuggestsTheClosestName()
    {
        var errors = Errors(Minimal.Replace("\"issuingBody\"", "\"issuingBodyy\""));
        var error = errors.Should().ContainSingle("the misspelt required member is not reported missing as well").Subject;
        error.Path.Should().Be("frame.issuingBodyy");
        (error.Line, error.Column).Should().Be((4, 5));
        error.Message.Should().Be("unknown property 'issuingBodyy'; did you mean 'issuingBody'?");
    }

    [Fact]
    public void Load_UnknownPropertyFarFromAnyName_ListsTheKnownNames()
    {
        var errors = Errors(Minimal.Replace("\"template\": \"t\",", "\"template\": \"t\", \"colour\": 1,"));
        errors.Should().ContainSingle().Which.Message.Should().StartWith("unknown property 'colour'; expected one of 'template', 'frame'");
    }

    [Fact]
    public void Load_SeveralErrors_ReportsThemAllWithPathsAndLines()
    {
        const string json = """
            {
              "template": "t",
              "frame": {
                "issuingBody": "A",
                "type": "Bao cao",
                "number": "05/BC-UBND",
                "place": "A",
                "date": "2021-02-30",
                "signature": { "lines": [], "signer": 5 },
                "distribution": { "archive": "VT" }
              },
              "period": { "kind": "firstHaf", "year": "2021" },
              "results": {
                "credit": [ { "amountLent": "125.1635 triệu đồng", "borrowers": 2883 } ],
                "funding": [ { "years": [2022], "projects": [ { "number": 9 }, { "number": 3, "subProjects": [ { "number": 4 } ] } ] } ]
              }
            }
            """;
        var errors = Errors(json);
        errors.Select(e => (e.Path, e.Line)).Should().Equal(
            ("frame.type", 5),
            ("frame.date", 8),
            ("frame.signature.signer", 9),
            ("period.kind", 12),
            ("period.year", 12),
            ("results.credit[0].amountLent", 14),
            ("results.funding[0].projects[0].number", 15),
            ("results.funding[0].projects[1].subProjects[0].number", 15));
        errors[0].Message.Should().Be("unknown document type 'Bao cao'; did you mean 'Báo cáo'?");
        (errors[0].Line, errors[0].Column).Should().Be((5, 13));
        errors[2].Message.Should().Be("expected a string, found a number");
        errors[2].Column.Should().Be(43);
        errors[3].Message.Should().Be("unknown value 'firstHaf'; did you mean 'firstHalf'?");
        errors[4].Message.Should().Be("expected a whole number, found a string");
        errors[6].Message.Should().Be("unknown project 9: the 2021-2025 program has Dự án 1–7");
        errors[7].Message.Should().Be("unknown sub-project 4: Dự án 3 has Tiểu dự án 1–2");
    }

    [Fact]
    public void Load_MoneyWithAFourDigitGroup_IsRejectedWithTheReason()
    {
        var json = Minimal.Replace("\"period\"", "\"results\": { \"credit\": [ { \"amountLent\": \"125.1635\" } ] },\n  \"period\"");
        var error = Errors(json).Should().ContainSingle().Subject;
        error.Path.Should().Be("results.credit[0].amountLent");
        error.Message.Should().Be(
            "'125.1635' is not a valid amount: in Vietnamese notation '.' separates thousands, so each group after a '.' must have exactly 3 digits ('1635' has 4); a decimal part follows a comma (e.g. '1,5 tỷ đồng'); to keep the figure as the document prints it, write { \"asWritten\": \"125.1635\" }");
    }

    [Fact]
    public void Load_AmountAsWritten_IsKeptAndReportedByTheChecker()
    {
        var json = Minimal.Replace("\"period\"", "\"results\": { \"credit\": [ { \"amountLent\": { \"asWritten\": \"125.1635 triệu đồng\" } } ] },\n  \"period\"");
        var report = ReportJson.Load(json);
        report.Results.Credit[0].AmountLent.Should().Be(Amount.Written("125.1635 triệu đồng"));
        var finding = ReportChecker.Check(report).Should().ContainSingle().Subject;
        finding.Code.Should().Be(FindingCodes.AsWrittenInvalid);
        finding.Message.Should().StartWith("as written '125.1635 triệu đồng' is not a valid amount: in Vietnamese notation");
    }

    [Fact]
    public void Load_NonexistentDate_IsRejected()
    {
        var error = Errors(Minimal.Replace("2022-12-01", "2021-02-30")).Should().ContainSingle().Subject;
        error.Path.Should().Be("frame.date");
        error.Message.Should().Be("2021-02-30 does not exist: February 2021 has 28 days");
        (error.Line, error.Column).Should().Be((8, 13));
    }

    [Theory]
    [InlineData("\"2022-12\"", 2022, 12, null)]
    [InlineData("{ \"year\": 2022, \"month\": 12 }", 2022, 12, null)]
    [InlineData("\"2024-02-29\"", 2024, 2, 29)]
    [InlineData("{ \"year\": 2022 }", 2022, null, null)]
    public void Load_DraftAndLeapDates_AreAccepted(string date, int year, int? month, int? day)
    {
        ReportJson.Load(Minimal.Replace("\"2022-12-01\"", date)).Frame.Date.Should().Be(new DocumentDate(year, month, day));
    }

    [Theory]
    [InlineData("\"2022-13\"", "2022-13 does not exist: the month must be between 1 and 12")]
    [InlineData("{ \"year\": 2022, \"day\": 3 }", "2022-??-03: a day needs a month")]
    [InlineData("\"15/6/2021\"", "'15/6/2021' is not a date; write \"2021-06-15\", or \"2022-12\" for a draft without a day")]
    public void Load_BadDates_AreRejected(string date, string message)
    {
        Errors(Minimal.Replace("\"2022-12-01\"", date)).Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Load_DraftNumber_HasNoNumber()
    {
        ReportJson.Load(Minimal.Replace("05/BC-UBND", "/BC-UBND")).Frame.Number.Should().Be(new DocumentNumber(null, "BC-UBND"));
    }

    [Fact]
    public void Load_MissingRequiredAndNull_AreBothReported()
    {
        var json = Minimal.Replace("\"place\": \"A\",", "\"place\": null,").Replace("\"template\": \"t\",", "");
        Errors(json).Select(e => (e.Path, e.Message)).Should().Equal(
            ("template", "required property 'template' is missing"),
            ("frame.place", "must not be null"));
    }

    [Fact]
    public void Load_MalformedJson_ReportsTheLine()
    {
        var error = Errors("{\n  \"template\": \"t\",\n}").Should().ContainSingle().Subject;
        error.Path.Should().Be("$");
        error.Line.Should().Be(3);
        error.Message.Should().StartWith("invalid JSON");
    }

    [Fact]
    public void TryLoad_BadInput_ReturnsFalseWithTheErrors()
    {
        ReportJson.TryLoad(Minimal.Replace("\"kind\": \"year\"", "\"kind\": 1"), out var report, out var errors).Should().BeFalse();
        report.Should().BeNull();
        errors.Should().ContainSingle().Which.Path.Should().Be("period.kind");
    }

    [Fact]
    public void ReportLoadException_Message_ListsEveryError()
    {
        var act = () => ReportJson.Load(Minimal.Replace("\"BC\"", "\"XX\"").Replace("2022-12-01", "2022-02-29"));
        act.Should().Throw<ReportLoadException>().Which.Message.Should().StartWith("The report has 2 errors:\nframe.type (5:13): unknown document type 'XX'");
    }

    [Fact]
    public void Serialize_Seed001_RoundTripsLosslessly()
    {
        var seed = SeedReports.Seed001();
        var json = ReportJson.Serialize(seed);
        var loaded = ReportJson.Load(json);
        loaded.Should().BeEquivalentTo(seed, ByMembers);
        ReportJson.Serialize(loaded).Should().Be(json);
    }

    [Fact]
    public void Serialize_Seed002_RoundTripsLosslessly()
    {
        var seed = SeedReports.Seed002();
        var json = ReportJson.Serialize(seed);
        var loaded = ReportJson.Load(json);
        loaded.Should().BeEquivalentTo(seed, ByMembers);
        ReportJson.Serialize(loaded).Should().Be(json);
        json.Should().Contain("\"statedTotal\": \"84.530 triệu đồng\"").And.Contain("\"asWritten\": \"125.1635 triệu đồng\"");
    }

    [Fact]
    public void Serialize_Seed004_RoundTripsLosslessly()
    {
        var seed = SeedReports.Seed004();
        var json = ReportJson.Serialize(seed);
        ReportJson.Load(json).Should().BeEquivalentTo(seed, ByMembers);
        json.Should().Contain("\"TL. CHỦ TỊCH\"").And.Contain("\"TT. Tỉnh ủy (B/c)\"");
    }

    [Theory]
    [InlineData("seed-001.json")]
    [InlineData("seed-002.json")]
    [InlineData("seed-004.json")]
    public void Load_SeedFixture_EqualsTheReportBuiltInCode(string fixture)
    {
        var expected = fixture switch
        {
            "seed-001.json" => SeedReports.Seed001(),
            "seed-002.json" => SeedReports.Seed002(),
            _ => SeedReports.Seed004(),
        };
        var loaded = ReportJson.Load(Fixture(fixture));
        loaded.Should().BeEquivalentTo(expected, ByMembers);
        ReportChecker.Check(loaded).Should().Equal(ReportChecker.Check(expected));
    }

    [Theory]
    [InlineData("KT. CHỦ TỊCH", AuthorityPrefix.SignedFor, "CHỦ TỊCH", null)]
    [InlineData("KT CHỦ TỊCH", AuthorityPrefix.SignedFor, "CHỦ TỊCH", "KT CHỦ TỊCH")]
    [InlineData("TUQ. GIÁM ĐỐC", AuthorityPrefix.ByDelegation, "GIÁM ĐỐC", null)]
    [InlineData("Q. CHỦ TỊCH", AuthorityPrefix.Acting, "CHỦ TỊCH", null)]
    [InlineData("PHÓ CHỦ TỊCH", AuthorityPrefix.None, "PHÓ CHỦ TỊCH", null)]
    public void Load_AuthorityLineAsString_ReadsPrefixAndKeepsNonStandardText(string text, AuthorityPrefix prefix, string title, string? asWritten)
    {
        var json = Minimal.Replace("{ \"prefix\": \"onBehalfOf\", \"title\": \"ỦY BAN NHÂN DÂN\" }", "\"" + text + "\"");
        ReportJson.Load(json).Frame.Signature.Lines.Should().Equal(new AuthorityLine(prefix, title, asWritten));
    }

    [Fact]
    public void Load_DistributionItemAsString_SplitsTheNote()
    {
        var json = Minimal.Replace("{ \"archive\": \"VT\" }", "{ \"items\": [\"Như trên\", \"Sở Công thương (b/c)\"], \"archive\": \"VT\" }");
        ReportJson.Load(json).Frame.Distribution.Items.Should().Equal(new DistributionItem("Như trên"), new DistributionItem("Sở Công thương", "b/c"));
    }

    [Fact]
    public void Load_FormatDocumentExample_LoadsAndChecks()
    {
        var doc = Fixture(Path.Combine("..", "..", "..", "..", "src", "GovReports", "Model", "json-format.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var report = ReportJson.Load(json);
        report.Results.Funding[0].Projects[0].SubProjects[0].DisbursementRate!.Value.PercentBy(report.RatePolicy).Should().Be(38.66m);
        ReportChecker.Check(report).Select(f => f.Code).Should().Equal(
            FindingCodes.TotalMismatch, FindingCodes.AsWrittenInvalid);
    }

    [Fact]
    public void Serialize_ItemWhoseNameEndsInBrackets_KeepsTheObjectForm()
    {
        var report = ReportJson.Load(Minimal);
        report = report with
        {
            Frame = report.Frame with
            {
                Distribution = new Distribution { Items = [new DistributionItem("Ban chỉ đạo (BCĐ)"), new DistributionItem("Sở Tài chính", "b/c")], Archive = "VT" },
                Signature = new SignatureBlock { Lines = [new AuthorityLine(AuthorityPrefix.SignedFor, "CHỦ TỊCH", "K/T CHỦ TỊCH")], Signer = "B" },
            },
        };
        var json = ReportJson.Serialize(report);
        json.Should().Contain("\"name\": \"Ban chỉ đạo (BCĐ)\"").And.Contain("\"Sở Tài chính (b/c)\"").And.Contain("\"asWritten\": \"K/T CHỦ TỊCH\"");
        ReportJson.Load(json).Should().BeEquivalentTo(report, ByMembers);
    }

    [Theory]
    [InlineData("\"number\": \"05/BC-UBND\"", "\"number\": 5", "frame.number", "expected a number and symbol such as \"209/BC-UBND\", found a number")]
    [InlineData("\"number\": \"05/BC-UBND\"", "\"number\": \"BC-UBND\"", "frame.number", "'BC-UBND' is not a number and symbol; write \"209/BC-UBND\", or \"/BC-UBND\" for a draft")]
    [InlineData("\"lines\": [", "\"lines\": {}, \"x\": [", "frame.signature.lines", "expected an array, found an object")]
    [InlineData("\"year\": 2022 }", "\"year\": 2022, \"year\": 2023 }", "period.year", "duplicate property 'year'")]
    public void Load_WrongShapes_SayWhatWasExpected(string from, string to, string path, string message)
    {
        var json = Minimal.Replace(from, to);
        Errors(json).Should().ContainEquivalentOf(new { Path = path, Message = message });
    }

    [Fact]
    public void Load_StreamWithInvalidUtf8_ReportsWhere()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\n  \"template\": \"ab\"\n}");
        bytes[Array.IndexOf(bytes, (byte)'a')] = 0xC3;
        var act = () => ReportJson.Load(new MemoryStream(bytes));
        var error = act.Should().Throw<ReportLoadException>().Which.Errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(2);
        error.Message.Should().StartWith("invalid JSON");
    }

    [Fact]
    public void Load_Seed002Fixture_GivesTheDocumentsComputedFigures()
    {
        var report = ReportJson.Load(Fixture("seed-002.json"));
        var plan = report.Results.Funding[0];
        var policy = report.RatePolicy;
        plan.Allocated.Should().Be(Money.FromMillions(84530));
        plan.StatedTotal.Should().Be(plan.Allocated);
        plan.Lines.Select(l => l.DisbursementRate!.Value.PercentBy(policy)).Should().Equal(80m, 23.6m, 38.66m);
        plan.Projects[1].DisbursementRate!.Value.PercentBy(policy).Should().Be(29.62m);
        report.Results.Credit[0].AmountLent!.AsWritten.Should().Be("125.1635 triệu đồng");
        report.Results.Credit[1].AmountLent!.Value.Should().Be(Money.FromMillions(212925));
    }

    [Fact]
    public void Load_Seed001Fixture_GivesTheDocumentsComputedFigures()
    {
        var report = ReportJson.Load(Fixture("seed-001.json"));
        report.Results.Credit[0].PoorShare!.Value.PercentBy(report.RatePolicy with { Decimals = 1 }).Should().Be(11.5m);
        report.Results.Credit[0].AmountLent!.Value.Should().Be(Money.FromBillions(113));
        report.Results.Support.Single(s => s.Title == "cấp thẻ BHYT").Share!.Value.PercentBy(report.RatePolicy).Should().Be(96.75m);
        report.Results.Support.Single(s => s.Title == "khám bệnh bằng thẻ BHYT").Amount!.Value.Should().Be(new Money(5_155_540_000));
        report.Results.CurrentTarget!.RateReduction.Should().Be(3.68m);
        report.Frame.Signature.Lines[1].Text.Should().Be("KT CHỦ TỊCH");
    }
}
