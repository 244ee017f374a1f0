using System.Text;
using FluentAssertions;
using GovReports.Markup;
using GovReports.Model.Json;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Word;
using GovReports.Word;

namespace GovReports.Tests.Reliability;

/// <summary>Characters XML cannot hold, and other inputs the fuzzers found, never make a corrupt file or an undocumented exception.</summary>
public sealed class XmlCharacterTests
{
    private const string Hostile = "a\u0000b\u0001c\u000Bd\u001Fe\tf\rg\uD800h\uDC00i\uFFFEj\uFFFFk😀l";

    [Fact]
    public void Clean_HostileText_FollowsTheRule()
    {
        XmlText.Clean(Hostile).Should().Be("abcde fg\uFFFDh\uFFFDi\uFFFDj\uFFFDk😀l");
    }

    [Fact]
    public void Clean_LineFeedKept_OnlyWhenAsked()
    {
        XmlText.Clean("a\nb", keepLineFeed: true).Should().Be("a\nb");
        XmlText.Clean("a\nb").Should().Be("ab");
    }

    [Fact]
    public void Clean_CleanText_ReturnsSameInstance()
    {
        const string text = "Ủy ban nhân dân 😀";
        XmlText.Clean(text).Should().BeSameAs(text);
    }

    [Fact]
    public void Nfc_LoneSurrogate_ReplacedInsteadOfThrowing()
    {
        XmlText.Nfc("Tho\u0302\uD800").Should().Be("Thô\uFFFD");
    }

    [Fact]
    public void Write_HostileCharactersEverywhere_ValidDocxWithTheRuleApplied()
    {
        var frame = Samples.Seed001Frame with
        {
            IssuingBody = "Ủy ban nhân dân" + Hostile,
            Place = "Phong Thổ" + Hostile,
            Abstract = "Báo cáo" + Hostile,
            Recipients = ["Sở" + Hostile],
        };
        var markup = $$"""
            ## I. MỤC{{Hostile}}

            Đoạn văn {{Hostile}}[^1]

            | A | B |
            |---|--:|
            | {{Hostile}} | 1 |

            [^1]: Chú thích {{Hostile}}
            """;
        var bytes = new DocxWriter().ToBytes(ReportMarkup.Parse(markup, "hostile.md", frame));

        var file = new DocxFile(bytes);
        var problems = file.Validate();
        problems.Should().BeEmpty(DocxFile.Describe(problems));
        var text = DocxFile.Text(file.Document.Root!);
        text.Should().Contain("Phong Thổabcde fg\uFFFDh\uFFFDi\uFFFDj\uFFFDk😀l, ngày");
        // In the Markdown body, Markdown's own rules come first: U+0000 is U+FFFD and a carriage return ends a line.
        text.Should().Contain("Đoạn văn a\uFFFDbcde f g\uFFFDh\uFFFDi\uFFFDj\uFFFDk😀l");
        text.Should().NotContainAny("\u0000", "\u0001", "\u000B", "\uFFFE", "\uFFFF");
    }

    [Fact]
    public void Render_DataWithHostileCharacters_ValidDocx()
    {
        var json = File.ReadAllText(Path.Combine(ExampleFiles.RootPath, "examples", "data", "002-phong-tho-nq24.json"));
        // Raw (unescaped) lone surrogates and noncharacters, as a broken export would leave them.
        json = json.Replace("\"Phong Thổ\"", "\"Phong Thổa\\u0000b\\u0001c\\u000Bd\\u001Fe\\tf\\rg\uD800h\uFFFEi\uFFFFk😀l\"", StringComparison.Ordinal);
        json.Should().Contain("\uD800");
        var report = ReportJson.Load(json);
        using var output = new MemoryStream();
        new ReportRenderer().Render(report, output);

        var problems = new DocxFile(output.ToArray()).Validate();
        problems.Should().BeEmpty(DocxFile.Describe(problems));
    }

    [Fact]
    public void Load_EscapedLoneSurrogate_LoadErrorWithLine()
    {
        var json = File.ReadAllText(Path.Combine(ExampleFiles.RootPath, "examples", "data", "002-phong-tho-nq24.json"))
            .Replace("\"place\": \"Phong Thổ\"", "\"place\": \"Phong Thổ\\uD800\"", StringComparison.Ordinal);

        ReportJson.TryLoad(json, out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Line.Should().Be(7);
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s) sb.Append(c < ' ' || char.IsSurrogate(c) || c >= '\uFFFE' ? FormattableString.Invariant($"\\u{(int)c:X4}") : c.ToString());
        return sb.ToString();
    }
}
