using FluentAssertions;
using GovReports.Model;
using GovReports.Model.Checks;
using GovReports.Tests.Examples;

namespace GovReports.Tests.Reliability;

/// <summary>Models built in code with absurd values: the checker reports instead of throwing.</summary>
public sealed class ModelRobustnessTests
{
    [Fact]
    public void Check_AmountsWhoseSumOverflows_OverflowFindingInsteadOfException()
    {
        var report = ExampleFiles.Load("002-phong-tho-nq24.json");
        var plan = report.Results.Funding[0];
        var huge = plan with
        {
            Lines = plan.Lines.Select(l => l with { Allocated = new Money(long.MaxValue / 2 + 1) }).ToArray(),
        };
        var broken = report with { Results = report.Results with { Funding = [huge, .. report.Results.Funding.Skip(1)] } };

        var findings = ReportChecker.Check(broken);

        findings.Should().Contain(f => f.Code == FindingCodes.Overflow && f.Severity == FindingSeverity.Error);
    }
}
