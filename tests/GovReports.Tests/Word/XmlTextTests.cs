using System.Text;
using FluentAssertions;
using GovReports.Word;

namespace GovReports.Tests.Word;

// XmlText finds what needs cleaning with vectorised searches; the result must be the one rule applied character by
// character, whatever mix of pairs, lone halves, controls and non-characters the text holds.
public sealed class XmlTextTests
{
    private static readonly string[] Pieces =
    [
        "Ủy ban nhân dân", " ", "huyện", "a", "\t", "\n", "\r", "\u0001", "\u001F", "\uD83D\uDE00", "\uD835\uDD38",
        "\uD800", "\uDC00", "\uDBFF", "\uFFFE", "\uFFFF", "\uFFFD", "\uE000", "&<>\"", "\u0085", "\u2028",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Clean_RandomText_SameAsTheRuleCharacterByCharacter(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 2000; n++)
        {
            var text = RandomText(random);

            XmlText.Clean(text).Should().Be(Rule(text, keepLineFeed: false), "text {0}", Escape(text));
            XmlText.Clean(text, keepLineFeed: true).Should().Be(Rule(text, keepLineFeed: true), "text {0}", Escape(text));
            XmlText.ReplaceInvalidCodePoints(text).Should().Be(ReplaceOnly(text), "text {0}", Escape(text));
        }
    }

    [Fact]
    public void Clean_NothingToClean_ReturnsTheSameString()
    {
        var text = "Ủy ban nhân dân 😀 huyện Phong Thổ\n" + new string('x', 100);

        XmlText.Clean(text, keepLineFeed: true).Should().BeSameAs(text);
        XmlText.ReplaceInvalidCodePoints(text).Should().BeSameAs(text);
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        // Long stretches of plain text too, so the vectorised searches run over several vectors before a hit.
        for (var i = random.Next(0, 12); i > 0; i--)
            sb.Append(random.Next(4) == 0 ? new string('x', random.Next(1, 90)) : Pieces[random.Next(Pieces.Length)]);
        return sb.ToString();
    }

    private static string Rule(string text, bool keepLineFeed)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t') sb.Append(' ');
            else if (c == '\n' && keepLineFeed) sb.Append(c);
            else if (c < ' ') continue;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string ReplaceOnly(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
