using GovReports.Model;
using NodaTime;

namespace GovReports.Formatting;

/// <summary>
/// Vietnamese formatting for reports: numbers (<c>1.034,6</c>), percentages (<c>38,66%</c>), money
/// (<c>84.530 triệu đồng</c>), amounts in words (<c>Một trăm hai mươi lăm triệu đồng</c>), dates per Nghị định 30
/// (<c>ngày 05 tháng 01 năm 2020</c>), upper case and number and symbol, plus strict parsers for numbers and amounts.
/// Nothing here reads the machine's culture: the output for a given input is always the same.
/// </summary>
public static class VietnameseFormat
{
    /// <summary>Writes a whole number with <c>.</c> between thousands and a leading <c>-</c> when negative (<c>1.779</c>, <c>-83.731</c>).</summary>
    public static string Number(long value) => NumberText.Integer(value);

    /// <summary>Writes a number with every significant decimal after a <c>,</c> and no trailing zeros (<c>1.034,6</c>, <c>97,229</c>).</summary>
    public static string Number(decimal value) => NumberText.Exact(value);

    /// <summary>Writes a number rounded half away from zero to <paramref name="decimals"/> decimals (<c>1.034,60</c> with 2, or <c>1.034,6</c> when trailing zeros are dropped).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 0 or above 18.</exception>
    public static string Number(decimal value, int decimals, bool dropTrailingZeros = false) =>
        NumberText.Rounded(value, decimals, dropTrailingZeros);

    /// <summary>Writes a rate as a percentage with no space before <c>%</c> (<c>38,66%</c>): the policy gives rounding and trailing zeros, and the decimals unless <paramref name="decimals"/> overrides them for this figure.</summary>
    /// <exception cref="ArgumentException">The rate's whole is zero, so it has no percentage.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 0 or above 10.</exception>
    public static string Percent(Rate rate, RatePolicy policy, int? decimals = null)
    {
        if (rate.Percent is not { } percent)
            throw new ArgumentException("The rate's whole is zero, so it has no percentage.", nameof(rate));
        return Percent(percent, policy, decimals);
    }

    /// <summary>Writes a percentage value (<c>3.68</c> → <c>3,68%</c>) by the policy, with <paramref name="decimals"/> overriding the policy's decimals for this figure.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 0 or above 10.</exception>
    public static string Percent(decimal percent, RatePolicy policy, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (decimals is { } d)
        {
            if (d is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(decimals), d, "Decimals must be between 0 and 10.");
            policy = policy with { Decimals = d };
        }
        return NumberText.Fixed(policy.Apply(percent), policy.Decimals, policy.DropTrailingZeros) + "%";
    }

    /// <summary>Writes an amount of money in the format's unit (<c>5.155.540.000 đồng</c>, <c>84.530 triệu đồng</c>, <c>1,5 tỷ đồng</c>, <c>5.155.540.000đ</c>); an amount that does not divide evenly is rounded half away from zero.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="format">The format, or <see langword="null"/> for <see cref="MoneyFormat.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format's decimals are below 0 or above 18.</exception>
    public static string Amount(Money amount, MoneyFormat? format = null)
    {
        format ??= MoneyFormat.Default;
        if (format.Decimals is < 0 or > NumberText.MaxDecimals)
            throw new ArgumentOutOfRangeException(nameof(format), format.Decimals, $"MoneyFormat.Decimals must be between 0 and {NumberText.MaxDecimals}.");
        var (divisor, scale) = format.Unit switch
        {
            MoneyUnit.ThousandDong => (1_000L, "nghìn"),
            MoneyUnit.MillionDong => (Money.DongPerMillion, "triệu"),
            MoneyUnit.BillionDong => (Money.DongPerBillion, "tỷ"),
            _ => (1L, null as string),
        };
        // An even multiple of the unit divides as a long; only the digits matter to Rounded, not the decimal's scale.
        var units = amount.Dong % divisor == 0 ? amount.Dong / divisor : (decimal)amount.Dong / divisor;
        var number = NumberText.Rounded(units, format.Decimals, format.DropTrailingZeros);
        return format.Suffix switch
        {
            MoneySuffix.Word => scale is null ? number + " đồng" : string.Concat(number, " ", scale, " đồng"),
            MoneySuffix.Symbol => scale is null ? number + "đ" : string.Concat(number, " ", scale, " đ"),
            MoneySuffix.ScaleOnly => scale is null ? number : number + " " + scale,
            _ => number,
        };
    }

    /// <summary>Reads a whole number in words, lower case (<c>1.032</c> → <c>một nghìn không trăm ba mươi hai</c>; negative numbers begin <c>âm</c>).</summary>
    /// <remarks>A group of three zeros inside the number is skipped with its scale; any later group is read in full (<c>1.000.001</c> → <c>một triệu không trăm linh một</c>).</remarks>
    /// <param name="value">The number.</param>
    /// <param name="options">The reading options, or <see langword="null"/> for <see cref="InWordsOptions.Default"/>.</param>
    public static string InWords(long value, InWordsOptions? options = null) =>
        NumberWords.Integer(value, options ?? InWordsOptions.Default);

    /// <summary>Reads a number in words with its decimals after <c>phẩy</c> (<c>1.034,6</c> → <c>một nghìn không trăm ba mươi tư phẩy sáu</c>); zeros right after the comma read <c>không</c> one by one and trailing zeros are ignored.</summary>
    /// <param name="value">The number.</param>
    /// <param name="options">The reading options, or <see langword="null"/> for <see cref="InWordsOptions.Default"/>.</param>
    public static string InWords(decimal value, InWordsOptions? options = null) =>
        NumberWords.Decimal(value, options ?? InWordsOptions.Default);

    /// <summary>Reads an amount of money in words for a <c>Bằng chữ</c> line: the first letter capitalised and <c>đồng</c> appended (<c>Một trăm hai mươi lăm triệu đồng</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="options">The reading options, or <see langword="null"/> for <see cref="InWordsOptions.Default"/>.</param>
    public static string AmountInWords(Money amount, InWordsOptions? options = null) =>
        NumberWords.Capitalize(InWords(amount.Dong, options)) + " đồng";

    /// <summary>Writes a date per Nghị định 30 (<c>ngày 05 tháng 01 năm 2020</c>, <c>ngày 29 tháng 6 năm 2019</c>).</summary>
    public static string Date(LocalDate date) => DateText.Long(date.Year, date.Month, date.Day);

    /// <summary>Writes a date of issue per Nghị định 30; a blank day or month in a draft is two spaces between the words (<c>ngày    tháng 12 năm 2022</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static string Date(DocumentDate date) => DateText.Long(date);

    /// <summary>Writes the place and date line under the Tiêu ngữ (<c>Krông Pa, ngày 15 tháng 6 năm 2021</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month or day is out of range.</exception>
    public static string PlaceAndDate(string place, DocumentDate date)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place + ", " + DateText.Long(date);
    }

    /// <summary>Writes the place and date line under the Tiêu ngữ (<c>Krông Pa, ngày 15 tháng 6 năm 2021</c>).</summary>
    public static string PlaceAndDate(string place, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place + ", " + Date(date);
    }

    /// <summary>Writes a short numeric date as used in body text: by default the decree's rule (<c>08/4/2022</c>, <c>27/01/2021</c>), or with a two-digit month (<c>19/06/2020</c>).</summary>
    public static string ShortDate(LocalDate date, ShortDateStyle style = ShortDateStyle.Decree) => DateText.Short(date, style);

    /// <summary>Upper-cases Vietnamese text without the machine's culture, in NFC (<c>Ủy ban nhân dân</c> → <c>ỦY BAN NHÂN DÂN</c>).</summary>
    public static string ToUpper(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return VietnameseText.ToUpper(text);
    }

    /// <summary>Writes the number and symbol line (<c>Số: 05/BC-UBND</c>); a draft's blank number leaves six spaces after the colon (<c>Số:      /BC-UBND</c>).</summary>
    public static string NumberAndSymbol(DocumentNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return (number.Number is null ? "Số:" : "Số: ") + number.Text;
    }

    /// <summary>Reads a number written the Vietnamese way (<c>84.530</c> → 84530, <c>1.034,6</c> → 1034.6): each thousands group after a <c>.</c> must have exactly 3 digits.</summary>
    /// <exception cref="VietnameseParseException">The text is not such a number (<c>125.1635</c>); the message says where and why, and suggests the likely intent.</exception>
    public static decimal ParseNumber(string text) => NumberParser.ParseDecimal(text);

    /// <summary>Reads a whole number written the Vietnamese way (<c>1.779</c> → 1779).</summary>
    /// <exception cref="VietnameseParseException">The text is not a whole number or does not fit a <see cref="long"/>.</exception>
    public static long ParseInteger(string text) => NumberParser.ParseInteger(text);

    /// <summary>Reads an amount of money: a number, then optionally a unit — <c>đồng</c>, <c>đ</c> (also attached: <c>5.155.540.000đ</c>), <c>nghìn đồng</c>, <c>triệu đồng</c>, <c>triệu</c>, <c>tỷ đồng</c>, <c>tỷ</c> (and <c>ngàn</c>, <c>… đ</c>); no unit means đồng.</summary>
    /// <exception cref="VietnameseParseException">The number is malformed, the unit is unknown, or the amount is not a whole number of đồng (<c>1,5 đồng</c>).</exception>
    public static Money ParseMoney(string text) => NumberParser.ParseMoney(text);

    /// <summary>Tries to read a number written the Vietnamese way; <see langword="false"/> when <paramref name="text"/> is null or malformed.</summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (text is null) return false;
        try
        {
            value = NumberParser.ParseDecimal(text);
            return true;
        }
        catch (VietnameseParseException)
        {
            return false;
        }
    }

    /// <summary>Tries to read an amount of money; <see langword="false"/> when <paramref name="text"/> is null or not an amount.</summary>
    public static bool TryParseMoney(string? text, out Money value)
    {
        value = default;
        if (text is null) return false;
        try
        {
            value = NumberParser.ParseMoney(text);
            return true;
        }
        catch (VietnameseParseException)
        {
            return false;
        }
    }
}
