using System.Text;
using FluentAssertions;
using GovReports.Markup;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Word;
using GovReports.Word;
using Xunit.Abstractions;

namespace GovReports.Tests.Reliability;

/// <summary>Mutated report markup and generated broken tables: parsing throws only <see cref="MarkupException"/>, every document written validates.</summary>
public sealed class MarkupFuzzTests(ITestOutputHelper output)
{
    private static Lazy<(string Markup, GovReports.Model.DocumentFrame? Frame)[]> Bases => FuzzMarkups.Bases;

    [Fact]
    public void ParseAndWrite_MutatedMarkupAndBrokenTables_OnlyMarkupExceptionAndValidDocx()
    {
        var count = Fuzz.Count(4000);
        var random = new Random(Fuzz.Seed(20260709));
        var writer = new DocxWriter();
        var failures = new Fuzz.Failures("markup");
        int written = 0, validated = 0;
        for (var i = 0; i < count; i++)
        {
            var (baseMarkup, frame) = Bases.Value[random.Next(Bases.Value.Length)];
            var markup = random.Next(3) == 0 ? InsertTable(baseMarkup, random) : Fuzz.Mutate(baseMarkup, random, 1 + random.Next(6));
            var validate = written % 20 == 0;
            var failure = Fuzz.RunCase(markup, token =>
            {
                var document = ReportMarkup.Parse(markup, "fuzz.md", frame);
                var bytes = writer.ToBytes(document);
                Interlocked.Increment(ref written);
                // Every file is read back as XML; one in twenty also goes through the Open XML validator.
                var file = new DocxFile(bytes);
                if (validate)
                {
                    var problems = file.Validate();
                    problems.Should().BeEmpty(DocxFile.Describe(problems));
                    Interlocked.Increment(ref validated);
                }
            });
            if (failure is not null) failures.Add(i, markup, failure);
        }

        output.WriteLine($"{count} markup inputs: {written} written and read back as XML, {validated} validated with OpenXmlValidator");
        failures.Count.Should().Be(0, failures.ToString());
        written.Should().BeGreaterThan(count / 10);
    }

    private static readonly string[] Cells = ["", " ", "<", "^", "{total}", "{header}", "{total} Tổng", "{header} ^", "1.234", "**đậm**", "*nghiêng*", "a\\", "x[^1]", "`c`", "|", "\\|", "&amp;", "\u0001\uD800\uFFFE", "😀"];

    private static string InsertTable(string markup, Random random)
    {
        var columns = 1 + random.Next(12);
        var sb = new StringBuilder("\n\n");
        void Row(int cells)
        {
            sb.Append('|');
            for (var c = 0; c < cells; c++) sb.Append(' ').Append(Cells[random.Next(Cells.Length)]).Append(" |");
            sb.Append('\n');
        }
        if (random.Next(8) != 0) Row(columns + random.Next(3) - 1);
        sb.Append('|');
        for (var c = 0; c < columns; c++) sb.Append(random.Next(4) switch { 0 => ":---:", 1 => "---:", 2 => ":---", _ => "---" }).Append('|');
        sb.Append('\n');
        for (var r = random.Next(12); r > 0; r--) Row(Math.Max(0, columns + random.Next(5) - 2));
        sb.Append('\n');
        // Anywhere in the body, also inside an appendix, or at the very end.
        var at = markup.Length == 0 ? 0 : random.Next(markup.Length);
        var nl = markup.IndexOf('\n', at);
        return nl < 0 ? markup + sb : markup.Insert(nl + 1, sb.ToString());
    }
}
