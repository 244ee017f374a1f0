using System.Globalization;
using GovReports.Model;
using NodaTime;

namespace GovReports.Formatting;

/// <summary>Dates per Nghị định 30/2020: days below 10 and months 1 and 2 get a leading zero, months 3–12 do not.</summary>
internal static class DateText
{
    /// <summary>A blank day or month in a draft: two spaces, the width of the two digits written in later, between the single spaces around it (<c>ngày    tháng 12 năm 2022</c>).</summary>
    internal const string BlankField = "  ";

    internal static string Long(int year, int? month, int? day) =>
        "ngày " + (day is { } d ? Day(d) : BlankField)
        + " tháng " + (month is { } m ? Month(m) : BlankField)
        + " năm " + year.ToString(CultureInfo.InvariantCulture);

    internal static string Long(DocumentDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        Validate(date);
        return Long(date.Year, date.Month, date.Day);
    }

    internal static string Short(LocalDate date, ShortDateStyle style) =>
        Day(date.Day) + "/"
        + (style == ShortDateStyle.TwoDigitMonth ? TwoDigits(date.Month) : Month(date.Month)) + "/"
        + date.Year.ToString(CultureInfo.InvariantCulture);

    internal static string Day(int day) => TwoDigits(day);

    internal static string Month(int month) =>
        month <= 2 ? TwoDigits(month) : month.ToString(CultureInfo.InvariantCulture);

    private static string TwoDigits(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    private static void Validate(DocumentDate date)
    {
        if (date.Month is { } m && m is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(date), m, "The month must be between 1 and 12.");
        if (date.Day is { } d)
        {
            var max = date.Month is { } month ? CalendarSystem.Iso.GetDaysInMonth(date.Year, month) : 31;
            if (d < 1 || d > max)
                throw new ArgumentOutOfRangeException(nameof(date), d, $"The day must be between 1 and {max.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
