using System.Globalization;
using FluentAssertions;
using GovReports.Formatting;
using GovReports.Model;
using NodaTime;

namespace GovReports.Tests.Formatting;

public sealed class CultureIndependenceTests
{
    private static void InCulture(string name, Action action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    [InlineData("de-DE")]
    public void KeyFormats_AnyCurrentCulture_SameOutput(string culture) => InCulture(culture, () =>
    {
        VietnameseFormat.Number(1_779L).Should().Be("1.779");
        VietnameseFormat.Number(1034.6m).Should().Be("1.034,6");
        VietnameseFormat.Number(97.229m, 2).Should().Be("97,23");
        VietnameseFormat.Percent(Rate.Of(27_673, 71_570), RatePolicy.Truncating).Should().Be("38,66%");
        VietnameseFormat.Percent(Rate.Of(269, 2_342), RatePolicy.Default, 1).Should().Be("11,5%");
        VietnameseFormat.Amount(Money.FromBillions(1.5m), MoneyFormat.Billions).Should().Be("1,5 tỷ đồng");
        VietnameseFormat.Amount(new Money(5_155_540_000), MoneyFormat.Default with { Suffix = MoneySuffix.Symbol }).Should().Be("5.155.540.000đ");
        VietnameseFormat.InWords(1_001L).Should().Be("một nghìn không trăm linh một");
        VietnameseFormat.InWords(3.68m).Should().Be("ba phẩy sáu mươi tám");
        VietnameseFormat.AmountInWords(Money.FromMillions(125)).Should().Be("Một trăm hai mươi lăm triệu đồng");
        VietnameseFormat.Date(new LocalDate(2020, 1, 5)).Should().Be("ngày 05 tháng 01 năm 2020");
        VietnameseFormat.ShortDate(new LocalDate(2022, 4, 8)).Should().Be("08/4/2022");
        VietnameseFormat.NumberAndSymbol(new DocumentNumber(5, "BC-UBND")).Should().Be("Số: 05/BC-UBND");
        VietnameseFormat.ToUpper("Ủy ban nhân dân tỉnh Lai Châu").Should().Be("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
        VietnameseFormat.ToUpper("chỉ thị").Should().NotContain("İ");
    });

    [Theory]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    public void Parsers_AnyCurrentCulture_SameResult(string culture) => InCulture(culture, () =>
    {
        VietnameseFormat.ParseNumber("1.034,6").Should().Be(1034.6m);
        VietnameseFormat.ParseNumber("84.530").Should().Be(84530m);
        VietnameseFormat.ParseMoney("84.530 TRIỆU ĐỒNG").Should().Be(Money.FromMillions(84_530));
        VietnameseFormat.ParseMoney("1,5 tỷ").Should().Be(Money.FromBillions(1.5m));
        var act = () => VietnameseFormat.ParseNumber("125.1635");
        act.Should().Throw<VietnameseParseException>().Which.Suggestion.Should().Be("\"125.163,5\" or \"1.251.635\"");
    });
}
