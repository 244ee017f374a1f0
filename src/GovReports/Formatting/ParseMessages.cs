using System.Globalization;

namespace GovReports.Formatting;

/// <summary>The texts of parse errors, kept in one place so tests and translations find them.</summary>
internal static class ParseMessages
{
    internal static string Compose(string text, int position, string reason, string? suggestion) =>
        $"Cannot read \"{text}\" at character {(position + 1).ToString(CultureInfo.InvariantCulture)}: {reason}."
        + (suggestion is null ? "" : $" Did you mean {suggestion}?");

    internal const string Empty = "the text is empty";
    internal const string ExpectedDigit = "a digit was expected";
    internal const string DotWithoutGroup = "a \".\" must be followed by a thousands group of 3 digits";
    internal const string CommaWithoutDigits = "a \",\" must be followed by at least one decimal digit";
    internal const string TooLarge = "the number is too large";
    internal const string TooLargeForMoney = "the amount is too large (at most 9.223.372.036.854.775.807 đồng)";
    internal const string TooLargeForInteger = "the number is too large for a whole number (at most 9.223.372.036.854.775.807)";
    internal const string NotWhole = "a whole number was expected, without decimals";

    internal static string Unexpected(char c) => $"unexpected character '{c}'";

    internal const string SecondComma = "more than one decimal comma";
    internal const string DotAfterComma = "a thousands \".\" cannot follow the decimal comma";
    internal const string MustStartWithNumber = "the text must start with a number";
    internal const string WriteTy = "write \"tỷ\", not \"tỉ\"";

    /// <summary>The reason for a character that cannot follow a number: a clearer word for the common slips.</summary>
    internal static string AfterNumber(string text, int position)
    {
        var c = text[position];
        var hadComma = text.LastIndexOf(',', position - 1 < 0 ? 0 : position - 1) >= 0;
        return c switch
        {
            ',' => SecondComma,
            '.' when hadComma => DotAfterComma,
            _ => Unexpected(c),
        };
    }

    internal static string FirstGroupTooLong(string group) =>
        $"the group \"{group}\" before the first \".\" has {Count(group.Length)}; with thousands dots the first group has 1 to 3 digits";

    internal static string GroupWrongLength(string group) =>
        $"the group \"{group}\" after \".\" has {Count(group.Length)}, but a thousands group must have exactly 3";

    internal static string UnknownUnit(string unit) =>
        $"unknown unit \"{unit}\"; expected đồng, đ, nghìn đồng, triệu đồng, triệu, tỷ đồng or tỷ";

    internal static string UnitNeedsSpace(string unit) => $"a space is needed between the number and \"{unit}\"";

    internal static string NotWholeDong(string amount) => $"{amount} is not a whole number of đồng";

    private static string Count(int digits) =>
        digits == 1 ? "1 digit" : digits.ToString(CultureInfo.InvariantCulture) + " digits";
}
