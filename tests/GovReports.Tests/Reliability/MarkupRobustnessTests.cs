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

    [Theory]
    [InlineData(1, 0)]
    [InlineData(40, 3)]
    [InlineData(300, 2)]
    public void Write_TableOfManyColumns_ValidDocx(int columns, int rows)
    {
        var sb = new System.Text.StringBuilder("Bảng:\n\n|");
        for (var c = 0; c < columns; c++) sb.Append(" H").Append(c).Append(" |");
        sb.Append("\n|");
        for (var c = 0; c < columns; c++) sb.Append("---:|");
        sb.Append('\n');
        for (var r = 0; r < rows; r++)
        {
            sb.Append('|');
            for (var c = 0; c < columns; c++) sb.Append(c % 3 == 1 ? " < |" : " 1.234 |");
            sb.Append('\n');
        }
        var bytes = new GovReports.Word.DocxWriter().ToBytes(ReportMarkup.Parse(sb.ToString(), "x.md", Samples.Seed001Frame));

        var problems = new DocxFile(bytes).Validate();
        problems.Should().BeEmpty(DocxFile.Describe(problems));
    }

    [Fact]
    public void Write_TwoThousandFootnotes_ValidDocx()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 1; i <= 2000; i++) sb.Append("Câu ").Append(i).Append("[^").Append(i).Append("]. ");
        sb.Append("\n\n");
        for (var i = 1; i <= 2000; i++) sb.Append("[^").Append(i).Append("]: Chú thích ").Append(i).Append("\n");
        var bytes = new GovReports.Word.DocxWriter().ToBytes(ReportMarkup.Parse(sb.ToString(), "x.md", Samples.Seed001Frame));

        var problems = new DocxFile(bytes).Validate();
        problems.Should().BeEmpty(DocxFile.Describe(problems));
    }
}
