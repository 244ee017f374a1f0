using FluentAssertions;
using GovReports.Model;
using GovReports.Model.Checks;

namespace GovReports.Tests.Model.Checks;

public class ReportCheckerTests
{
    private static (string Code, string Path)[] Codes(Report report) =>
        ReportChecker.Check(report).Select(f => (f.Code, f.Path)).ToArray();

    [Fact]
    public void Check_Seed001_FlagsTheAuthorityWithoutDotAndTheMissingNhuTren()
    {
        var findings = ReportChecker.Check(SeedReports.Seed001());
        findings.Select(f => (f.Severity, f.Code, f.Path)).Should().Equal(
            (FindingSeverity.Warning, FindingCodes.AuthorityWithoutDot, "frame.signature.lines[1]"),
            (FindingSeverity.Warning, FindingCodes.MissingNhuTren, "frame.distribution.items"));
        findings[0].Message.Should().Contain("'KT CHỦ TỊCH'").And.Contain("'KT. CHỦ TỊCH'");
    }

    [Fact]
    public void Check_Seed002_FindsTheFiguresThatDoNotAddUp()
    {
        var findings = ReportChecker.Check(SeedReports.Seed002());
        findings.Select(f => (f.Code, f.Path)).Should().Equal(
            (FindingCodes.ItemizedMismatch, "results.funding[0].lines[1].allocated"),
            (FindingCodes.ItemizedMismatch, "results.funding[0].lines[1].disbursed"),
            (FindingCodes.TotalLessThanParts, "results.funding[1].statedTotal"),
            (FindingCodes.AsWrittenInvalid, "results.credit[0].amountLent"));
        findings.Should().OnlyContain(f => f.Severity == FindingSeverity.Warning);
        findings[0].Message.Should().Contain("10.505 triệu đồng").And.Contain("10.875 triệu đồng");
        findings[2].Message.Should().Contain("71.570 triệu đồng").And.Contain("84.530 triệu đồng");
        findings[3].Message.Should().StartWith("as written '125.1635 triệu đồng' is not a valid amount");
    }

    [Fact]
    public void Check_Seed004_FindsNothing()
    {
        ReportChecker.Check(SeedReports.Seed004()).Should().BeEmpty();
    }

    [Fact]
    public void Check_StatedTotalOfSeed002_AgreesWithItsThreeLines()
    {
        ReportChecker.Check(SeedReports.Seed002()).Should().NotContain(f => f.Path == "results.funding[0].statedTotal");
        var wrong = SeedReports.Seed002();
        wrong = wrong with
        {
            Results = wrong.Results with
            {
                Funding = [wrong.Results.Funding[0] with { StatedTotal = Money.FromMillions(84520) }],
            },
        };
        Codes(wrong).Should().Contain((FindingCodes.TotalMismatch, "results.funding[0].statedTotal"));
    }

    [Fact]
    public void Check_CraftedInconsistentReport_NamesEveryPath()
    {
        var report = Crafted();
        Codes(report).Should().Equal(
            (FindingCodes.SymbolTypeMismatch, "frame.number"),
            (FindingCodes.InvalidDate, "frame.date"),
            (FindingCodes.AuthorityAsWritten, "frame.signature.lines[0]"),
            (FindingCodes.MissingNhuTren, "frame.distribution.items"),
            (FindingCodes.InvalidPeriod, "period.endYear"),
            (FindingCodes.NegativeValue, "results.targets[0].households"),
            (FindingCodes.PartExceedsBase, "results.surveys[0].totalHouseholds"),
            (FindingCodes.RateMismatch, "results.surveys[0].poor.statedPercent"),
            (FindingCodes.Duplicate, "results.surveys[0].deprivations[1].indicator"),
            (FindingCodes.DisbursedExceedsAllocated, "results.funding[0].lines[0].disbursed"),
            (FindingCodes.RateMismatch, "results.funding[0].lines[0].statedPercent"),
            (FindingCodes.TotalMismatch, "results.funding[0].statedTotal"),
            (FindingCodes.UnknownProject, "results.funding[0].projects[0].number"),
            (FindingCodes.NotAssignedHasMoney, "results.funding[0].projects[1].subProjects[0].allocated"),
            (FindingCodes.UnknownSubProject, "results.funding[0].projects[1].subProjects[1].number"),
            (FindingCodes.NegativeValue, "results.funding[0].projects[2].allocated"),
            (FindingCodes.AsWrittenInvalid, "results.credit[0].amountLent"),
            (FindingCodes.PartExceedsBase, "results.credit[0].poor.base"),
            (FindingCodes.RateMismatch, "results.support[0].statedPercent"),
            (FindingCodes.UnitAmountMismatch, "results.support[0].amount"),
            (FindingCodes.PartsMismatch, "results.support[0].beneficiaries"));
    }

    [Fact]
    public void Check_CraftedInconsistentReport_MarksImpossibleDataAsErrors()
    {
        var findings = ReportChecker.Check(Crafted());
        findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code).Distinct().Should().BeEquivalentTo(
            FindingCodes.SymbolTypeMismatch, FindingCodes.InvalidDate, FindingCodes.InvalidPeriod, FindingCodes.NegativeValue,
            FindingCodes.PartExceedsBase, FindingCodes.DisbursedExceedsAllocated, FindingCodes.UnknownProject,
            FindingCodes.NotAssignedHasMoney, FindingCodes.UnknownSubProject);
        findings.Single(f => f.Path == "frame.date").Message.Should().Be("2021-02-30 does not exist: February 2021 has 28 days");
    }

    [Fact]
    public void Check_StatedRateWithFewerDecimals_AgreesWhenRoundedToThem()
    {
        var report = Minimal() with
        {
            Results = new ProgramResults
            {
                Credit = [new PolicyCredit { Poor = new CreditGroup { Borrowers = 269, Base = 2342, StatedPercent = 11.5m } }],
            },
        };
        ReportChecker.Check(report).Should().BeEmpty();
        var wrong = report with
        {
            Results = new ProgramResults { Credit = [new PolicyCredit { Poor = new CreditGroup { Borrowers = 269, Base = 2342, StatedPercent = 11.4m } }] },
        };
        Codes(wrong).Should().Equal((FindingCodes.RateMismatch, "results.credit[0].poor.statedPercent"));
    }

    [Fact]
    public void Check_TruncatingPolicy_RejectsAHalfUpRate()
    {
        var report = Minimal() with
        {
            RatePolicy = RatePolicy.Truncating,
            Results = new ProgramResults
            {
                Funding = [new FundingPlan { Years = [2022], Projects = [new ProjectResult { Number = 2, Allocated = Money.FromMillions(6629), Disbursed = Money.FromMillions(1964), StatedPercent = 29.63m }] }],
            },
        };
        var finding = ReportChecker.Check(report).Should().ContainSingle().Subject;
        finding.Code.Should().Be(FindingCodes.RateMismatch);
        finding.Path.Should().Be("results.funding[0].projects[0].statedPercent");
        finding.Message.Should().Contain("29.62%");
    }

    [Fact]
    public void Check_EmptyFrameFields_AreErrors()
    {
        var m = Minimal();
        var report = m with
        {
            Frame = m.Frame with
            {
                Place = " ",
                Signature = new SignatureBlock { Lines = [], Signer = "" },
            },
        };
        ReportChecker.Check(report).Select(f => (f.Severity, f.Code, f.Path)).Should().Equal(
            (FindingSeverity.Error, FindingCodes.EmptyField, "frame.place"),
            (FindingSeverity.Error, FindingCodes.EmptyField, "frame.signature.signer"),
            (FindingSeverity.Error, FindingCodes.EmptyField, "frame.signature.lines"));
    }

    [Fact]
    public void Check_LetterWithSymbolOfAReport_IsAnError()
    {
        var m = Minimal();
        var report = m with { Frame = m.Frame with { Type = DocumentType.CongVan } };
        ReportChecker.Check(report).Should().ContainSingle().Which.Code.Should().Be(FindingCodes.SymbolTypeMismatch);
        var letter = m with { Frame = m.Frame with { Type = DocumentType.CongVan, Number = new DocumentNumber(12, "UBND-VX") } };
        ReportChecker.Check(letter).Should().BeEmpty();
    }

    [Fact]
    public void Check_ReportWithKinhGuiAndNhuTren_IsClean()
    {
        var m = Minimal();
        var report = m with
        {
            Frame = m.Frame with
            {
                Recipients = ["Sở Lao động - Thương binh và Xã hội"],
                Distribution = new Distribution { Items = [new DistributionItem("Như trên"), new DistributionItem("Lãnh đạo UBND huyện")], Archive = "VT" },
            },
        };
        ReportChecker.Check(report).Should().BeEmpty();
    }

    [Fact]
    public void Check_UnitAmountAgainstCompleteParts_FlagsAWrongTotal()
    {
        var seed = SeedReports.Seed002();
        var housing = seed.Results.Support[0] with { UnitAmount = Money.FromMillions(50) };
        var report = seed with { Results = seed.Results with { Support = [housing] } };
        var finding = ReportChecker.Check(report).Should().ContainSingle(f => f.Code == FindingCodes.UnitAmountMismatch).Subject;
        finding.Path.Should().Be("results.support[0].amount");
        finding.Message.Should().Be("600 × 50 triệu đồng = 30.000 triệu đồng, but the amount is 36.000 triệu đồng");
    }

    [Fact]
    public void Check_FundingPlanYears_MustBeGivenOnce()
    {
        var report = Minimal() with
        {
            Results = new ProgramResults { Funding = [new FundingPlan { Years = [] }, new FundingPlan { Years = [2022, 2022] }] },
        };
        Codes(report).Should().Equal(
            (FindingCodes.EmptyField, "results.funding[0].years"),
            (FindingCodes.Duplicate, "results.funding[1].years"));
    }

    internal static Report Minimal() => new()
    {
        Template = "t",
        Period = ReportingPeriod.WholeYear(2022),
        Frame = new DocumentFrame
        {
            IssuingBody = "Ủy ban nhân dân huyện A",
            Type = DocumentType.BaoCao,
            Number = new DocumentNumber(5, "BC-UBND"),
            Place = "A",
            Date = new DocumentDate(2022, 12, 1),
            Signature = new SignatureBlock { Lines = [new AuthorityLine(AuthorityPrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN")], Signer = "B" },
            Distribution = new Distribution { Archive = "VT" },
        },
    };

    private static Report Crafted()
    {
        var m = Minimal();
        return m with
        {
            Period = new ReportingPeriod { Kind = PeriodKind.Phase, Year = 2021, EndYear = 2020 },
            Frame = m.Frame with
            {
                Number = new DocumentNumber(12, "QĐ-UBND"),
                Date = new DocumentDate(2021, 2, 30),
                Recipients = ["Sở Lao động - Thương binh và Xã hội"],
                Signature = new SignatureBlock { Lines = [new AuthorityLine(AuthorityPrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN", "T/M ỦY BAN NHÂN DÂN")], Signer = "B" },
                Distribution = new Distribution { Items = [new DistributionItem("Sở LĐTBXH")], Archive = "VT" },
            },
            Results = new ProgramResults
            {
                Targets = [new PovertyTarget { Year = 2022, RateReduction = 3m, Households = -5, SetBy = "UBND huyện" }],
                Surveys =
                [
                    new PovertySurvey
                    {
                        Year = 2022,
                        Standard = PovertyStandard.Multidimensional2022To2025,
                        TotalHouseholds = 100,
                        Poor = new SurveyGroup { Households = 120, StatedPercent = 12m },
                        Deprivations =
                        [
                            new DeprivationResult { Indicator = DeprivationIndicator.Water, Households = 5, Base = 50, StatedPercent = 10m },
                            new DeprivationResult { Indicator = DeprivationIndicator.Water, Households = 5 },
                        ],
                    },
                ],
                Funding =
                [
                    new FundingPlan
                    {
                        Years = [2022],
                        StatedTotal = Money.FromMillions(100),
                        Lines =
                        [
                            new FundingLine { Kind = CapitalKind.Recurrent, Allocated = Money.FromMillions(60), Disbursed = Money.FromMillions(70), StatedPercent = 50m },
                            new FundingLine { Kind = CapitalKind.Investment, Allocated = Money.FromMillions(30) },
                        ],
                        Projects =
                        [
                            new ProjectResult { Number = 9, Allocated = Money.FromMillions(1) },
                            new ProjectResult
                            {
                                Number = 3,
                                SubProjects =
                                [
                                    new SubProjectResult { Number = 2, NotAssigned = true, Allocated = Money.FromMillions(5) },
                                    new SubProjectResult { Number = 4 },
                                ],
                            },
                            new ProjectResult { Number = 2, Allocated = new Money(-1) },
                        ],
                    },
                ],
                Credit =
                [
                    new PolicyCredit
                    {
                        AmountLent = Amount.Written("125.1635 triệu đồng"),
                        Poor = new CreditGroup { Borrowers = 300, Base = 200 },
                    },
                ],
                Support =
                [
                    new SupportItem
                    {
                        Area = PolicyArea.Health,
                        Title = "cấp thẻ BHYT",
                        Beneficiaries = 87394,
                        Base = 90330,
                        StatedPercent = 96.8m,
                        UnitAmount = new Money(1000),
                        Amount = new Money(5000),
                        PartsComplete = true,
                        Parts = [new SupportItem { Area = PolicyArea.Health, Title = "người DTTS", Beneficiaries = 54174 }],
                    },
                ],
            },
        };
    }
}
