using System.Globalization;
using System.Text;

namespace GovReports.Model.Json;

/// <summary>
/// Reads and writes amounts in Vietnamese notation for the JSON format (<c>84.530 triệu đồng</c>, <c>1,5 tỷ đồng</c>,
/// <c>5.155.540.000đ</c>). Kept internal and minimal; the Formatting namespace owns the document-facing formatter.
/// </summary>
internal static class MoneyText
{
    private static readonly (string Unit, long Factor)[] Units =
    [
        ("", 1), ("đồng", 1), ("đ", 1), ("vnd", 1), ("vnđ", 1),
        ("nghìn đồng", 1_000), ("ngàn đồng", 1_000), ("nghìn", 1_000), ("ngàn", 1_000),
        ("triệu đồng", Money.DongPerMillion), ("triệu", Money.DongPerMillion),
        ("tỷ đồng", Money.DongPerBillion), ("tỷ", Money.DongPerBillion),
    ];

    public static bool TryParse(string text, out Money money, out string error)
    {
        money = default;
        error = "";
        var t = text.Normalize(NormalizationForm.FormC).Trim();
        var i = 0;
        if (i < t.Length && (t[i] == '-' || t[i] == '+')) i++;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] == '.' || t[i] == ',')) i++;
        var number = t[..i];
        var unit = t[i..].Trim().ToLowerInvariant();
        if (number.Length == 0 || number is "-" or "+")
        {
            error = $"'{text}' is not an amount: it must start with a number (e.g. '84.530 triệu đồng')";
            return false;
        }
        long factor = 0;
        foreach (var (u, f) in Units)
            if (u == unit) { factor = f; break; }
        if (factor == 0)
        {
            error = unit.StartsWith("tỉ", StringComparison.Ordinal)
                ? $"'{text}': write 'tỷ', not 'tỉ'"
                : $"'{text}' has an unknown unit '{t[i..].Trim()}'; use đồng, nghìn đồng, triệu đồng or tỷ đồng";
            return false;
        }
        if (!TryParseNumber(number, text, out var value, out error)) return false;
        decimal dong;
        try { dong = value * factor; }
        catch (OverflowException) { error = $"'{text}' is too large"; return false; }
        if (dong != decimal.Truncate(dong))
        {
            error = $"'{text}' is not a whole number of đồng";
            return false;
        }
        if (dong > long.MaxValue || dong < long.MinValue)
        {
            error = $"'{text}' is too large";
            return false;
        }
        money = new Money(decimal.ToInt64(dong));
        return true;
    }

    private static bool TryParseNumber(string number, string text, out decimal value, out string error)
    {
        value = 0;
        error = "";
        var negative = number[0] == '-';
        var body = number[0] is '-' or '+' ? number[1..] : number;
        var comma = body.IndexOf(',');
        if (comma >= 0 && body.IndexOf(',', comma + 1) >= 0)
        {
            error = $"'{text}' is not a valid amount: it has more than one decimal comma";
            return false;
        }
        var integer = comma >= 0 ? body[..comma] : body;
        var fraction = comma >= 0 ? body[(comma + 1)..] : "";
        if (fraction.Contains('.'))
        {
            error = $"'{text}' is not a valid amount: in Vietnamese notation '.' separates thousands and cannot follow the decimal comma";
            return false;
        }
        if (comma >= 0 && fraction.Length == 0)
        {
            error = $"'{text}' is not a valid amount: the decimal comma must be followed by digits";
            return false;
        }
        var groups = integer.Split('.');
        if (groups[0].Length == 0)
        {
            error = $"'{text}' is not a valid amount: it must start with a digit";
            return false;
        }
        if (groups.Length > 1)
        {
            if (groups[0].Length > 3)
            {
                error = FormattableString.Invariant($"'{text}' is not a valid amount: in Vietnamese notation '.' separates thousands, so the first group has 1 to 3 digits ('{groups[0]}' has {groups[0].Length})");
                return false;
            }
            for (var g = 1; g < groups.Length; g++)
            {
                if (groups[g].Length != 3)
                {
                    error = FormattableString.Invariant($"'{text}' is not a valid amount: in Vietnamese notation '.' separates thousands, so each group after a '.' must have exactly 3 digits ('{groups[g]}' has {groups[g].Length}); a decimal part follows a comma (e.g. '1,5 tỷ đồng')");
                    return false;
                }
            }
        }
        var digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = $"'{text}' is too large";
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    /// <summary>Writes an amount the way the JSON format reads it back: whole millions as <c>triệu đồng</c>, anything else in <c>đồng</c>.</summary>
    public static string Format(Money money)
    {
        var dong = money.Dong;
        var sign = dong < 0 ? "-" : "";
        var abs = dong < 0 ? -(decimal)dong : dong;
        return abs != 0 && abs % Money.DongPerMillion == 0
            ? sign + Group(abs / Money.DongPerMillion) + " triệu đồng"
            : sign + Group(abs) + " đồng";
    }

    private static string Group(decimal value)
    {
        var s = value.ToString("0", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && (s.Length - i) % 3 == 0) sb.Append('.');
            sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
