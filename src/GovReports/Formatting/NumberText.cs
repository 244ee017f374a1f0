using System.Globalization;

namespace GovReports.Formatting;

/// <summary>Vietnamese digits: <c>.</c> between thousands, <c>,</c> before decimals, <c>-</c> before negatives.</summary>
internal static class NumberText
{
    internal const int MaxDecimals = 18;

    // Invariant digits of any long or decimal (29 digits, a point, 28 decimals) fit here.
    private const int MaxInvariantLength = 64;
    private const int StackTextLength = 256;

    private static readonly string Zeros = new('0', MaxDecimals);

    private static readonly string[] FixedFormats = Enumerable.Range(0, MaxDecimals + 1).Select(d => "F" + d.ToString(CultureInfo.InvariantCulture)).ToArray();

    internal static string Integer(long value)
    {
        Span<char> invariant = stackalloc char[MaxInvariantLength];
        value.TryFormat(invariant, out var written, default, CultureInfo.InvariantCulture);
        var digits = invariant[..written];
        return value < 0 ? Compose(true, digits[1..], default) : Compose(false, digits, default);
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
        Span<char> buffer = stackalloc char[MaxInvariantLength];
        var magnitude = Math.Abs(value);
        if (decimals is >= 0 and <= MaxDecimals && TryFormatWhole(magnitude, buffer, out var digits))
        {
            // Most figures are whole: long digits are much cheaper than decimal's, and "F" would only add zeros.
            return Compose(value < 0, buffer[..digits], dropTrailingZeros ? default : Zeros.AsSpan(0, decimals));
        }

        var format = decimals is >= 0 and <= MaxDecimals ? FixedFormats[decimals] : "F" + decimals.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<char> invariant = magnitude.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : magnitude.ToString(format, CultureInfo.InvariantCulture);
        Split(invariant, out var whole, out var fraction);
        if (dropTrailingZeros) fraction = fraction.TrimEnd('0');
        return Compose(value < 0, whole, fraction);
    }

    /// <summary>Writes every significant digit of the value, without trailing zeros (<c>1.50</c> → <c>1,5</c>).</summary>
    internal static string Exact(decimal value)
    {
        Span<char> invariant = stackalloc char[MaxInvariantLength];
        var magnitude = Math.Abs(value);
        if (TryFormatWhole(magnitude, invariant, out var digits))
        {
            // A whole value's decimals (1.00) are all zeros, which are dropped anyway.
            return Compose(value < 0, invariant[..digits], default);
        }

        magnitude.TryFormat(invariant, out var written, default, CultureInfo.InvariantCulture);
        Split(invariant[..written], out var whole, out var fraction);
        return Compose(value < 0, whole, fraction.TrimEnd('0'));
    }

    /// <summary>Writes the digits of a whole, non-negative value that fits a long; false for any other value.</summary>
    private static bool TryFormatWhole(decimal magnitude, Span<char> destination, out int written)
    {
        written = 0;
        return decimal.IsInteger(magnitude) && magnitude <= long.MaxValue
            && ((long)magnitude).TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    internal static void CheckDecimals(int decimals, string paramName)
    {
        if (decimals is < 0 or > MaxDecimals)
            throw new ArgumentOutOfRangeException(paramName, decimals, $"Decimals must be between 0 and {MaxDecimals}.");
    }

    private static void Split(ReadOnlySpan<char> invariant, out ReadOnlySpan<char> whole, out ReadOnlySpan<char> fraction)
    {
        var dot = invariant.IndexOf('.');
        whole = dot < 0 ? invariant : invariant[..dot];
        fraction = dot < 0 ? default : invariant[(dot + 1)..];
    }

    private static string Compose(bool negative, ReadOnlySpan<char> whole, ReadOnlySpan<char> fraction)
    {
        // A value that rounds to zero prints without a sign: "-0" is never a figure in a report.
        var isZero = !whole.ContainsAnyExcept('0') && !fraction.ContainsAnyExcept('0');
        var size = 1 + GroupedLength(whole.Length) + 1 + fraction.Length;
        Span<char> text = size <= StackTextLength ? stackalloc char[StackTextLength] : new char[size];
        var length = 0;
        if (negative && !isZero) text[length++] = '-';
        length += Group(whole, text[length..]);
        if (fraction.Length > 0)
        {
            text[length++] = ',';
            fraction.CopyTo(text[length..]);
            length += fraction.Length;
        }
        return new string(text[..length]);
    }

    internal static string Group(ReadOnlySpan<char> digits)
    {
        var size = GroupedLength(digits.Length);
        Span<char> text = size <= StackTextLength ? stackalloc char[StackTextLength] : new char[size];
        return new string(text[..Group(digits, text)]);
    }

    private static int GroupedLength(int digits) => digits + Math.Max(0, digits - 1) / 3;

    /// <summary>Writes the digits with a <c>.</c> before each group of three from the right; returns the number of characters written.</summary>
    private static int Group(ReadOnlySpan<char> digits, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) destination[length++] = '.';
            destination[length++] = digits[i];
        }
        return length;
    }
}
