namespace GovReports.Model;

/// <summary>How a document rounds the percentages it prints.</summary>
public enum RateRounding
{
    /// <summary>Round half away from zero (seed 001: 269/2.342 → 11,5%).</summary>
    HalfUp,

    /// <summary>Cut the extra digits (seed 002: 27.673/71.570 → 38,66%).</summary>
    Truncate,
}

/// <summary>A document's policy for printing rates: decimals, rounding and trailing zeros.</summary>
public sealed record RatePolicy
{
    /// <summary>The number of decimals kept.</summary>
    /// <value>The default value is 2.</value>
    public int Decimals { get; init; } = 2;

    /// <summary>How extra digits are removed.</summary>
    /// <value>The default value is <see cref="RateRounding.HalfUp"/>.</value>
    public RateRounding Rounding { get; init; } = RateRounding.HalfUp;

    /// <summary>Whether trailing zeros after the decimal comma are dropped (<c>80%</c> rather than <c>80,00%</c>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DropTrailingZeros { get; init; } = true;

    /// <summary>Two decimals, half-up, trailing zeros dropped.</summary>
    public static RatePolicy Default { get; } = new();

    /// <summary>Two decimals, truncated, trailing zeros dropped.</summary>
    public static RatePolicy Truncating { get; } = new() { Rounding = RateRounding.Truncate };

    /// <summary>Rounds a percentage value according to this policy.</summary>
    public decimal Apply(decimal percent)
    {
        if (Decimals is < 0 or > 10) throw new InvalidOperationException(FormattableString.Invariant($"RatePolicy.Decimals must be between 0 and 10, not {Decimals}."));
        return Rounding == RateRounding.Truncate
            ? Truncate(percent, Decimals)
            : Math.Round(percent, Decimals, MidpointRounding.AwayFromZero);
    }

    private static decimal Truncate(decimal value, int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++) factor *= 10m;
        return decimal.Truncate(value * factor) / factor;
    }
}

/// <summary>A share computed from a part and a whole (<c>27.673/71.570 → 38,66%</c>). Rates are always computed, never typed in.</summary>
/// <param name="Part">The part (numerator).</param>
/// <param name="Whole">The whole (denominator, the base).</param>
public readonly record struct Rate(decimal Part, decimal Whole)
{
    /// <summary>Creates a rate from two amounts of money.</summary>
    public static Rate Of(Money part, Money whole) => new(part.Dong, whole.Dong);

    /// <summary>Creates a rate from two counts.</summary>
    public static Rate Of(long part, long whole) => new(part, whole);

    /// <summary>Whether the rate can be computed (the whole is not zero).</summary>
    public bool IsDefined => Whole != 0;

    /// <summary>The exact percentage (part ÷ whole × 100), or <see langword="null"/> when the whole is zero.</summary>
    public decimal? Percent => Whole == 0 ? null : Part * 100m / Whole;

    /// <summary>The percentage rounded by <paramref name="policy"/>, or <see langword="null"/> when the whole is zero.</summary>
    public decimal? PercentBy(RatePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Percent is { } p ? policy.Apply(p) : null;
    }
}
