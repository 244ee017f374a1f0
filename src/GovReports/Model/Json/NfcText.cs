using GovReports.Word;

namespace GovReports.Model.Json;

/// <summary>Brings loaded strings to NFC, skipping the normaliser for the text nearly all data holds.</summary>
internal static class NfcText
{
    /// <summary>The text in NFC, with the characters normalization cannot take replaced as <see cref="XmlText.Nfc"/> does; the same string when it is already NFC.</summary>
    public static string Normalize(string text) => IsPlainNfc(text) ? text : XmlText.Nfc(text);

    /// <summary>
    /// Whether every character is below U+0300 or in Latin Extended Additional (U+1E00–U+1EFF), which is where ASCII and
    /// precomposed Vietnamese letters (<c>ă â đ ê ô ơ ư</c> and every toned vowel) live.
    /// </summary>
    /// <remarks>
    /// None of these characters has a decomposition that NFC undoes or a combining class other than 0, so text made of them
    /// alone is NFC (the Unicode quick check answers "yes" for it); combining marks start at U+0300.
    /// </remarks>
    public static bool IsPlainNfc(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0300', '\u1DFF') < 0 && text.IndexOfAnyInRange('\u1F00', '\uFFFF') < 0;
}
