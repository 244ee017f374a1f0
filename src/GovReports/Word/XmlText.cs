using System.Buffers;
using System.Text;

namespace GovReports.Word;

/// <summary>
/// The one rule for characters that XML 1.0 cannot hold (MARKUP.md, "Characters XML cannot hold"):
/// a tab becomes a space, other control characters are dropped, and a lone surrogate, U+FFFE or U+FFFF
/// becomes U+FFFD so the reader sees where a character was lost.
/// </summary>
internal static class XmlText
{
    public const char Replacement = '\uFFFD';

    /// <summary>Returns <paramref name="text"/> with every character XML cannot hold cleaned by the rule; the same string when nothing needs cleaning.</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepLineFeed">Whether line feeds stay (the writer turns them into line breaks).</param>
    public static string Clean(string text, bool keepLineFeed = false)
    {
        var first = FirstInvalid(text, keepLineFeed);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t') sb.Append(' ');
            else if (c == '\n' && keepLineFeed) sb.Append(c);
            else if (c < ' ') continue;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') sb.Append(Replacement);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Normalizes to NFC after replacing lone surrogates, U+FFFE and U+FFFF with U+FFFD (normalization throws on them).</summary>
    public static string Nfc(string text)
    {
        // Data is almost always NFC already: telling so by its characters is cheapest, checking is cheaper than composing a copy.
        if (NfcText.IsPlainNfc(text)) return text;
        var valid = ReplaceInvalidCodePoints(text);
        return valid.IsNormalized(NormalizationForm.FormC) ? valid : valid.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Normalizes to NFD after replacing lone surrogates, U+FFFE and U+FFFF with U+FFFD.</summary>
    public static string Nfd(string text) => ReplaceInvalidCodePoints(text).Normalize(NormalizationForm.FormD);

    /// <summary>Replaces lone surrogates, U+FFFE and U+FFFF with U+FFFD and keeps everything else, so text can be normalized and parsed.</summary>
    public static string ReplaceInvalidCodePoints(string text)
    {
        var first = FirstInvalidCodePoint(text);
        return first < 0 ? text : Replace(text, first);

        static string Replace(string text, int from)
        {
            var chars = text.ToCharArray();
            for (var i = from; i < chars.Length; i++)
            {
                var c = chars[i];
                if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
                else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') chars[i] = Replacement;
            }
            return new string(chars);
        }
    }

    /// <summary>The C0 control characters U+0000–U+001F, which XML 1.0 text may not hold except tab, line feed and carriage return.</summary>
    internal const string ControlCharacters =
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";

    private static readonly SearchValues<char> Controls = SearchValues.Create(ControlCharacters);

    private static readonly SearchValues<char> ControlsButLineFeed = SearchValues.Create(ControlCharacters.Replace("\n", "", StringComparison.Ordinal));

    private static int FirstInvalid(string text, bool keepLineFeed)
    {
        var control = text.AsSpan().IndexOfAny(keepLineFeed ? ControlsButLineFeed : Controls);
        var codePoint = FirstInvalidCodePoint(text);
        if (control < 0) return codePoint;
        return codePoint < 0 ? control : Math.Min(control, codePoint);
    }

    // The index of the first lone surrogate, U+FFFE or U+FFFF, or -1. One vectorised search finds the first character
    // from U+D800 up (rare in Vietnamese text); only from there on is the text walked character by character.
    private static int FirstInvalidCodePoint(ReadOnlySpan<char> text)
    {
        var candidate = text.IndexOfAnyInRange('\uD800', '\uFFFF');
        if (candidate < 0) return -1;
        for (var i = candidate; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c) || c >= '\uFFFE') return i;
        }
        return -1;
    }
}
