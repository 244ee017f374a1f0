using FluentAssertions;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Markup;
using GovReports.Tests.Word;
using Xunit.Abstractions;
using Outcome = GovReports.Tests.Markup.MarkupParserComparison.Outcome;

namespace GovReports.Tests.Reliability;

/// <summary>Mutated real markup through both parsers: the fast parser gives Markdig's document or error, or hands the markup over.</summary>
public sealed class MarkupParserDifferentialFuzzTests(ITestOutputHelper output)
{
    private static Lazy<(string Markup, GovReports.Model.DocumentFrame? Frame)[]> Bases => FuzzMarkups.Bases;

    [Fact]
    public void Parse_MutatedMarkup_FastParserAgreesWithMarkdig()
    {
        var count = Fuzz.Count(1500);
        var random = new Random(Fuzz.Seed(20261122));
        var outcomes = new Dictionary<Outcome, int>();
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (baseMarkup, frame) = Bases.Value[random.Next(Bases.Value.Length)];
            // Few mutation steps, so that many inputs stay close to the canonical shapes and exercise the fast parser.
            var markup = Fuzz.Mutate(baseMarkup, random, 1 + random.Next(2));
            var (outcome, detail) = MarkupParserComparison.Compare(markup, frame);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (outcome == Outcome.Different && failures.Count < 5) failures.Add($"case {i}: {detail}\n--- markup (first 600 chars) ---\n{markup[..Math.Min(600, markup.Length)]}\n");
        }

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        failures.Should().BeEmpty(string.Join("\n", failures));
        outcomes.GetValueOrDefault(Outcome.SameDocument).Should().BeGreaterThan(count / 10);
    }
}
