using FluentAssertions;
using GovReports.Formatting;
using GovReports.Model;

namespace GovReports.Tests.Formatting;

public sealed class VietnameseFormatTests
{
    private static readonly RatePolicy Seed001 = RatePolicy.Default;
    private static readonly RatePolicy Seed002 = RatePolicy.Truncating;

    [Theory]
    [InlineData(27_673L, 71_570L, "38,66%")]
    [InlineData(1_964L, 6_629L, "29,62%")]
    [InlineData(2_480L, 10_505L, "23,6%")]
    [InlineData(1_964L, 2_455L, "80%")]
    public void Percent_Seed002Truncating_MatchesSeed(long part, long whole, string expected) =>
        VietnameseFormat.Percent(Rate.Of(part, whole), Seed002).Should().Be(expected);

    [Fact]
    public void Percent_Seed001HalfUpOneDecimal_MatchesSeed() =>
        VietnameseFormat.Percent(Rate.Of(269, 2_342), Seed001, decimals: 1).Should().Be("11,5%");

    [Fact]
    public void Percent_Seed001HalfUpTwoDecimals_MatchesSeed() =>
        VietnameseFormat.Percent(Rate.Of(87_394, 90_330), Seed001).Should().Be("96,75%");

    [Fact]
    public void Percent_SameFigureTruncated_DiffersFromHalfUp() =>
        VietnameseFormat.Percent(Rate.Of(87_394, 90_330), Seed002).Should().Be("96,74%");

    [Fact]
    public void Percent_DecimalsOverride_KeepsPolicyRounding() =>
        VietnameseFormat.Percent(Rate.Of(269, 2_342), Seed002, decimals: 1).Should().Be("11,4%");

    [Fact]
    public void Percent_TwoDecimalsHalfUp_RoundsThirdDecimal() =>
        VietnameseFormat.Percent(Rate.Of(269, 2_342), Seed001).Should().Be("11,49%");

    [Theory]
    [InlineData("3.68", "3,68%")]
    [InlineData("54", "54%")]
    [InlineData("-4.62", "-4,62%")]
    [InlineData("99.955", "99,96%")]
    [InlineData("3.30", "3,3%")]
    public void Percent_PlainValue_NoSpaceBeforeSign(string percent, string expected) =>
        VietnameseFormat.Percent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), RatePolicy.Default)
            .Should().Be(expected);

    [Fact]
    public void Percent_KeepTrailingZeros_PadsToDecimals() =>
        VietnameseFormat.Percent(3.3m, RatePolicy.Default with { DropTrailingZeros = false }).Should().Be("3,30%");

    [Fact]
    public void Percent_KeepTrailingZerosOneDecimal_WritesZero() =>
        VietnameseFormat.Percent(3m, RatePolicy.Default with { DropTrailingZeros = false }, decimals: 1).Should().Be("3,0%");

    [Fact]
    public void Percent_ZeroWhole_Throws()
    {
        var act = () => VietnameseFormat.Percent(Rate.Of(5, 0), RatePolicy.Default);
        act.Should().Throw<ArgumentException>().WithMessage("The rate's whole is zero, so it has no percentage.*");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Percent_DecimalsOutOfRange_Throws(int decimals)
    {
        var act = () => VietnameseFormat.Percent(3.68m, RatePolicy.Default, decimals);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("decimals");
    }

    public static TheoryData<long, MoneyFormat, string> AmountCases => new()
    {
        { 5_155_540_000, MoneyFormat.Default, "5.155.540.000 đồng" },
        { 5_155_540_000, MoneyFormat.Default with { Suffix = MoneySuffix.Symbol }, "5.155.540.000đ" },
        { 84_530_000_000, MoneyFormat.Millions, "84.530 triệu đồng" },
        { 500_000_000, MoneyFormat.Millions, "500 triệu đồng" },
        { 1_500_000_000, MoneyFormat.Billions, "1,5 tỷ đồng" },
        { 113_000_000_000, MoneyFormat.Billions, "113 tỷ đồng" },
        { 1_500_000_000, MoneyFormat.Billions with { DropTrailingZeros = false }, "1,50 tỷ đồng" },
        { 84_530_000, new MoneyFormat { Unit = MoneyUnit.ThousandDong }, "84.530 nghìn đồng" },
        { 84_530_000_000, MoneyFormat.Millions with { Suffix = MoneySuffix.Symbol }, "84.530 triệu đ" },
        { 293_000_000, MoneyFormat.Millions with { Suffix = MoneySuffix.ScaleOnly }, "293 triệu" },
        { 84_530_000_000, MoneyFormat.Millions with { Suffix = MoneySuffix.None }, "84.530" },
        { 37_070_000, MoneyFormat.Millions with { Decimals = 2 }, "37,07 triệu đồng" },
        { 1_250_000, MoneyFormat.Millions with { Decimals = 1 }, "1,3 triệu đồng" },
        { 1_234_567, MoneyFormat.Millions with { Decimals = 1 }, "1,2 triệu đồng" },
        { -1_250_000, MoneyFormat.Millions with { Decimals = 1 }, "-1,3 triệu đồng" },
        { 1_499_999, MoneyFormat.Millions, "1 triệu đồng" },
        { 1_500_000, MoneyFormat.Millions, "2 triệu đồng" },
        { 0, MoneyFormat.Billions, "0 tỷ đồng" },
        { long.MaxValue, MoneyFormat.Default, "9.223.372.036.854.775.807 đồng" },
    };

    [Theory]
    [MemberData(nameof(AmountCases))]
    public void Amount_Formats_MatchSeedStyles(long dong, MoneyFormat format, string expected) =>
        VietnameseFormat.Amount(new Money(dong), format).Should().Be(expected);

    [Fact]
    public void Amount_NullFormat_UsesDefault() =>
        VietnameseFormat.Amount(new Money(1_779_000)).Should().Be("1.779.000 đồng");

    [Fact]
    public void Amount_DecimalsOutOfRange_Throws()
    {
        var act = () => VietnameseFormat.Amount(new Money(1), MoneyFormat.Default with { Decimals = 19 });
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("format");
    }

    [Theory]
    [InlineData(5, "Số: 05/BC-UBND")]
    [InlineData(209, "Số: 209/BC-UBND")]
    [InlineData(10, "Số: 10/BC-UBND")]
    public void NumberAndSymbol_Numbered_PadsBelowTen(int number, string expected) =>
        VietnameseFormat.NumberAndSymbol(new DocumentNumber(number, "BC-UBND")).Should().Be(expected);

    [Fact]
    public void NumberAndSymbol_Draft_LeavesSixSpacesAfterColon() =>
        VietnameseFormat.NumberAndSymbol(new DocumentNumber(null, "BC-UBND")).Should().Be("Số:      /BC-UBND");
}
