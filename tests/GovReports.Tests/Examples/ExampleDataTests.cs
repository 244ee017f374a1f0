using System.Text.RegularExpressions;
using FluentAssertions;
using GovReports.Formatting;
using GovReports.Model;
using GovReports.Model.Checks;
using GovReports.Model.Json;

namespace GovReports.Tests.Examples;

public sealed class ExampleDataTests
{
    public static TheoryData<string> DataFiles => new()
    {
        "001-krong-pa-6-thang-2021.json",
        "002-phong-tho-nq24.json",
        "004-dak-nong-ket-luan-ra-soat.json",
    };

    private static string DataPath(string file) => Path.Combine(ExampleFiles.RootPath, "examples", "data", file);

    private static string TemplatePath(string name) => Path.Combine(ExampleFiles.RootPath, "templates", name.Replace('/', Path.DirectorySeparatorChar) + ".sbn");

    private static Report Load(string file) => ExampleFiles.Load(file);

    private static string Pct(Rate? rate, Report report, int? decimals = null) =>
        VietnameseFormat.Percent(rate ?? throw new InvalidOperationException("rate is not computable"), report.RatePolicy, decimals);

    private static Money Millions(decimal m) => Money.FromMillions(m);

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_StrictLoader_LoadsWithoutErrors(string file)
    {
        var ok = ReportJson.TryLoad(File.ReadAllText(DataPath(file)), out var report, out var errors);

        errors.Should().BeEmpty();
        ok.Should().BeTrue();
        report!.Body.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_Template_ExistsUnderTemplates(string file)
    {
        var report = Load(file);

        File.Exists(TemplatePath(report.Template)).Should().BeTrue($"{file} names template '{report.Template}'");
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_BodyEntries_AreTextOrAnExistingBlock(string file)
    {
        var report = Load(file);

        foreach (var (entry, i) in report.Body.Select((e, i) => (e, i)))
        {
            (entry.Text is null).Should().NotBe(entry.Block is null, $"body[{i}] must have exactly one of text and block");
            if (entry.Block is { } block)
                File.Exists(TemplatePath("blocks/" + block)).Should().BeTrue($"body[{i}] uses block '{block}'");
            else
                entry.Args.Should().BeEmpty($"body[{i}] is text, which takes no args");
        }
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_TemplateCodeInText_IsBalanced(string file)
    {
        var report = Load(file);
        var texts = report.Body.Where(e => e.Text is not null).Select((e, i) => ("body", e.Text!))
            .Concat(report.Narrative.Select(n => ("narrative." + n.Key, n.Value)));

        foreach (var (where, text) in texts)
        {
            Regex.Matches(text, @"\{\{").Count.Should().Be(Regex.Matches(text, @"\}\}").Count, $"{where}: {text}");
            text.Should().Be(text.Normalize(System.Text.NormalizationForm.FormC), $"{where} is NFC");
        }
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_Checker_FindsNoErrors(string file)
    {
        var findings = ReportChecker.Check(Load(file));

        findings.Where(f => f.Severity == FindingSeverity.Error).Should().BeEmpty();
    }

    [Fact]
    public void PhongTho_DisbursementRates_TruncateAsTheSeedPrints()
    {
        var report = Load("002-phong-tho-nq24.json");
        var plan = report.Results.Funding[0];

        report.RatePolicy.Rounding.Should().Be(RateRounding.Truncate);
        Pct(plan.Lines[2].DisbursementRate, report).Should().Be("38,66%");
        Pct(plan.Lines[1].DisbursementRate, report).Should().Be("23,6%");
        Pct(plan.Lines[0].DisbursementRate, report).Should().Be("80%");
        Pct(plan.Projects.Single(p => p.Number == 2).DisbursementRate, report).Should().Be("29,62%");
        Pct(plan.Projects.Single(p => p.Number == 1).SubProjects[0].DisbursementRate, report).Should().Be("38,66%");
    }

    [Fact]
    public void PhongTho_PlanTotalsAndRemainders_ComeFromTheParts()
    {
        var plan = Load("002-phong-tho-nq24.json").Results.Funding[0];

        plan.Allocated.Should().Be(Millions(84_530));
        plan.StatedTotal.Should().Be(plan.Allocated);
        plan.Lines[0].Remaining.Should().Be(Millions(491));
        plan.Projects.Single(p => p.Number == 2).Remaining.Should().Be(Millions(4_665));
    }

    [Fact]
    public void PhongTho_ProjectStates_MatchTheSeedWording()
    {
        var projects = Load("002-phong-tho-nq24.json").Results.Funding[0].Projects;

        projects.Select(p => p.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        projects.Single(p => p.Number == 5).State.Should().Be(FundingState.NotAssigned);
        projects.Single(p => p.Number == 3).SubProjects[0].State.Should().Be(FundingState.NotDisbursed);
        projects.Single(p => p.Number == 3).SubProjects[1].State.Should().Be(FundingState.NotAssigned);
        projects.Single(p => p.Number == 7).SubProjects[0].State.Should().Be(FundingState.FullyDisbursed);
        projects.Single(p => p.Number == 6).SubProjects[1].EstimatedRate!.Value.Percent.Should().Be(100m);
    }

    [Fact]
    public void PhongTho_SeedErrors_AreKeptAndFlagged()
    {
        var report = Load("002-phong-tho-nq24.json");
        var findings = ReportChecker.Check(report);

        report.Results.Credit[0].AmountLent!.AsWritten.Should().Be("125.1635 triệu đồng");
        report.Results.Credit[0].AmountLent!.Value.Should().BeNull();
        findings.Should().Contain(f => f.Code == FindingCodes.AsWrittenInvalid && f.Path == "results.credit[0].amountLent");
        findings.Should().Contain(f => f.Code == FindingCodes.TotalLessThanParts && f.Path == "results.funding[2].statedTotal");
        findings.Should().Contain(f => f.Code == FindingCodes.ItemizedMismatch && f.Path == "results.funding[0].lines[1].allocated");
    }

    [Fact]
    public void PhongTho_Surveys_KeepTheStatedRatesAndTwelveIndicators()
    {
        var surveys = Load("002-phong-tho-nq24.json").Results.Surveys;

        surveys[1].Deprivations.Select(d => d.Indicator).Should().Equal(DeprivationIndicator.All);
        surveys[1].Poor!.Households.Should().Be(7_642);
        surveys[1].Poor!.StatedPercent.Should().Be(43.81m);
        surveys[0].StandardText.Should().Be("chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020");
    }

    [Fact]
    public void PhongTho_Frame_IsADraftWithBlankNumberAndDay()
    {
        var frame = Load("002-phong-tho-nq24.json").Frame;

        frame.Number.Number.Should().BeNull();
        frame.Number.Symbol.Should().Be("BC-UBND");
        frame.Date.Should().Be(new DocumentDate(2022, 12));
        frame.Signature.Signer.Should().Be("Mai Thị Hồng Sim");
    }
}

public sealed class KrongPaExampleTests
{
    private static readonly Lazy<Report> Report = new(() => ExampleFiles.Load("001-krong-pa-6-thang-2021.json"));

    [Fact]
    public void CreditShare_OneDecimalHalfUp_IsTheSeedsElevenPointFive()
    {
        var report = Report.Value;
        var credit = report.Results.Credit[0];

        VietnameseFormat.Percent(credit.PoorShare!.Value, report.RatePolicy, 1).Should().Be("11,5%");
        credit.Poor!.Base.Should().Be(2_342);
        credit.AmountLent!.Value.Should().Be(Money.FromBillions(113));
    }

    [Fact]
    public void HealthInsuranceShare_TwoDecimalsHalfUp_IsTheSeedsNinetySixPointSevenFive()
    {
        var report = Report.Value;
        var cards = report.Results.Support[0];

        report.RatePolicy.Rounding.Should().Be(RateRounding.HalfUp);
        VietnameseFormat.Percent(cards.Share!.Value, report.RatePolicy).Should().Be("96,75%");
        cards.Parts.Sum(p => p.Beneficiaries ?? 0).Should().Be(cards.Beneficiaries);
    }

    [Fact]
    public void Targets_LastRevisionIsInForce()
    {
        var results = Report.Value.Results;

        results.Targets.Should().HaveCount(4);
        results.CurrentTarget!.RateReduction.Should().Be(3.68m);
        results.CurrentTarget.Households.Should().Be(702);
        results.RegisteredToEscape.Should().Be(677);
    }

    [Fact]
    public void Checker_FlagsTheSeedsFrameDepartures()
    {
        var findings = ReportChecker.Check(Report.Value);

        findings.Should().Contain(f => f.Code == FindingCodes.AuthorityWithoutDot);
        findings.Should().Contain(f => f.Code == FindingCodes.MissingNhuTren);
    }

    [Fact]
    public void Body_HasBothThirdPointEightHeadingsAsTheSeedWrites()
    {
        var texts = Report.Value.Body.Where(e => e.Text is not null).Select(e => e.Text!).ToList();

        texts.Count(t => t.Contains("### 3.8. ", StringComparison.Ordinal)).Should().Be(2);
        Report.Value.Body.Should().Contain(e => e.Block == "credit");
    }
}

public sealed class DakNongExampleTests
{
    [Fact]
    public void Frame_IsADraftNoticeSignedByOrder()
    {
        var report = ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json");

        report.Template.Should().Be("notice");
        report.Frame.Type.Should().Be(DocumentType.ThongBao);
        report.Frame.Number.Number.Should().BeNull();
        report.Frame.Number.Symbol.Should().Be("TB-UBND");
        report.Frame.Signature.Lines.Select(l => l.Text).Should().Equal("TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG");
        report.Frame.Distribution.Archive.Should().Be("VT, TH, CTTĐT, KGVX (Vn)");
    }
}

internal static class ExampleFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GovReports.sln"))) return dir.FullName;
        throw new InvalidOperationException("GovReports.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RootPath => Root.Value;

    public static Report Load(string file) => ReportJson.Load(File.ReadAllText(Path.Combine(Root.Value, "examples", "data", file)));
}
