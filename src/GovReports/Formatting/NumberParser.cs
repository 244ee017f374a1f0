using System.Globalization;
using GovReports.Model;

namespace GovReports.Formatting;

/// <summary>
/// Reads numbers and amounts written the Vietnamese way, strictly: an optional <c>-</c>, digits either ungrouped
/// (<c>84530</c>) or in thousands groups of exactly 3 after each <c>.</c> (<c>84.530</c>), then optionally <c>,</c>
/// and decimals (<c>1.034,6</c>). Surrounding white space is ignored.
/// </summary>
internal static class NumberParser
{
    private static readonly (string Unit, long Factor)[] Units =
    [
        ("đồng", 1), ("đ", 1),
        ("nghìn đồng", 1_000), ("nghìn đ", 1_000), ("nghìn", 1_000),
        ("ngàn đồng", 1_000), ("ngàn đ", 1_000), ("ngàn", 1_000),
        ("triệu đồng", Money.DongPerMillion), ("triệu đ", Money.DongPerMillion), ("triệu", Money.DongPerMillion),
        ("tỷ đồng", Money.DongPerBillion), ("tỷ đ", Money.DongPerBillion), ("tỷ", Money.DongPerBillion),
    ];

    internal static decimal ParseDecimal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = GovReports.Word.XmlText.Nfc(text);
        var (start, end) = Trimmed(text);
        var scan = Scan(text, start);
        if (scan.End != end) throw Error(text, scan.End, ParseMessages.AfterNumber(text, scan.End), null);
        return scan.Value;
    }

    internal static long ParseInteger(string text)
    {
        var value = ParseDecimal(text);
        text = GovReports.Word.XmlText.Nfc(text);
        var (start, _) = Trimmed(text);
        if (value != decimal.Truncate(value)) throw Error(text, text.IndexOf(',', start), ParseMessages.NotWhole, null);
        if (value is > long.MaxValue or < long.MinValue) throw Error(text, start, ParseMessages.TooLargeForInteger, null);
        return decimal.ToInt64(value);
    }

    internal static Money ParseMoney(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = GovReports.Word.XmlText.Nfc(text);
        var (start, end) = Trimmed(text);
        var scan = Scan(text, start);
        var factor = UnitFactor(text, scan.End, end);
        var dong = scan.Value * factor;
        if (dong != decimal.Truncate(dong))
            throw Error(text, start, ParseMessages.NotWholeDong(text[start..end]), null);
        if (dong is > long.MaxValue or < long.MinValue) throw Error(text, start, ParseMessages.TooLargeForMoney, null);
        return new Money(decimal.ToInt64(dong));
    }

    private static long UnitFactor(string text, int numberEnd, int end)
    {
        if (numberEnd == end) return 1;
        var i = numberEnd;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        // "5.155.540.000đ" attaches the sign; a word unit needs a space before it.
        var attached = i == numberEnd;
        var unit = ListedUnit(text.AsSpan(i, end - i))
            ?? string.Join(' ', text[i..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        foreach (var (name, factor) in Units)
        {
            if (unit != name) continue;
            if (!attached || factor == 1) return factor;
            throw Error(text, i, ParseMessages.UnitNeedsSpace(text[i..end]), $"\"{(text[..i] + " " + text[i..]).Trim()}\"");
        }
        if (attached && !char.IsLetter(text[i])) throw Error(text, i, ParseMessages.AfterNumber(text, i), null);
        if (unit.StartsWith("tỉ", StringComparison.Ordinal))
            throw Error(text, i, ParseMessages.WriteTy, $"\"{text[..i]}tỷ{text[(i + 2)..end]}\"");
        throw Error(text, i, ParseMessages.UnknownUnit(text[i..end]), null);
    }

    // A unit written exactly as listed (nearly always) needs no normalising of its spaces and capitals first.
    private static string? ListedUnit(ReadOnlySpan<char> unit)
    {
        foreach (var (name, _) in Units)
            if (unit.SequenceEqual(name)) return name;
        return null;
    }

    private readonly record struct ScanResult(decimal Value, int End);

    private static ScanResult Scan(string text, int start)
    {
        var i = start;
        if (i >= text.Length || char.IsWhiteSpace(text[i])) throw Error(text, 0, ParseMessages.Empty, null);
        var negative = text[i] == '-';
        if (negative) i++;
        // The digits without the thousands dots and with '.' for the decimal comma: never longer than the rest of the text.
        Span<char> digits = text.Length - i <= 64 ? stackalloc char[64] : new char[text.Length - i];
        int length;
        var first = DigitRun(text, i);
        if (first == 0)
            throw Error(text, i, i >= text.Length ? ParseMessages.ExpectedDigit : char.IsLetter(text[i]) ? ParseMessages.MustStartWithNumber : ParseMessages.Unexpected(text[i]), null);
        text.AsSpan(i, first).CopyTo(digits);
        length = first;
        var firstStart = i;
        i += first;
        if (i < text.Length && text[i] == '.')
        {
            if (first > 3)
                throw Error(text, firstStart, ParseMessages.FirstGroupTooLong(text.Substring(firstStart, first)),
                    Suggest(text, firstStart));
            while (i < text.Length && text[i] == '.')
            {
                var dot = i;
                var run = DigitRun(text, dot + 1);
                if (run == 0) throw Error(text, dot, ParseMessages.DotWithoutGroup, null);
                if (run != 3)
                {
                    var group = text.Substring(dot + 1, run);
                    throw Error(text, dot + 1, ParseMessages.GroupWrongLength(group), Suggest(text, firstStart));
                }
                text.AsSpan(dot + 1, 3).CopyTo(digits[length..]);
                length += 3;
                i = dot + 4;
            }
        }
        if (i < text.Length && text[i] == ',')
        {
            var run = DigitRun(text, i + 1);
            if (run == 0) throw Error(text, i, ParseMessages.CommaWithoutDigits, null);
            digits[length++] = '.';
            text.AsSpan(i + 1, run).CopyTo(digits[length..]);
            length += run;
            i += 1 + run;
        }
        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw Error(text, start, ParseMessages.TooLarge, null);
        return new ScanResult(negative ? -value : value, i);
    }

    /// <summary>
    /// The likely intents behind a misplaced dot: a decimal comma where the last dot (or the fourth digit of a long
    /// last group) stands, and all the digits as one whole number, each shown in the full text.
    /// </summary>
    private static string Suggest(string text, int numberStart)
    {
        var spanEnd = SpanEnd(text, numberStart);
        var span = text[numberStart..spanEnd];
        var candidates = new List<string>();
        var lastDot = span.LastIndexOf('.');
        var commaFollows = spanEnd < text.Length && text[spanEnd] == ',';
        if (lastDot >= 0 && !commaFollows)
        {
            var head = span[..lastDot];
            var tail = span[(lastDot + 1)..];
            if (tail.Length > 3) candidates.Add(span[..(lastDot + 4)] + "," + tail[3..]);
            else if (tail.Length > 0 && head.Split('.').Skip(1).All(g => g.Length == 3))
                candidates.Add(NumberText.Group(head.Replace(".", "", StringComparison.Ordinal)) + "," + tail);
        }
        var digits = span.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        candidates.Add(NumberText.Group(digits.Length > 0 ? digits : "0"));
        var whole = candidates.Select(c => Replace(text, numberStart, spanEnd, c).Trim()).Distinct(StringComparer.Ordinal).ToList();
        return whole.Count == 1 ? $"\"{whole[0]}\"" : $"\"{whole[0]}\" or \"{whole[1]}\"";
    }

    private static string Replace(string text, int from, int to, string replacement) => text[..from] + replacement + text[to..];

    private static int SpanEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
        return i;
    }

    private static int DigitRun(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i - start;
    }

    private static (int Start, int End) Trimmed(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static VietnameseParseException Error(string text, int position, string reason, string? suggestion) =>
        new(text, position, reason, suggestion);
}
