namespace GovReports.Word;

/// <summary>Tells text that is NFC by the characters it is made of, so <see cref="XmlText.Nfc"/> can skip the normaliser for the text nearly all reports hold.</summary>
internal static class NfcText
{
    /// <summary>
    /// Whether every character is below U+0300, in Latin Extended Additional (U+1E00–U+1EFF) or in General Punctuation
    /// from U+2010 to U+205F: ASCII, precomposed Vietnamese letters (<c>ă â đ ê ô ơ ư</c> and every toned vowel), dashes,
    /// curly quotes and the ellipsis.
    /// </summary>
    /// <remarks>
    /// None of these characters has a decomposition that NFC undoes or a combining class other than 0, and none composes
    /// with the character before it, so text made of them alone is NFC (the Unicode quick check answers "yes" for it);
    /// combining marks start at U+0300. The spaces U+2000–U+200F are left out: U+2000 and U+2001 decompose to U+2002
    /// and U+2003. Lone surrogates, U+FFFE and U+FFFF are outside the set too, so such text needs no replacing either.
    /// </remarks>
    public static bool IsPlainNfc(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0300', '\u1DFF') < 0
        && text.IndexOfAnyInRange('\u1F00', '\u200F') < 0
        && text.IndexOfAnyInRange('\u2060', '\uFFFF') < 0;
}
