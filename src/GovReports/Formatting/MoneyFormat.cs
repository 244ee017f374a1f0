namespace GovReports.Formatting;

/// <summary>The unit an amount of money is stated in.</summary>
public enum MoneyUnit
{
    /// <summary>Đồng: <c>5.155.540.000 đồng</c>.</summary>
    Dong,

    /// <summary>Nghìn đồng (thousands): <c>84.530 nghìn đồng</c>.</summary>
    ThousandDong,

    /// <summary>Triệu đồng (millions): <c>84.530 triệu đồng</c>.</summary>
    MillionDong,

    /// <summary>Tỷ đồng (billions, spelled <c>tỷ</c>, never <c>tỉ</c>): <c>1,5 tỷ đồng</c>.</summary>
    BillionDong,
}

/// <summary>How the unit is written after the number.</summary>
public enum MoneySuffix
{
    /// <summary>The unit in words after a space: <c>84.530 triệu đồng</c>, <c>5.155.540.000 đồng</c>.</summary>
    Word,

    /// <summary>The short sign <c>đ</c>, attached to đồng (<c>5.155.540.000đ</c>) and after the scale word otherwise (<c>84.530 triệu đ</c>).</summary>
    Symbol,

    /// <summary>Only the scale word, without đồng (<c>293 triệu</c>); nothing for plain đồng.</summary>
    ScaleOnly,

    /// <summary>The number alone (<c>84.530</c>), for table cells whose header names the unit.</summary>
    None,
}

/// <summary>How an amount of money is printed: unit, decimals and suffix.</summary>
/// <remarks>
/// An amount that does not divide evenly at the chosen decimals is rounded half away from zero
/// (1.234.567 đồng in triệu đồng with 1 decimal is <c>1,2 triệu đồng</c>; 1.250.000 đồng is <c>1,3 triệu đồng</c>).
/// </remarks>
public sealed record MoneyFormat
{
    /// <summary>The unit the amount is stated in.</summary>
    /// <value>The default value is <see cref="MoneyUnit.Dong"/>.</value>
    public MoneyUnit Unit { get; init; } = MoneyUnit.Dong;

    /// <summary>The number of decimals kept after the decimal comma (0–18).</summary>
    /// <value>The default value is 0.</value>
    public int Decimals { get; init; }

    /// <summary>Whether trailing zeros after the decimal comma are dropped (<c>1,5 tỷ đồng</c> rather than <c>1,50 tỷ đồng</c>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DropTrailingZeros { get; init; } = true;

    /// <summary>How the unit is written after the number.</summary>
    /// <value>The default value is <see cref="MoneySuffix.Word"/>.</value>
    public MoneySuffix Suffix { get; init; } = MoneySuffix.Word;

    /// <summary>Whole đồng with the word <c>đồng</c>: <c>5.155.540.000 đồng</c>.</summary>
    public static MoneyFormat Default { get; } = new();

    /// <summary>Whole triệu đồng: <c>84.530 triệu đồng</c>.</summary>
    public static MoneyFormat Millions { get; } = new() { Unit = MoneyUnit.MillionDong };

    /// <summary>Tỷ đồng with up to two decimals: <c>1,5 tỷ đồng</c>, <c>113 tỷ đồng</c>.</summary>
    public static MoneyFormat Billions { get; } = new() { Unit = MoneyUnit.BillionDong, Decimals = 2 };
}
