namespace GovReports.Formatting;

/// <summary>How the month is written in a short numeric date (<c>08/4/2022</c>).</summary>
public enum ShortDateStyle
{
    /// <summary>The decree's rule: day with two digits, months 1 and 2 with a leading zero, months 3–12 without (<c>08/4/2022</c>, <c>27/01/2021</c>).</summary>
    Decree,

    /// <summary>Day and month both with two digits (<c>19/06/2020</c>).</summary>
    TwoDigitMonth,
}
