namespace GovReports.Formatting;

/// <summary>Culture-free casing of Vietnamese text.</summary>
internal static class VietnameseText
{
    /// <summary>Upper-cases by Unicode's invariant mapping, in NFC both before and after, so tone marks stay on their letters and <c>i</c> never becomes <c>İ</c>.</summary>
    internal static string ToUpper(string text) =>
        GovReports.Word.XmlText.Nfc(GovReports.Word.XmlText.Nfc(text).ToUpperInvariant());
}
