using System.Text;
using System.Text.RegularExpressions;

namespace GovReports.Tests.Examples;

/// <summary>
/// The normalisation allowed when comparing a produced document with a seed: whitespace runs collapsed (which also
/// joins paragraphs the seed splits at page breaks), Markdown emphasis markers removed, footnote marks removed
/// (footnotes are compared as footnotes), and each listed correction applied with its reason.
/// </summary>
internal static partial class SeedText
{
    public static string Normalize(string text)
    {
        text = text.Normalize(NormalizationForm.FormC);
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal);
        text = FootnoteMarks().Replace(text, "");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Cuts each footnote's text out of the seed's flow (the seed copies print footnotes where the page ended).</summary>
    public static string CutFootnotes(string seed, IEnumerable<string> footnotes)
    {
        var flow = Normalize(seed);
        foreach (var note in footnotes)
        {
            var n = Normalize(note);
            var at = flow.IndexOf(n, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException("Footnote text not found in the seed: " + n);
            flow = flow.Remove(at, n.Length);
        }
        return Whitespace().Replace(flow, " ").Trim();
    }

    /// <summary>A readable word diff: the first place the two texts part, with context.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        if (i == expected.Length && i == actual.Length) return "identical";
        var from = Math.Max(0, i - 120);
        return $"texts part at character {i}:\n  seed:     …{Slice(expected, from, i)}\n  document: …{Slice(actual, from, i)}";
    }

    private static string Slice(string s, int from, int at) =>
        from >= s.Length ? "(end)" : s.Substring(from, Math.Min(s.Length - from, at - from + 160)).Insert(Math.Min(at - from, s.Length - from), "⟦");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[¹²³⁴⁵⁶⁷⁸⁹⁰]")]
    private static partial Regex FootnoteMarks();
}
