using FluentAssertions;
using GovReports.Formatting;
using GovReports.Model;

namespace GovReports.Tests.Formatting;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData(0L, "không")]
    [InlineData(1L, "một")]
    [InlineData(4L, "bốn")]
    [InlineData(5L, "năm")]
    [InlineData(10L, "mười")]
    [InlineData(11L, "mười một")]
    [InlineData(14L, "mười bốn")]
    [InlineData(15L, "mười lăm")]
    [InlineData(20L, "hai mươi")]
    [InlineData(21L, "hai mươi mốt")]
    [InlineData(24L, "hai mươi tư")]
    [InlineData(25L, "hai mươi lăm")]
    [InlineData(44L, "bốn mươi tư")]
    [InlineData(55L, "năm mươi lăm")]
    [InlineData(91L, "chín mươi mốt")]
    [InlineData(100L, "một trăm")]
    [InlineData(101L, "một trăm linh một")]
    [InlineData(104L, "một trăm linh bốn")]
    [InlineData(105L, "một trăm linh năm")]
    [InlineData(110L, "một trăm mười")]
    [InlineData(111L, "một trăm mười một")]
    [InlineData(115L, "một trăm mười lăm")]
    [InlineData(121L, "một trăm hai mươi mốt")]
    [InlineData(999L, "chín trăm chín mươi chín")]
    [InlineData(1_000L, "một nghìn")]
    [InlineData(1_001L, "một nghìn không trăm linh một")]
    [InlineData(1_005L, "một nghìn không trăm linh năm")]
    [InlineData(1_010L, "một nghìn không trăm mười")]
    [InlineData(1_032L, "một nghìn không trăm ba mươi hai")]
    [InlineData(1_100L, "một nghìn một trăm")]
    [InlineData(2_002L, "hai nghìn không trăm linh hai")]
    [InlineData(10_005L, "mười nghìn không trăm linh năm")]
    [InlineData(12_345L, "mười hai nghìn ba trăm bốn mươi lăm")]
    [InlineData(100_000L, "một trăm nghìn")]
    [InlineData(1_000_000L, "một triệu")]
    [InlineData(1_000_001L, "một triệu không trăm linh một")]
    [InlineData(1_000_100L, "một triệu một trăm")]
    [InlineData(1_001_000L, "một triệu không trăm linh một nghìn")]
    [InlineData(1_010_000L, "một triệu không trăm mười nghìn")]
    [InlineData(1_234_567L, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy")]
    [InlineData(125_000_000L, "một trăm hai mươi lăm triệu")]
    [InlineData(1_000_000_000L, "một tỷ")]
    [InlineData(1_005_000_000L, "một tỷ không trăm linh năm triệu")]
    [InlineData(2_000_000_001L, "hai tỷ không trăm linh một")]
    [InlineData(5_155_540_000L, "năm tỷ một trăm năm mươi lăm triệu năm trăm bốn mươi nghìn")]
    [InlineData(71_570_000_000L, "bảy mươi mốt tỷ năm trăm bảy mươi triệu")]
    [InlineData(84_530_000_000L, "tám mươi tư tỷ năm trăm ba mươi triệu")]
    [InlineData(113_000_000_000L, "một trăm mười ba tỷ")]
    [InlineData(1_000_000_000_000L, "một nghìn tỷ")]
    [InlineData(1_000_000_000_001L, "một nghìn tỷ không trăm linh một")]
    [InlineData(1_005_000_000_000L, "một nghìn không trăm linh năm tỷ")]
    [InlineData(10_000_000_000_000L, "mười nghìn tỷ")]
    [InlineData(1_000_000_000_000_000_000L, "một tỷ tỷ")]
    [InlineData(long.MaxValue, "chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy")]
    [InlineData(-5L, "âm năm")]
    [InlineData(-1_032L, "âm một nghìn không trăm ba mươi hai")]
    [InlineData(long.MinValue, "âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám")]
    public void InWords_Long_ReadsByNorthernRules(long value, string expected) =>
        VietnameseFormat.InWords(value).Should().Be(expected);

    [Theory]
    [InlineData(101L, "một trăm lẻ một")]
    [InlineData(1_001L, "một ngàn không trăm lẻ một")]
    [InlineData(24_000L, "hai mươi tư ngàn")]
    [InlineData(1_000_000_000_000L, "một ngàn tỷ")]
    public void InWords_SouthernVariants_UsesLeAndNgan(long value, string expected) =>
        VietnameseFormat.InWords(value, InWordsOptions.Southern).Should().Be(expected);

    [Theory]
    [InlineData(24L, "hai mươi bốn")]
    [InlineData(14L, "mười bốn")]
    [InlineData(21L, "hai mươi mốt")]
    public void InWords_TuOff_ReadsBon(long value, string expected) =>
        VietnameseFormat.InWords(value, new InWordsOptions { FourAfterTensAsTu = false }).Should().Be(expected);

    [Theory]
    [InlineData("1034.6", "một nghìn không trăm ba mươi tư phẩy sáu")]
    [InlineData("3.68", "ba phẩy sáu mươi tám")]
    [InlineData("0.5", "không phẩy năm")]
    [InlineData("1.05", "một phẩy không năm")]
    [InlineData("1.50", "một phẩy năm")]
    [InlineData("-2.5", "âm hai phẩy năm")]
    [InlineData("12", "mười hai")]
    [InlineData("0", "không")]
    [InlineData("-0.0", "không")]
    public void InWords_Decimal_ReadsDecimalsAfterPhay(string value, string expected) =>
        VietnameseFormat.InWords(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    [InlineData(125_000_000L, "Một trăm hai mươi lăm triệu đồng")]
    [InlineData(5_155_540_000L, "Năm tỷ một trăm năm mươi lăm triệu năm trăm bốn mươi nghìn đồng")]
    [InlineData(0L, "Không đồng")]
    [InlineData(-1_000L, "Âm một nghìn đồng")]
    public void AmountInWords_Money_CapitalisedWithDong(long dong, string expected) =>
        VietnameseFormat.AmountInWords(new Money(dong)).Should().Be(expected);

    [Fact]
    public void AmountInWords_InBangChuLine_MatchesDecreeExample() =>
        $"(Bằng chữ: {VietnameseFormat.AmountInWords(Money.FromMillions(125))})"
            .Should().Be("(Bằng chữ: Một trăm hai mươi lăm triệu đồng)");

    [Fact]
    public void InWords_NeverWritesTi() =>
        VietnameseFormat.InWords(113_000_000_000L).Should().NotContain("tỉ");
}
