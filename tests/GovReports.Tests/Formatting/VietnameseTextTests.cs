using System.Text;
using FluentAssertions;
using GovReports.Formatting;

namespace GovReports.Tests.Formatting;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân", "ỦY BAN NHÂN DÂN")]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Phó Chủ tịch", "PHÓ CHỦ TỊCH")]
    [InlineData("đường giao thông", "ĐƯỜNG GIAO THÔNG")]
    [InlineData("Kết quả thực hiện", "KẾT QUẢ THỰC HIỆN")]
    [InlineData("chỉ thị", "CHỈ THỊ")]
    [InlineData("Báo cáo 05/BC-UBND", "BÁO CÁO 05/BC-UBND")]
    public void ToUpper_Vietnamese_UpperCasesEveryLetter(string text, string expected) =>
        VietnameseFormat.ToUpper(text).Should().Be(expected);

    [Fact]
    public void ToUpper_DecomposedInput_ReturnsNfc()
    {
        var decomposed = "Ủy ban".Normalize(NormalizationForm.FormD);
        var upper = VietnameseFormat.ToUpper(decomposed);
        upper.Should().Be("ỦY BAN");
        upper.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }
}
