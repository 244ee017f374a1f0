using System.Globalization;
using FluentAssertions;
using GovReports.Formatting;

namespace GovReports.Tests.Formatting;

public sealed class NumberTextTests
{
    private static decimal D(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(999L, "999")]
    [InlineData(1_000L, "1.000")]
    [InlineData(1_779L, "1.779")]
    [InlineData(83_731L, "83.731")]
    [InlineData(5_155_540_000L, "5.155.540.000")]
    [InlineData(-1_234_567L, "-1.234.567")]
    [InlineData(-12L, "-12")]
    [InlineData(long.MaxValue, "9.223.372.036.854.775.807")]
    [InlineData(long.MinValue, "-9.223.372.036.854.775.808")]
    public void Number_Long_GroupsThousandsWithDots(long value, string expected) =>
        VietnameseFormat.Number(value).Should().Be(expected);

    [Theory]
    [InlineData("1034.6", "1.034,6")]
    [InlineData("97.229", "97,229")]
    [InlineData("1.50", "1,5")]
    [InlineData("1234567.891", "1.234.567,891")]
    [InlineData("-0.5", "-0,5")]
    [InlineData("84530", "84.530")]
    [InlineData("0.000", "0")]
    [InlineData("84530.00", "84.530")]
    [InlineData("-84530.000", "-84.530")]
    [InlineData("-0.00", "0")]
    [InlineData("9223372036854775808", "9.223.372.036.854.775.808")]
    public void Number_Decimal_WritesSignificantDecimalsAfterComma(string value, string expected) =>
        VietnameseFormat.Number(D(value)).Should().Be(expected);

    [Theory]
    [InlineData("1034.6", 2, false, "1.034,60")]
    [InlineData("1034.6", 2, true, "1.034,6")]
    [InlineData("1034.6", 0, false, "1.035")]
    [InlineData("2.345", 2, false, "2,35")]
    [InlineData("-2.345", 2, false, "-2,35")]
    [InlineData("-0.004", 2, false, "0,00")]
    [InlineData("-0.004", 2, true, "0")]
    [InlineData("97.229", 1, false, "97,2")]
    [InlineData("37.07", 2, false, "37,07")]
    [InlineData("1.999", 2, true, "2")]
    [InlineData("5", 2, false, "5,00")]
    [InlineData("5.0", 18, false, "5,000000000000000000")]
    [InlineData("-1234", 1, true, "-1.234")]
    [InlineData("-1234", 1, false, "-1.234,0")]
    [InlineData("9223372036854775808", 1, false, "9.223.372.036.854.775.808,0")]
    public void Number_WithDecimals_RoundsHalfUp(string value, int decimals, bool drop, string expected) =>
        VietnameseFormat.Number(D(value), decimals, drop).Should().Be(expected);

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    public void Number_DecimalsOutOfRange_Throws(int decimals)
    {
        var act = () => VietnameseFormat.Number(1m, decimals);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("decimals");
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79.228.162.514.264.337.593.543.950.335")]
    [InlineData("-79228162514264337593543950335", "-79.228.162.514.264.337.593.543.950.335")]
    [InlineData("0.0000000000000000000000000001", "0,0000000000000000000000000001")]
    [InlineData("-7.9228162514264337593543950335", "-7,9228162514264337593543950335")]
    public void Number_Decimal_ExtremesOfTheType_WritesEveryDigit(string value, string expected) =>
        VietnameseFormat.Number(D(value)).Should().Be(expected);

    [Fact]
    public void Number_LargestDecimalWithMostDecimals_PadsZeros()
    {
        var text = VietnameseFormat.Number(decimal.MaxValue, 18);

        text.Should().Be("79.228.162.514.264.337.593.543.950.335," + new string('0', 18));
    }

    [Fact]
    public void Group_MoreDigitsThanAnyNumber_GroupsThemAll()
    {
        var digits = string.Concat(Enumerable.Repeat("1234567890", 30));

        var grouped = NumberText.Group(digits);

        grouped.Replace(".", "", StringComparison.Ordinal).Should().Be(digits);
        grouped.Split('.').Skip(1).Should().OnlyContain(group => group.Length == 3);
    }
}
