using System.Globalization;
using System.Text;
using FluentAssertions;
using GovReports.Formatting;
using GovReports.Model;

namespace GovReports.Tests.Formatting;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("84.530", "84530")]
    [InlineData("1.034,6", "1034.6")]
    [InlineData("1.779", "1779")]
    [InlineData("84530", "84530")]
    [InlineData("97,229", "97.229")]
    [InlineData(" 3,68 ", "3.68")]
    [InlineData("-1.234,5", "-1234.5")]
    [InlineData("0,5", "0.5")]
    [InlineData("01", "1")]
    [InlineData("5.155.540.000", "5155540000")]
    public void ParseNumber_Vietnamese_ReadsValue(string text, string expected) =>
        VietnameseFormat.ParseNumber(text).Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("125.1635", 4, "Cannot read \"125.1635\" at character 5: the group \"1635\" after \".\" has 4 digits, but a thousands group must have exactly 3. Did you mean \"125.163,5\" or \"1.251.635\"?")]
    [InlineData("84.53", 3, "Cannot read \"84.53\" at character 4: the group \"53\" after \".\" has 2 digits, but a thousands group must have exactly 3. Did you mean \"84,53\" or \"8.453\"?")]
    [InlineData("1.2345.678", 2, "Cannot read \"1.2345.678\" at character 3: the group \"2345\" after \".\" has 4 digits, but a thousands group must have exactly 3. Did you mean \"12.345.678\"?")]
    [InlineData("1234.567", 0, "Cannot read \"1234.567\" at character 1: the group \"1234\" before the first \".\" has 4 digits; with thousands dots the first group has 1 to 3 digits. Did you mean \"1.234,567\" or \"1.234.567\"?")]
    [InlineData("", 0, "Cannot read \"\" at character 1: the text is empty.")]
    [InlineData("   ", 0, "Cannot read \"   \" at character 1: the text is empty.")]
    [InlineData("12a", 2, "Cannot read \"12a\" at character 3: unexpected character 'a'.")]
    [InlineData("abc", 0, "Cannot read \"abc\" at character 1: the text must start with a number.")]
    [InlineData("84.", 2, "Cannot read \"84.\" at character 3: a \".\" must be followed by a thousands group of 3 digits.")]
    [InlineData("1,", 1, "Cannot read \"1,\" at character 2: a \",\" must be followed by at least one decimal digit.")]
    [InlineData("1,5,6", 3, "Cannot read \"1,5,6\" at character 4: more than one decimal comma.")]
    [InlineData("-", 1, "Cannot read \"-\" at character 2: a digit was expected.")]
    [InlineData("84 530", 2, "Cannot read \"84 530\" at character 3: unexpected character ' '.")]
    public void ParseNumber_Malformed_ThrowsWithExactMessage(string text, int position, string message)
    {
        var act = () => VietnameseFormat.ParseNumber(text);
        var error = act.Should().Throw<VietnameseParseException>().Which;
        error.Message.Should().Be(message);
        error.Text.Should().Be(text);
        error.Position.Should().Be(position);
    }

    [Fact]
    public void ParseNumber_GroupTooLong_CarriesReasonAndSuggestion()
    {
        var error = Assert.Throws<VietnameseParseException>(() => VietnameseFormat.ParseNumber("125.1635"));
        error.Should().BeAssignableTo<FormatException>();
        error.Reason.Should().Be("the group \"1635\" after \".\" has 4 digits, but a thousands group must have exactly 3");
        error.Suggestion.Should().Be("\"125.163,5\" or \"1.251.635\"");
    }

    [Theory]
    [InlineData("1.779", 1_779L)]
    [InlineData("-83.731", -83_731L)]
    [InlineData("9.223.372.036.854.775.807", long.MaxValue)]
    public void ParseInteger_Whole_ReadsValue(string text, long expected) =>
        VietnameseFormat.ParseInteger(text).Should().Be(expected);

    [Theory]
    [InlineData("1,5", "Cannot read \"1,5\" at character 2: a whole number was expected, without decimals.")]
    [InlineData("9.223.372.036.854.775.808", "Cannot read \"9.223.372.036.854.775.808\" at character 1: the number is too large for a whole number (at most 9.223.372.036.854.775.807).")]
    public void ParseInteger_NotWholeOrTooLarge_Throws(string text, string message)
    {
        var act = () => VietnameseFormat.ParseInteger(text);
        act.Should().Throw<VietnameseParseException>().Which.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("84.530 triệu đồng", 84_530_000_000L)]
    [InlineData("1,5 tỷ đồng", 1_500_000_000L)]
    [InlineData("5.155.540.000đ", 5_155_540_000L)]
    [InlineData("5.155.540.000 đ", 5_155_540_000L)]
    [InlineData("5.155.540.000 đồng", 5_155_540_000L)]
    [InlineData("113 tỷ", 113_000_000_000L)]
    [InlineData("293 triệu", 293_000_000L)]
    [InlineData("37,07 triệu đồng", 37_070_000L)]
    [InlineData("84.530 nghìn đồng", 84_530_000L)]
    [InlineData("84.530 ngàn", 84_530_000L)]
    [InlineData("84.530 triệu đ", 84_530_000_000L)]
    [InlineData("500", 500L)]
    [InlineData("-1,5 tỷ", -1_500_000_000L)]
    [InlineData("  84.530   triệu   đồng ", 84_530_000_000L)]
    [InlineData("84.530 Triệu Đồng", 84_530_000_000L)]
    public void ParseMoney_NumberAndUnit_ReadsWholeDong(string text, long expected) =>
        VietnameseFormat.ParseMoney(text).Should().Be(new Money(expected));

    [Fact]
    public void ParseMoney_DecomposedUnit_ReadsAfterNormalising() =>
        VietnameseFormat.ParseMoney("84.530 triệu đồng".Normalize(NormalizationForm.FormD)).Should().Be(new Money(84_530_000_000));

    [Fact]
    public void ParseMoney_DecomposedInvalidUnit_ReportsNfcText()
    {
        var error = Assert.Throws<VietnameseParseException>(() => VietnameseFormat.ParseMoney("5 tỉ".Normalize(NormalizationForm.FormD)));
        error.Text.Should().Be("5 tỉ");
        error.Position.Should().Be(2);
    }

    [Theory]
    [InlineData("125.1635 triệu đồng", "Cannot read \"125.1635 triệu đồng\" at character 5: the group \"1635\" after \".\" has 4 digits, but a thousands group must have exactly 3. Did you mean \"125.163,5 triệu đồng\" or \"1.251.635 triệu đồng\"?")]
    [InlineData("1,5 đồng", "Cannot read \"1,5 đồng\" at character 1: 1,5 đồng is not a whole number of đồng.")]
    [InlineData("5 tỉ đồng", "Cannot read \"5 tỉ đồng\" at character 3: write \"tỷ\", not \"tỉ\". Did you mean \"5 tỷ đồng\"?")]
    [InlineData("5triệu", "Cannot read \"5triệu\" at character 2: a space is needed between the number and \"triệu\". Did you mean \"5 triệu\"?")]
    [InlineData("10.000.000.000 tỷ", "Cannot read \"10.000.000.000 tỷ\" at character 1: the amount is too large (at most 9.223.372.036.854.775.807 đồng).")]
    [InlineData("84.530/", "Cannot read \"84.530/\" at character 7: unexpected character '/'.")]
    public void ParseMoney_Invalid_ThrowsWithExactMessage(string text, string message)
    {
        var act = () => VietnameseFormat.ParseMoney(text);
        act.Should().Throw<VietnameseParseException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void ParseMoney_DigitsLongerThanTheStackBuffer_ReadOrRefusedAsAnyOther()
    {
        // Over 64 characters of digits take the heap buffer: a value that fits still reads, one that does not is refused.
        var zeros = "0," + new string('0', 80) + " tỷ đồng";
        VietnameseFormat.ParseMoney(zeros).Dong.Should().Be(0);
        var huge = "1" + string.Concat(Enumerable.Repeat(".000", 20)) + " đồng";
        var act = () => VietnameseFormat.ParseMoney(huge);
        act.Should().Throw<VietnameseParseException>().Which.Message.Should().Contain("the number is too large");
    }

    [Theory]
    [InlineData("5 triệu đồng", 5_000_000)]
    [InlineData("5  Triệu   Đồng ", 5_000_000)]
    [InlineData("1,5 TỶ", 1_500_000_000)]
    [InlineData("5.155.540.000đ", 5_155_540_000)]
    public void ParseMoney_UnitsAsListedOrOtherwiseSpaced_ReadTheSame(string text, long dong)
    {
        VietnameseFormat.ParseMoney(text).Dong.Should().Be(dong);
    }

    [Fact]
    public void TryParseNumber_Malformed_ReturnsFalse()
    {
        VietnameseFormat.TryParseNumber("125.1635", out var value).Should().BeFalse();
        value.Should().Be(0m);
        VietnameseFormat.TryParseNumber(null, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseNumber_Valid_ReturnsValue()
    {
        VietnameseFormat.TryParseNumber("1.034,6", out var value).Should().BeTrue();
        value.Should().Be(1034.6m);
    }

    [Fact]
    public void TryParseMoney_ValidAndInvalid_ReportsSuccess()
    {
        VietnameseFormat.TryParseMoney("84.530 triệu đồng", out var money).Should().BeTrue();
        money.Should().Be(Money.FromMillions(84_530));
        VietnameseFormat.TryParseMoney("84.530 tỉ", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(84_530_000_000L)]
    [InlineData(1_500_000_000L)]
    [InlineData(-37_070_000L)]
    public void ParseMoney_FormattedAmount_RoundTrips(long dong)
    {
        var money = new Money(dong);
        foreach (var format in new[] { MoneyFormat.Default, MoneyFormat.Millions with { Decimals = 2 }, MoneyFormat.Default with { Suffix = MoneySuffix.Symbol }, new MoneyFormat { Unit = MoneyUnit.ThousandDong } })
            VietnameseFormat.ParseMoney(VietnameseFormat.Amount(money, format)).Should().Be(money);
    }
}
