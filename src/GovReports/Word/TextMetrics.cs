using System.Globalization;
using System.Text;

namespace GovReports.Word;

// Estimates printed text width in Times New Roman so the rules under the issuing body, the motto and the abstract
// get the lengths the decree asks for; Vietnamese diacritics do not change a letter's advance width.
internal static class TextMetrics
{
    // Advance widths in 1/1000 em for ' '..'~' (Times regular and bold metrics).
    private static readonly short[] Regular =
    [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ];

    private static readonly short[] Bold =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
    ];

    /// <summary>The estimated width of <paramref name="text"/> in twips.</summary>
    public static int WidthTwips(string text, double sizePt, bool bold)
    {
        var table = bold ? Bold : Regular;
        long units = 0;
        foreach (var ch in XmlText.Nfd(text))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'đ' => 'd', 'Đ' => 'D', '–' => 'n', '—' => 'm', _ => ch };
            units += c is >= ' ' and <= '~' ? table[c - ' '] : 500;
        }
        // 1/1000 em × size in points × 20 twips per point.
        return (int)Math.Round(units * sizePt * 20 / 1000.0);
    }
}
