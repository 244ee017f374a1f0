using System.Globalization;

namespace GovReports.Formatting;

/// <summary>
/// Reads numbers in Vietnamese words. Groups of three digits are read with their scale (nghìn, triệu, tỷ; above tỷ
/// the scales repeat before tỷ: nghìn tỷ, triệu tỷ, tỷ tỷ). A group that is entirely zero is skipped with its scale;
/// every other group after the first is read in full, so a zero hundreds digit reads <c>không trăm</c> and a zero
/// tens digit reads <c>linh</c> (1.000.001 → một triệu không trăm linh một).
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    internal static string Integer(long value, InWordsOptions options)
    {
        if (value == 0) return Digits[0];
        // Going through ulong keeps long.MinValue, whose magnitude has no long.
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var words = new List<string>();
        if (value < 0) words.Add("âm");
        AppendNumber(words, magnitude.ToString(CultureInfo.InvariantCulture), leading: true, options);
        return string.Join(' ', words);
    }

    /// <summary>Reads a decimal: the whole part, then <c>phẩy</c> and the decimals; zeros right after the comma read <c>không</c> one by one (1,05 → một phẩy không năm), trailing zeros are ignored.</summary>
    internal static string Decimal(decimal value, InWordsOptions options)
    {
        var invariant = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var dot = invariant.IndexOf('.');
        var whole = (dot < 0 ? invariant : invariant[..dot]).TrimStart('0');
        var fraction = dot < 0 ? "" : invariant[(dot + 1)..].TrimEnd('0');
        var words = new List<string>();
        if (value < 0 && (whole.Length > 0 || fraction.Length > 0)) words.Add("âm");
        if (whole.Length == 0) words.Add(Digits[0]);
        else AppendNumber(words, whole, leading: true, options);
        if (fraction.Length > 0)
        {
            words.Add("phẩy");
            var significant = fraction.TrimStart('0');
            for (var i = 0; i < fraction.Length - significant.Length; i++) words.Add(Digits[0]);
            AppendNumber(words, significant, leading: true, options);
        }
        return string.Join(' ', words);
    }

    internal static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static void AppendNumber(List<string> words, string digits, bool leading, InWordsOptions options)
    {
        if (digits.Length <= 9)
        {
            AppendBelowBillion(words, digits, leading, options);
            return;
        }
        AppendNumber(words, digits[..^9], leading, options);
        words.Add("tỷ");
        AppendBelowBillion(words, digits[^9..], leading: false, options);
    }

    private static void AppendBelowBillion(List<string> words, string digits, bool leading, InWordsOptions options)
    {
        var padded = digits.PadLeft(9, '0');
        string?[] scales = ["triệu", options.SouthernVariants ? "ngàn" : "nghìn", null];
        for (var i = 0; i < 3; i++)
        {
            var group = int.Parse(padded.AsSpan(i * 3, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            if (group == 0) continue;
            AppendGroup(words, group, full: !leading, options);
            if (scales[i] is { } scale) words.Add(scale);
            leading = false;
        }
    }

    private static void AppendGroup(List<string> words, int group, bool full, InWordsOptions options)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;
        var hundredsRead = full || hundreds > 0;
        if (hundredsRead)
        {
            words.Add(Digits[hundreds]);
            words.Add("trăm");
        }
        switch (tens)
        {
            case 0:
                if (units == 0) break;
                if (hundredsRead) words.Add(options.SouthernVariants ? "lẻ" : "linh");
                words.Add(Digits[units]);
                break;
            case 1:
                words.Add("mười");
                if (units == 5) words.Add("lăm");
                else if (units != 0) words.Add(Digits[units]);
                break;
            default:
                words.Add(Digits[tens]);
                words.Add("mươi");
                if (units == 0) break;
                words.Add(units switch
                {
                    1 => "mốt",
                    4 when options.FourAfterTensAsTu => "tư",
                    5 => "lăm",
                    _ => Digits[units],
                });
                break;
        }
    }
}
