using FluentAssertions;
using GovReports.Model;
using GovReports.Model.Json;

namespace GovReports.Tests.Model.Json;

public class MoneyTextTests
{
    [Theory]
    [InlineData("84.530 triệu đồng", 84_530_000_000L)]
    [InlineData("1,5 tỷ đồng", 1_500_000_000L)]
    [InlineData("5.155.540.000đ", 5_155_540_000L)]
    [InlineData("5.155.540.000 đồng", 5_155_540_000L)]
    [InlineData("500 triệu", 500_000_000L)]
    [InlineData("84530 triệu đồng", 84_530_000_000L)]
    [InlineData("125,1635 triệu đồng", 125_163_500L)]
    [InlineData("60 nghìn đồng", 60_000L)]
    [InlineData("-2 triệu đồng", -2_000_000L)]
    [InlineData("113 Tỷ đồng", 113_000_000_000L)]
    public void TryParse_VietnameseAmounts_GivesWholeDong(string text, long dong)
    {
        MoneyText.TryParse(text, out var money, out _).Should().BeTrue();
        money.Should().Be(new Money(dong));
    }

    [Theory]
    [InlineData("125.1635", "each group after a '.' must have exactly 3 digits ('1635' has 4)")]
    [InlineData("1234.567 đồng", "the first group has 1 to 3 digits ('1234' has 4)")]
    [InlineData("1,5,3 tỷ", "more than one decimal comma")]
    [InlineData("0,5 đồng", "is not a whole number of đồng")]
    [InlineData("3 tỉ đồng", "write 'tỷ', not 'tỉ'")]
    [InlineData("3 USD", "unknown unit 'USD'")]
    [InlineData("triệu đồng", "must start with a number")]
    [InlineData("1,5.000 tỷ", "cannot follow the decimal comma")]
    public void TryParse_MalformedAmounts_SayWhy(string text, string reason)
    {
        MoneyText.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Theory]
    [InlineData(84_530_000_000L, "84.530 triệu đồng")]
    [InlineData(5_155_540_000L, "5.155.540.000 đồng")]
    [InlineData(0L, "0 đồng")]
    [InlineData(-1_000_000L, "-1 triệu đồng")]
    public void Format_Amounts_ReadBackToTheSameValue(long dong, string text)
    {
        MoneyText.Format(new Money(dong)).Should().Be(text);
        MoneyText.TryParse(text, out var back, out _).Should().BeTrue();
        back.Dong.Should().Be(dong);
    }
}
