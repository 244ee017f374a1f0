using FluentAssertions;
using GovReports.Formatting;
using GovReports.Model;
using NodaTime;

namespace GovReports.Tests.Formatting;

public sealed class DateTextTests
{
    [Theory]
    [InlineData(2020, 1, 5, "ngày 05 tháng 01 năm 2020")]
    [InlineData(2019, 6, 29, "ngày 29 tháng 6 năm 2019")]
    [InlineData(2021, 6, 15, "ngày 15 tháng 6 năm 2021")]
    [InlineData(2022, 2, 9, "ngày 09 tháng 02 năm 2022")]
    [InlineData(2022, 3, 1, "ngày 01 tháng 3 năm 2022")]
    [InlineData(2022, 10, 10, "ngày 10 tháng 10 năm 2022")]
    [InlineData(2022, 12, 31, "ngày 31 tháng 12 năm 2022")]
    public void Date_LocalDate_LeadingZerosPerDecree(int year, int month, int day, string expected) =>
        VietnameseFormat.Date(new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void Date_DocumentDateComplete_SameAsLocalDate() =>
        VietnameseFormat.Date(new DocumentDate(2020, 1, 5)).Should().Be("ngày 05 tháng 01 năm 2020");

    [Fact]
    public void Date_DraftWithoutDay_LeavesTwoSpaceBlank() =>
        VietnameseFormat.Date(new DocumentDate(2022, 12)).Should().Be("ngày    tháng 12 năm 2022");

    [Fact]
    public void Date_DraftWithoutDayOrMonth_LeavesBothBlank() =>
        VietnameseFormat.Date(new DocumentDate(2022)).Should().Be("ngày    tháng    năm 2022");

    [Theory]
    [InlineData(2021, 2, 30)]
    [InlineData(2021, 13, 1)]
    [InlineData(2021, 0, null)]
    [InlineData(2021, 6, 0)]
    public void Date_DocumentDateOutOfRange_Throws(int year, int? month, int? day)
    {
        var act = () => VietnameseFormat.Date(new DocumentDate(year, month, day));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void PlaceAndDate_Seed001_MatchesHeader() =>
        VietnameseFormat.PlaceAndDate("Krông Pa", new DocumentDate(2021, 6, 15)).Should().Be("Krông Pa, ngày 15 tháng 6 năm 2021");

    [Fact]
    public void PlaceAndDate_LocalDate_MatchesHeader() =>
        VietnameseFormat.PlaceAndDate("Krông Pa", new LocalDate(2021, 6, 15)).Should().Be("Krông Pa, ngày 15 tháng 6 năm 2021");

    [Fact]
    public void PlaceAndDate_Seed002Draft_LeavesDayBlank() =>
        VietnameseFormat.PlaceAndDate("Phong Thổ", new DocumentDate(2022, 12)).Should().Be("Phong Thổ, ngày    tháng 12 năm 2022");

    [Theory]
    [InlineData(2021, 5, 7, "07/5/2021")]
    [InlineData(2021, 3, 22, "22/3/2021")]
    [InlineData(2022, 4, 8, "08/4/2022")]
    [InlineData(2022, 6, 30, "30/6/2022")]
    [InlineData(2016, 6, 28, "28/6/2016")]
    [InlineData(2018, 5, 3, "03/5/2018")]
    [InlineData(2022, 12, 22, "22/12/2022")]
    [InlineData(2021, 1, 27, "27/01/2021")]
    [InlineData(2022, 1, 18, "18/01/2022")]
    [InlineData(2019, 12, 26, "26/12/2019")]
    public void ShortDate_Decree_MatchesSeeds(int year, int month, int day, string expected) =>
        VietnameseFormat.ShortDate(new LocalDate(year, month, day)).Should().Be(expected);

    [Theory]
    [InlineData(2020, 6, 19, "19/06/2020")]
    [InlineData(2022, 12, 22, "22/12/2022")]
    [InlineData(2018, 5, 3, "03/05/2018")]
    public void ShortDate_TwoDigitMonth_PadsMonth(int year, int month, int day, string expected) =>
        VietnameseFormat.ShortDate(new LocalDate(year, month, day), ShortDateStyle.TwoDigitMonth).Should().Be(expected);
}
