using System.Globalization;
using System.Text;

namespace GovReports.Formatting;

/// <summary>Vietnamese digits: <c>.</c> between thousands, <c>,</c> before decimals, <c>-</c> before negatives.</summary>
internal static class NumberText
{
    internal const int MaxDecimals = 18;

    internal static string Integer(long value)
    {
        var invariant = value.ToString(CultureInfo.InvariantCulture);
        return value < 0 ? "-" + Group(invariant.AsSpan(1)) : Group(invariant);
    }

    /// <summary>Rounds half away from zero to <paramref name="decimals"/>, then writes the digits.</summary>
    internal static string Rounded(decimal value, int decimals, bool dropTrailingZeros)
    {
        CheckDecimals(decimals, nameof(decimals));
        return Fixed(Math.Round(value, decimals, MidpointRounding.AwayFromZero), decimals, dropTrailingZeros);
    }

    /// <summary>Writes a value that already has at most <paramref name="decimals"/> decimals.</summary>
    internal static string Fixed(decimal value, int decimals, bool dropTrailingZeros)
    {
        var invariant = Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var dot = invariant.IndexOf('.');
        var whole = dot < 0 ? invariant : invariant[..dot];
        var fraction = dot < 0 ? "" : invariant[(dot + 1)..];
        if (dropTrailingZeros) fraction = fraction.TrimEnd('0');
        return Compose(value < 0, whole, fraction);
    }

    /// <summary>Writes every significant digit of the value, without trailing zeros (<c>1.50</c> → <c>1,5</c>).</summary>
    internal static string Exact(decimal value)
    {
        var invariant = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var dot = invariant.IndexOf('.');
        var whole = dot < 0 ? invariant : invariant[..dot];
        var fraction = dot < 0 ? "" : invariant[(dot + 1)..].TrimEnd('0');
        return Compose(value < 0, whole, fraction);
    }

    internal static void CheckDecimals(int decimals, string paramName)
    {
        if (decimals is < 0 or > MaxDecimals)
            throw new ArgumentOutOfRangeException(paramName, decimals, $"Decimals must be between 0 and {MaxDecimals}.");
    }

    private static string Compose(bool negative, string whole, string fraction)
    {
        // A value that rounds to zero prints without a sign: "-0" is never a figure in a report.
        var isZero = whole.All(c => c == '0') && fraction.All(c => c == '0');
        var text = new StringBuilder();
        if (negative && !isZero) text.Append('-');
        text.Append(Group(whole));
        if (fraction.Length > 0) text.Append(',').Append(fraction);
        return text.ToString();
    }

    internal static string Group(ReadOnlySpan<char> digits)
    {
        var text = new StringBuilder(digits.Length + digits.Length / 3);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) text.Append('.');
            text.Append(digits[i]);
        }
        return text.ToString();
    }
}
