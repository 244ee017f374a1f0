using System.Globalization;
using System.Text;
using GovReports.Model;

namespace GovReports.Word;

// Small local copies of Vietnamese formatting rules the writer needs; GovReports.Formatting owns the general ones.
internal static class VietnameseText
{
    /// <summary>Upper case by the invariant culture (<c>Ủy ban nhân dân</c> → <c>ỦY BAN NHÂN DÂN</c>), NFC.</summary>
    public static string Upper(string text) =>
        text.Normalize(NormalizationForm.FormC).ToUpperInvariant().Normalize(NormalizationForm.FormC);

    /// <summary>The date words of the decree: <c>ngày 05 tháng 01 năm 2020</c>, <c>ngày 15 tháng 6 năm 2021</c>, drafts <c>ngày    tháng 12 năm 2022</c>.</summary>
    public static string Date(DocumentDate date)
    {
        var day = date.Day is { } d ? " " + d.ToString("00", CultureInfo.InvariantCulture) + " " : "    ";
        var month = date.Month is { } m ? " " + m.ToString(m <= 2 ? "00" : "0", CultureInfo.InvariantCulture) + " " : "    ";
        return "ngày" + day + "tháng" + month + "năm " + date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The place-and-date line: <c>Krông Pa, ngày 15 tháng 6 năm 2021</c>.</summary>
    public static string PlaceAndDate(string place, DocumentDate date) => place + ", " + Date(date);

    /// <summary>The text without the punctuation a list item ends with, so the writer can add <c>;</c> or <c>.</c>.</summary>
    public static string TrimEndPunctuation(string text) => text.TrimEnd().TrimEnd(';', '.', ',').TrimEnd();
}
