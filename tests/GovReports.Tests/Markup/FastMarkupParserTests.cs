using System.Text;
using FluentAssertions;
using GovReports.Markup;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Word;
using Xunit.Abstractions;
using Outcome = GovReports.Tests.Markup.MarkupParserComparison.Outcome;

namespace GovReports.Tests.Markup;

public sealed class FastMarkupParserTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, string>> ExampleMarkups = new(() =>
    {
        var renderer = new ReportRenderer();
        return new[] { "001-krong-pa-6-thang-2021.json", "002-phong-tho-nq24.json", "004-dak-nong-ket-luan-ra-soat.json" }
            .ToDictionary(f => f, f => renderer.RenderMarkup(ExampleFiles.Load(f)));
    });

    [Theory]
    [InlineData("001-krong-pa-6-thang-2021.json")]
    [InlineData("002-phong-tho-nq24.json")]
    [InlineData("004-dak-nong-ket-luan-ra-soat.json")]
    public void Parse_ExampleMarkup_TakesTheFastPathWithTheMarkdigDocument(string example)
    {
        var frame = ExampleFiles.Load(example).Frame;
        var (outcome, detail) = MarkupParserComparison.Compare(ExampleMarkups.Value[example], frame);

        outcome.Should().Be(Outcome.SameDocument, detail);
    }

    public static TheoryData<string, bool> MarkupTestInputs()
    {
        var data = new TheoryData<string, bool>
        {
            { Samples.Full, false }, { Samples.Letter, false }, { Samples.Draft, false }, { Samples.Seed001Body, true },
            { "---\nnumber: 12\ntype: Thông báo\ndate: 2021-03-09\n---\nNội dung.", true },
            { "---\ndate: {year: 2022, month: 12}\nnumber:\n---\n", true },
            { "---\nissuingBody: UBND\n---\nText", false },
            { "---\nplace: Krông Pa\nsigner: X\n---\n", true },
            { "---\ntype: XYZ\n---\n", true },
            { "---\nplace: X\n", true },
            { "# PHẦN II\n# Nhiệm vụ\n\n## I. KẾT QUẢ\n\n### 3.2. Y tế\n\n#### b) Điểm\n\n# PHẦN III\n", true },
            { "- Một;\n- Hai.\n\n+ Cộng\n\n01. Công tác chỉ đạo:\n\n3) Ba\n\na) Điểm a\n", true },
            { "- Trong đó:\n  + 01 dự án;\n  + 07 mô hình.\n", true },
            { "Text.\n\n* item\n", true },
            { "a **b** *c* ***d*** _e_", true },
            { "một\nhai\\\nba", true },
            { "Text.\n\n<div>x</div>\n", true },
            { "Text.\n\n```\ncode\n```\n", true },
            { "Text.\n\n    indented\n", true },
            { "Text.\n\n> quote\n", true },
            { "Tiêu đề\n---\n", true },
            { "Xem [đây](http://x).\n", true },
            { "Mã `x`.\n", true },
            { "##### Năm\n", true },
            { "::: note\nx\n:::\n", true },
            { "---\nplace: X\n---\nText.\n\n<p>x</p>\n", true },
            { "| A | B |\n|---|---|\n| 1 | 2 | 3 |\n", true },
            { "| A | B |\n|---|---|\n| < | 2 |\n", true },
            { "| A | B |\n|---|---|\n| 1 | 2 |\n| 1 | 2 |\n| {header} x | y |\n", true },
            { "Một[^b] hai[^a].\n\n[^a]: Chú thích A.\n[^b]: Chú thích B.\n", true },
            { "Một.\n\n***\n\nHai.", true },
            { "Thân.\n\n::: appendix landscape\nPhụ lục II\nDanh sách hộ nghèo\n(Kèm theo Báo cáo số 209/BC-UBND)\n\n- Mục một\n:::\n\n::: appendix\nPhụ lục III\nBiểu\n:::\n", true },
            { "::: appendix\nPhụ lục I\n:::\n", true },
            { "::: appendix sideways\nPhụ lục I\nX\n:::\n", true },
            { "::: appendix\nPhụ lục I\nX\n:::\n\nThân sau phụ lục.\n", true },
            { "Ủy ban".Normalize(NormalizationForm.FormD), true },
            { "Văn bản[^1]\n\n[^1]: Chú thích[^2]\n\n[^2]: Khác\n", true },
            { "---\nplace: \"X\\uD800\"\n---\nVăn bản\n", true },
            { "---\nnumber: 15\nsignature: { lines\nplace: X\n---\nVăn bản\n", true },
            { "---\ndistribution:\n  items:\n    - :\n---\nVăn bản\n", true },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(MarkupTestInputs))]
    public void Parse_MarkupTestInput_FastPathAgreesWithMarkdig(string markup, bool withModelFrame)
    {
        var (outcome, detail) = MarkupParserComparison.Compare(markup, withModelFrame ? Samples.Seed001Frame : null);

        outcome.Should().NotBe(Outcome.Different, detail);
    }

    [Fact]
    public void Parse_CanonicalShapes_TakeTheFastPath()
    {
        var (outcome, detail) = MarkupParserComparison.Compare(Samples.Full, null);
        outcome.Should().Be(Outcome.SameDocument, detail);
        MarkupParserComparison.Compare(Samples.Seed001Body, Samples.Seed001Frame).Outcome.Should().Be(Outcome.SameDocument);
    }

    [Theory]
    [InlineData("Xem [đây](http://x).\n")]
    [InlineData("a *b**c*\n")]
    [InlineData("Tiêu đề\n---\n")]
    [InlineData("- một\nhai\n")]
    [InlineData("Text.\n\n    indented\n")]
    [InlineData("a &amp; b\n")]
    [InlineData("\tTab\n")]
    [InlineData("\uFEFF# Tiêu đề\n")]
    public void Parse_MarkupOutsideTheSubset_HandedToMarkdig(string markup)
    {
        MarkupParserComparison.Compare(markup, Samples.Seed001Frame).Outcome.Should().BeOneOf(Outcome.HandedOver, Outcome.SameError);
    }

    [Fact]
    public void Parse_FrontMatterNestedDeeperThanTheFrame_HandedToYamlDotNet()
    {
        var yaml = new StringBuilder("---\nplace: X\n");
        for (var depth = 0; depth < 60; depth++) yaml.Append(' ', depth).Append("level").Append(depth).Append(":\n");
        var markup = yaml.Append("---\nVăn bản.\n").ToString();

        MarkupParserComparison.Compare(markup, Samples.Seed001Frame).Outcome.Should().BeOneOf(Outcome.HandedOver, Outcome.SameError);
    }

    [Fact]
    public void Parse_GeneratedMarkup_FastPathAgreesWithMarkdig()
    {
        var count = Reliability.Fuzz.Count(4000);
        var random = new Random(Reliability.Fuzz.Seed(20261121));
        var outcomes = new Dictionary<Outcome, int>();
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var markup = MarkupGrammar.Document(random);
            var (outcome, detail) = MarkupParserComparison.Compare(markup, Samples.Seed001Frame);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (outcome == Outcome.Different && failures.Count < 5) failures.Add($"case {i}: {detail}\n--- markup ---\n{markup}\n");
        }

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        failures.Should().BeEmpty(string.Join("\n", failures));
        // The grammar mostly writes canonical shapes: the comparison is only meaningful if many of them take the fast path.
        outcomes.GetValueOrDefault(Outcome.SameDocument).Should().BeGreaterThan(count / 6);
        outcomes.GetValueOrDefault(Outcome.HandedOver).Should().BeGreaterThan(count / 10);
    }

    [Fact]
    public void Parse_GeneratedFrontMatter_FastReaderAgreesWithYamlDotNet()
    {
        var count = Reliability.Fuzz.Count(3000);
        var random = new Random(Reliability.Fuzz.Seed(20261123));
        var outcomes = new Dictionary<Outcome, int>();
        var failures = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var markup = MarkupGrammar.FrontMatterDocument(random);
            var (outcome, detail) = MarkupParserComparison.Compare(markup, random.Next(4) == 0 ? null : Samples.Seed001Frame);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (outcome == Outcome.Different && failures.Count < 5) failures.Add($"case {i}: {detail}\n--- markup ---\n{markup}\n");
        }

        output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        failures.Should().BeEmpty(string.Join("\n", failures));
        outcomes.GetValueOrDefault(Outcome.SameDocument).Should().BeGreaterThan(count / 4);
    }
}
