using FluentAssertions;
using GovReports.Model;

namespace GovReports.Tests.Model;

public class SeedReportTests
{
    private static readonly RatePolicy OneDecimalHalfUp = RatePolicy.Default with { Decimals = 1 };

    private static FundingPlan Plan2022 => SeedReports.Seed002().Results.Funding[0];

    [Fact]
    public void DisbursementRate_InvestmentLine_Is38Point66UnderTruncating()
    {
        var rate = Plan2022.Lines[2].DisbursementRate!.Value;
        rate.Percent!.Value.Should().BeApproximately(38.66564203m, 0.00000001m);
        rate.PercentBy(RatePolicy.Truncating).Should().Be(38.66m);
        rate.PercentBy(RatePolicy.Default).Should().Be(38.67m);
    }

    [Fact]
    public void DisbursementRate_SubProjectOfProject1_MatchesTheInvestmentLine()
    {
        var sub = Plan2022.Projects[0].SubProjects[0];
        sub.DisbursementRate!.Value.PercentBy(RatePolicy.Truncating).Should().Be(38.66m);
        sub.State.Should().Be(FundingState.PartlyDisbursed);
    }

    [Fact]
    public void DisbursementRate_Project2_Is29Point62UnderTruncating()
    {
        var project = Plan2022.Projects[1];
        project.Name.Should().Be("Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo");
        project.DisbursementRate!.Value.PercentBy(RatePolicy.Truncating).Should().Be(29.62m);
        project.DisbursementRate!.Value.PercentBy(RatePolicy.Default).Should().Be(29.63m);
        project.Remaining.Should().Be(Money.FromMillions(4665));
    }

    [Fact]
    public void DisbursementRate_RecurrentLine_Is23Point6UnderTruncating()
    {
        Plan2022.Lines[1].DisbursementRate!.Value.PercentBy(RatePolicy.Truncating).Should().Be(23.6m);
    }

    [Fact]
    public void DisbursementRate_OldPhaseLine_Is80AndLeaves491()
    {
        var line = Plan2022.Lines[0];
        line.DisbursementRate!.Value.PercentBy(RatePolicy.Truncating).Should().Be(80m);
        line.Remaining.Should().Be(Money.FromMillions(491));
    }

    [Fact]
    public void Allocated_Plan2022_SumsTo84530Million()
    {
        Plan2022.Allocated.Should().Be(Money.FromMillions(84530));
        Plan2022.Disbursed.Should().Be(Money.FromMillions(1964 + 2480 + 27673));
    }

    [Fact]
    public void State_Seed002Projects_DistinguishesNotAssignedFromNotDisbursed()
    {
        var projects = Plan2022.Projects;
        projects[4].State.Should().Be(FundingState.NotAssigned);
        projects[2].SubProjects[0].State.Should().Be(FundingState.NotDisbursed);
        projects[2].SubProjects[1].State.Should().Be(FundingState.NotAssigned);
        projects[3].SubProjects[1].State.Should().Be(FundingState.Assigned);
        projects[6].SubProjects[0].State.Should().Be(FundingState.FullyDisbursed);
        projects[5].SubProjects[1].EstimatedRate!.Value.Percent.Should().Be(100m);
    }

    [Fact]
    public void TotalAllocated_Project4_SumsItsSubProjects()
    {
        Plan2022.Projects[3].TotalAllocated.Should().Be(Money.FromMillions(1070 + 293 + 240));
    }

    [Fact]
    public void PoorShare_Seed001Credit_Is11Point5WithOneDecimalHalfUp()
    {
        var credit = SeedReports.Seed001().Results.Credit[0];
        credit.PoorShare!.Value.Percent!.Value.Should().BeApproximately(11.48590948m, 0.00000001m);
        credit.PoorShare!.Value.PercentBy(OneDecimalHalfUp).Should().Be(11.5m);
        credit.NearPoorShare.Should().BeNull("the document gives no base for near-poor households");
    }

    [Fact]
    public void Share_HealthInsuranceCards_Is96Point75HalfUp()
    {
        var cards = SeedReports.Seed001().Results.Support.Single(s => s.Title == "cấp thẻ BHYT");
        cards.Share!.Value.PercentBy(RatePolicy.Default).Should().Be(96.75m);
        cards.Parts.Sum(p => p.Beneficiaries).Should().Be(cards.Beneficiaries);
    }

    [Fact]
    public void Targets_Seed001_KeepEveryRevisionAndTheCurrentOne()
    {
        var results = SeedReports.Seed001().Results;
        results.Targets.Select(t => t.RateReduction).Should().Equal(3m, 3.0m, 3.30m, 3.68m);
        results.CurrentTarget!.Households.Should().Be(702);
        results.CurrentTarget.Following!.Number.Should().Be("509/KH-UBND");
        results.RegisteredToEscape.Should().Be(677);
    }

    [Fact]
    public void Deprivations_Seed002_FollowTheCatalogueOrderWithNoBase()
    {
        var survey = SeedReports.Seed002().Results.Surveys[1];
        survey.Deprivations.Select(d => d.Indicator).Should().Equal(DeprivationIndicator.All);
        survey.Deprivations.Should().OnlyContain(d => d.Rate == null);
        survey.StandardText.Should().Be("chuẩn nghèo đa chiều giai đoạn 2022-2025");
    }

    [Fact]
    public void TotalAmount_Seed002Housing_IsTheSumOfItsCompleteParts()
    {
        var housing = SeedReports.Seed002().Results.Support[0];
        housing.Amount.Should().BeNull();
        housing.TotalAmount.Should().Be(Money.FromBillions(36));
        (housing.UnitAmount!.Value.Dong * housing.Beneficiaries!.Value).Should().Be(housing.TotalAmount!.Value.Dong);
    }

    [Fact]
    public void Text_FundingPlans_UseTheLabelOrTheYears()
    {
        var plans = SeedReports.Seed002().Results.Funding;
        plans[2].Text.Should().Be("năm 2021, 2022, 2023 và cả giai đoạn 2021-2025");
        (plans[1] with { Label = null }).Text.Should().Be("năm 2021, 2022");
    }
}
