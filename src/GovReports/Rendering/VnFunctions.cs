using System.Globalization;
using GovReports.Formatting;
using GovReports.Model;
using NodaTime;

namespace GovReports.Rendering;

/// <summary>
/// The <c>vn</c> functions every template can call: Vietnamese numbers, money, percentages (with the document's
/// rate policy), dates, periods, amounts in words and upper case. Arguments arrive from templates loosely typed,
/// so each function accepts the model's types and plain numbers alike.
/// </summary>
internal sealed class VnFunctions(RatePolicy policy)
{
    /// <summary>The names templates may call, for linting.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["number", "money", "fraction", "percent", "date", "short_date", "place_date", "period", "in_words", "upper", "number_symbol", "fact"];

    /// <summary><c>vn.number 1779</c> → <c>1.779</c>; <c>vn.number 1034.6 1</c> → <c>1.034,6</c>.</summary>
    public string Number(object? value, int decimals = -1)
    {
        if (value is null) return "";
        var d = ToDecimal(value, "vn.number");
        return decimals < 0 ? VietnameseFormat.Number(d) : VietnameseFormat.Number(d, decimals, dropTrailingZeros: false);
    }

    /// <summary><c>vn.money amount "triệu đồng"</c> → <c>84.530 triệu đồng</c>; the unit is one of đồng, đ, nghìn đồng, triệu đồng, triệu, tỷ đồng, tỷ.</summary>
    public string Money(object? amount, string unit = "đồng", int decimals = -1)
    {
        if (amount is null) return "";
        var money = ToMoney(amount, "vn.money");
        return VietnameseFormat.Amount(money, MoneyFormatFor(unit, decimals, "vn.money"));
    }

    /// <summary><c>vn.fraction disbursed allocated "triệu đồng"</c> → <c>27.673/71.570 triệu đồng</c>.</summary>
    public string Fraction(object? part, object? whole, string unit = "đồng", int decimals = -1)
    {
        if (part is null || whole is null) return "";
        var format = MoneyFormatFor(unit, decimals, "vn.fraction");
        var bare = format with { Suffix = MoneySuffix.None };
        return VietnameseFormat.Amount(ToMoney(part, "vn.fraction"), bare) + "/" + VietnameseFormat.Amount(ToMoney(whole, "vn.fraction"), format);
    }

    /// <summary><c>vn.percent rate</c> → <c>38,66%</c> by the document's rate policy; an optional decimals count overrides the policy's for this figure.</summary>
    public string Percent(object? rate, int decimals = -1)
    {
        int? d = decimals < 0 ? null : decimals;
        return rate switch
        {
            null => "",
            Rate r when !r.IsDefined => "",
            Rate r => VietnameseFormat.Percent(r, policy, d),
            _ => VietnameseFormat.Percent(ToDecimal(rate, "vn.percent"), policy, d),
        };
    }

    /// <summary><c>vn.date d</c> → <c>ngày 05 tháng 01 năm 2020</c> (a document date may leave day or month blank).</summary>
    public string Date(object? date) => date switch
    {
        null => "",
        LocalDate d => VietnameseFormat.Date(d),
        DocumentDate d => VietnameseFormat.Date(d),
        _ => throw new ArgumentException($"vn.date expects a date, not {Describe(date)}."),
    };

    /// <summary><c>vn.short_date d</c> → <c>08/4/2022</c>; pass <c>true</c> for a two-digit month (<c>19/06/2020</c>).</summary>
    public string ShortDate(object? date, bool twoDigitMonth = false) => date switch
    {
        null => "",
        LocalDate d => VietnameseFormat.ShortDate(d, twoDigitMonth ? ShortDateStyle.TwoDigitMonth : ShortDateStyle.Decree),
        DocumentDate { IsComplete: true } d => VietnameseFormat.ShortDate(d.ToLocalDate()!.Value, twoDigitMonth ? ShortDateStyle.TwoDigitMonth : ShortDateStyle.Decree),
        _ => throw new ArgumentException($"vn.short_date expects a complete date, not {Describe(date)}."),
    };

    /// <summary><c>vn.place_date "Krông Pa" d</c> → <c>Krông Pa, ngày 15 tháng 6 năm 2021</c>.</summary>
    public string PlaceDate(string? place, object? date) => date switch
    {
        LocalDate d => VietnameseFormat.PlaceAndDate(place ?? "", d),
        DocumentDate d => VietnameseFormat.PlaceAndDate(place ?? "", d),
        _ => throw new ArgumentException($"vn.place_date expects a date, not {Describe(date)}."),
    };

    /// <summary><c>vn.period p</c> → <c>6 tháng đầu năm 2021</c>.</summary>
    public string Period(object? period) => period switch
    {
        null => "",
        ReportingPeriod p => p.Text,
        _ => throw new ArgumentException($"vn.period expects a reporting period, not {Describe(period)}."),
    };

    /// <summary><c>vn.in_words amount</c> → <c>Một trăm hai mươi lăm triệu đồng</c>; a plain number reads without the unit.</summary>
    public string InWords(object? value) => value switch
    {
        null => "",
        Model.Money m => VietnameseFormat.AmountInWords(m),
        _ => VietnameseFormat.InWords(ToDecimal(value, "vn.in_words")),
    };

    /// <summary><c>vn.upper "Ủy ban nhân dân"</c> → <c>ỦY BAN NHÂN DÂN</c>.</summary>
    public string Upper(object? text) => text is null ? "" : VietnameseFormat.ToUpper(Convert.ToString(text, CultureInfo.InvariantCulture) ?? "");

    /// <summary><c>vn.number_symbol frame.number</c> → <c>Số: 209/BC-UBND</c>.</summary>
    public string NumberSymbol(object? number) => number switch
    {
        null => "",
        DocumentNumber n => VietnameseFormat.NumberAndSymbol(n),
        _ => throw new ArgumentException($"vn.number_symbol expects a document number, not {Describe(number)}."),
    };

    // Without explicit decimals, an amount shows as many as it needs (1,5 tỷ đồng; 84.530 triệu đồng): these formats are made once.
    private static readonly MoneyFormat AutoDong = Auto(MoneyUnit.Dong, MoneySuffix.Word);
    private static readonly MoneyFormat AutoDongSymbol = Auto(MoneyUnit.Dong, MoneySuffix.Symbol);
    private static readonly MoneyFormat AutoThousands = Auto(MoneyUnit.ThousandDong, MoneySuffix.Word);
    private static readonly MoneyFormat AutoMillions = Auto(MoneyUnit.MillionDong, MoneySuffix.Word);
    private static readonly MoneyFormat AutoMillionsScaleOnly = Auto(MoneyUnit.MillionDong, MoneySuffix.ScaleOnly);
    private static readonly MoneyFormat AutoBillions = Auto(MoneyUnit.BillionDong, MoneySuffix.Word);
    private static readonly MoneyFormat AutoBillionsScaleOnly = Auto(MoneyUnit.BillionDong, MoneySuffix.ScaleOnly);
    private static readonly MoneyFormat AutoBare = Auto(MoneyUnit.Dong, MoneySuffix.None);

    internal static MoneyFormat MoneyFormatFor(string unit, int decimals, string function)
    {
        var format = (unit ?? "").Trim() switch
        {
            "đồng" => AutoDong,
            "đ" => AutoDongSymbol,
            "nghìn đồng" => AutoThousands,
            "triệu đồng" => AutoMillions,
            "triệu" => AutoMillionsScaleOnly,
            "tỷ đồng" => AutoBillions,
            "tỷ" => AutoBillionsScaleOnly,
            "" or "số" => AutoBare,
            _ => throw new ArgumentException($"{function}: unknown unit `{unit}`; use đồng, đ, nghìn đồng, triệu đồng, triệu, tỷ đồng or tỷ."),
        };
        return decimals < 0 ? format : format with { Decimals = decimals, DropTrailingZeros = false };
    }

    private static MoneyFormat Auto(MoneyUnit unit, MoneySuffix suffix) =>
        new() { Unit = unit, Suffix = suffix, Decimals = 9, DropTrailingZeros = true };

    private static Model.Money ToMoney(object value, string function) => value switch
    {
        Model.Money m => m,
        int i => new Model.Money(i),
        long l => new Model.Money(l),
        _ => throw new ArgumentException($"{function} expects an amount of money (or a whole number of đồng), not {Describe(value)}."),
    };

    private static decimal ToDecimal(object value, string function) => value switch
    {
        int i => i,
        long l => l,
        decimal m => m,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        Model.Money m => m.Dong,
        System.Numerics.BigInteger b when b >= long.MinValue && b <= long.MaxValue => (long)b,
        _ => throw new ArgumentException($"{function} expects a number, not {Describe(value)}."),
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the text \"{s}\"",
        _ => $"a value of type {value.GetType().Name}",
    };
}
