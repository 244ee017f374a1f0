using System.Text;
using FluentAssertions;
using GovReports.Word;

namespace GovReports.Tests.Word;

public class NfcTextTests
{
    private static IEnumerable<char> PlainCharacters() =>
        Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Concat(Enumerable.Range(0x2010, 0x50)).Select(c => (char)c);

    [Fact]
    public void IsPlainNfc_EveryPairOfPlainCharacters_IsNfc()
    {
        // Normalization works on neighbours, so every pair (not just every character) must already be NFC.
        var plain = PlainCharacters().ToArray();
        var notNfc = new List<string>();
        var pair = new char[2];
        foreach (var a in plain)
        {
            foreach (var b in plain)
            {
                pair[0] = a;
                pair[1] = b;
                var text = new string(pair);
                NfcText.IsPlainNfc(text).Should().BeTrue();
                if (!text.IsNormalized(NormalizationForm.FormC)) notNfc.Add(text);
            }
        }
        notNfc.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Tho\u0302")]
    [InlineData("a\u0301")]
    [InlineData("\u212B")]
    [InlineData("\uFB01")]
    [InlineData("x\uFFFE")]
    [InlineData("😀")]
    [InlineData("a\u2000b")]
    [InlineData("\u2126")]
    public void IsPlainNfc_CombiningMarksAndOtherBlocks_AreLeftToTheNormalizer(string text)
    {
        NfcText.IsPlainNfc(text).Should().BeFalse();
    }

    [Theory]
    [InlineData("Ủy ban nhân dân huyện Phong Thổ", "Ủy ban nhân dân huyện Phong Thổ")]
    [InlineData("Tho\u0302", "Thô")]
    [InlineData("U\u031By ban", "Ưy ban")]
    [InlineData("\u212B", "\u00C5")]
    public void Nfc_Text_IsNfcWithInvalidCodePointsReplaced(string text, string expected)
    {
        XmlText.Nfc(text).Should().Be(expected);
    }

    [Fact]
    public void Nfc_LoneSurrogate_IsReplaced()
    {
        // Built in code: a lone surrogate cannot travel through an attribute argument.
        var text = "Tho\u0302" + (char)0xD800;
        NfcText.IsPlainNfc(text).Should().BeFalse();
        XmlText.Nfc(text).Should().Be("Thô\uFFFD");
    }

    [Fact]
    public void Nfc_PlainText_ReturnsTheSameString()
    {
        var text = new string("Việc triển khai thực hiện Nghị quyết số 24/2021/QH15 — đồng".ToCharArray());
        XmlText.Nfc(text).Should().BeSameAs(text);
    }
}
