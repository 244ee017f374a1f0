using FluentAssertions;
using Xunit.Abstractions;

namespace GovReports.Templating.Tests.Conformance;

public sealed class ConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static IEnumerable<object[]> CaseIds() => ConformanceCases.Cases.Keys.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Render_ConformanceCase_MatchesScriban(string id)
    {
        var c = ConformanceCases.Cases[id];
        var actual = Safe(c);
        if (ConformanceCases.KnownFailures.Contains(id))
        {
            actual.Should().NotBe(c.Expected, "the case is listed in known-failures.txt but now passes: remove it from the list");
        }
        else
        {
            actual.Should().Be(c.Expected);
        }
    }

    [Fact]
    public void Render_AllCases_PassRatesMeetTargets()
    {
        int corePass = 0, coreTotal = 0, extPass = 0, extTotal = 0;
        foreach (var c in ConformanceCases.Cases.Values)
        {
            var ok = Safe(c) == c.Expected;
            if (c.IsCore)
            {
                coreTotal++;
                corePass += ok ? 1 : 0;
            }
            else
            {
                extTotal++;
                extPass += ok ? 1 : 0;
            }
        }

        _output.WriteLine($"core {corePass}/{coreTotal}, extended {extPass}/{extTotal}");
        corePass.Should().Be(coreTotal);
        (extPass * 100).Should().BeGreaterThanOrEqualTo(extTotal * 80);
        ConformanceCases.KnownFailures.Where(id => !ConformanceCases.Cases.ContainsKey(id)).Should().BeEmpty("every known failure names a real case");
    }

    private static string Safe(ConformanceCase c)
    {
        try
        {
            return ConformanceCases.Render(c);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return "EXCEPTION " + ex.GetType().Name + ": " + ex.Message;
        }
    }
}
