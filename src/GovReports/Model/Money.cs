namespace GovReports.Model;

/// <summary>An exact amount of Vietnamese đồng (VND). Reports state amounts in đồng, triệu đồng or tỷ đồng; the model keeps one exact value.</summary>
/// <param name="Dong">The amount in đồng.</param>
public readonly record struct Money(long Dong) : IComparable<Money>
{
    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary>One million đồng (triệu đồng).</summary>
    public const long DongPerMillion = 1_000_000;

    /// <summary>One billion đồng (tỷ đồng).</summary>
    public const long DongPerBillion = 1_000_000_000;

    /// <summary>Creates an amount from a number of triệu đồng; the result must be a whole number of đồng.</summary>
    /// <exception cref="ArgumentException">The value is not a whole number of đồng.</exception>
    public static Money FromMillions(decimal millions) => FromUnit(millions, DongPerMillion, nameof(millions));

    /// <summary>Creates an amount from a number of tỷ đồng; the result must be a whole number of đồng.</summary>
    /// <exception cref="ArgumentException">The value is not a whole number of đồng.</exception>
    public static Money FromBillions(decimal billions) => FromUnit(billions, DongPerBillion, nameof(billions));

    /// <summary>The amount in triệu đồng.</summary>
    public decimal Millions => (decimal)Dong / DongPerMillion;

    /// <summary>The amount in tỷ đồng.</summary>
    public decimal Billions => (decimal)Dong / DongPerBillion;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Dong < 0;

    /// <inheritdoc />
    public int CompareTo(Money other) => Dong.CompareTo(other.Dong);

    /// <summary>Adds two amounts, failing on overflow.</summary>
    public static Money operator +(Money a, Money b) => new(checked(a.Dong + b.Dong));

    /// <summary>Subtracts two amounts, failing on overflow.</summary>
    public static Money operator -(Money a, Money b) => new(checked(a.Dong - b.Dong));

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Money a, Money b) => a.Dong < b.Dong;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Money a, Money b) => a.Dong > b.Dong;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Money a, Money b) => a.Dong <= b.Dong;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Money a, Money b) => a.Dong >= b.Dong;

    /// <summary>The sum of several amounts.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero;
        foreach (var m in amounts) total += m;
        return total;
    }

    /// <summary>The amount in đồng with invariant digits, for diagnostics; use the formatting functions for documents.</summary>
    public override string ToString() => Dong.ToString(System.Globalization.CultureInfo.InvariantCulture) + " VND";

    private static Money FromUnit(decimal value, long unit, string param)
    {
        var dong = value * unit;
        if (dong != decimal.Truncate(dong))
            throw new ArgumentException($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} × {unit} is not a whole number of đồng.", param);
        return new Money(decimal.ToInt64(dong));
    }
}
