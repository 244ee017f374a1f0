using FluentAssertions;
using GovReports.Markup;
using GovReports.Tests.Word;

namespace GovReports.Tests.Reliability;

/// <summary>Markup the fuzzers and probes found crashing the parser: each is now a <see cref="MarkupException"/> with its line.</summary>
public sealed class MarkupRobustnessTests
{
    [Fact]
    public void Parse_FootnoteReferringToFootnote_MarkupExceptionWithLine()
    {
        var act = () => ReportMarkup.Parse("Văn bản[^1]\n\n[^1]: Chú thích[^2]\n\n[^2]: Khác\n", "x.md", Samples.Seed001Frame);
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("x.md(3,").And.Contain("[^1]");
    }

    [Fact]
    public void Parse_SurrogateEscapeInFrontMatter_MarkupExceptionWithLine()
    {
        var act = () => ReportMarkup.Parse("---\nplace: \"X\\uD800\"\n---\nVăn bản\n", "x.md", Samples.Seed001Frame);
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("x.md(2,");
    }

    [Fact]
    public void Parse_UnclosedFlowMappingInFrontMatter_MarkupException()
    {
        var act = () => ReportMarkup.Parse("---\nnumber: 15\nsignature: { lines\nplace: X\n---\nVăn bản\n", "x.md", Samples.Seed001Frame);
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("x.md(").And.Contain("YAML");
    }

    [Fact]
    public void Parse_FrontMatterItemOnlyAColon_MarkupException()
    {
        var act = () => ReportMarkup.Parse("---\ndistribution:\n  items:\n    - :\n---\nVăn bản\n", "x.md", Samples.Seed001Frame);
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("x.md(").And.Contain("YAML");
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Parse_FrontMatterNestedFiftyThousandDeep_MarkupExceptionNotStackOverflow(char open, char close)
    {
        var markup = "---\nnumber: 1\nplace: " + new string(open, 50_000) + new string(close, 50_000) + "\n---\nVăn bản\n";
        var act = () => ReportMarkup.Parse(markup, "x.md", Samples.Seed001Frame);
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("x.md(3,").And.Contain("64");
    }

    [Fact]
    public void Parse_FrontMatterBracketsInsideQuotes_NotCounted()
    {
        var markup = "---\nplace: \"" + new string('[', 100) + "\"\n---\nVăn bản\n";
        ReportMarkup.Parse(markup, "x.md", Samples.Seed001Frame).Frame.Place.Should().Be(new string('[', 100));
    }

    [Theory]
    [InlineData(">")]
    [InlineData("*a ")]
    [InlineData("[")]
    public void Parse_BodyNestedHundredThousandDeep_MarkupException(string unit)
    {
        var markup = string.Concat(Enumerable.Repeat(unit, 100_000)) + " x\n";
        var act = () => ReportMarkup.Parse(markup, "x.md", Samples.Seed001Frame);
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("x.md(1,1)");
    }
}
