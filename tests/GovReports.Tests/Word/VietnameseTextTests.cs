using FluentAssertions;
using GovReports.Model;
using GovReports.Word;

namespace GovReports.Tests.Word;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData(2020, 1, 5, "ngày 05 tháng 01 năm 2020")]
    [InlineData(2019, 6, 29, "ngày 29 tháng 6 năm 2019")]
    [InlineData(2021, 2, 10, "ngày 10 tháng 02 năm 2021")]
    [InlineData(2021, 3, 9, "ngày 09 tháng 3 năm 2021")]
    [InlineData(2021, 12, 31, "ngày 31 tháng 12 năm 2021")]
    public void Date_CompleteDates_LeadingZerosPerDecree(int y, int m, int d, string expected)
    {
        VietnameseText.Date(new DocumentDate(y, m, d)).Should().Be(expected);
    }

    [Fact]
    public void Date_Drafts_LeaveBlanks()
    {
        VietnameseText.Date(new DocumentDate(2022, 12)).Should().Be("ngày    tháng 12 năm 2022");
        VietnameseText.Date(new DocumentDate(2022)).Should().Be("ngày    tháng    năm 2022");
    }

    [Theory]
    [InlineData("Ủy ban nhân dân huyện Krông Pa", "ỦY BAN NHÂN DÂN HUYỆN KRÔNG PA")]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")]
    [InlineData("điều chỉnh ưu đãi", "ĐIỀU CHỈNH ƯU ĐÃI")]
    public void Upper_Vietnamese_InvariantAndNfc(string text, string expected)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            VietnameseText.Upper(text).Should().Be(expected);
            VietnameseText.Upper(text.Normalize(System.Text.NormalizationForm.FormD)).Should().Be(expected);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
