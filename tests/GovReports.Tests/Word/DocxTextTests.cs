using FluentAssertions;
using GovReports.Word;

namespace GovReports.Tests.Word;

public sealed class DocxTextTests
{
    [Fact]
    public void Paragraphs_Seed001Sample_ReadsTheDocumentBackInReadingOrder()
    {
        var bytes = new DocxWriter().ToBytes(Samples.Seed001());
        var paragraphs = DocxText.Paragraphs(new MemoryStream(bytes));
        paragraphs.Take(8).Should().Equal(
            "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PA",
            "Số: 209/BC-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Krông Pa, ngày 15 tháng 6 năm 2021",
            "BÁO CÁO",
            "Kết quả thực hiện Chương trình MTQG giảm nghèo bền vững 6 tháng đầu năm 2021",
            "Kính gửi: Sở Lao động – Thương binh và Xã hội tỉnh Gia Lai.");
        paragraphs.Should().ContainInOrder("I/ KẾT QUẢ THỰC HIỆN:", "1. Công tác chỉ đạo điều hành:", "Nơi nhận:", "- Lưu: VT – THVX.", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Tiến Đăng");
        paragraphs[^1].Should().Be("Nguyễn Tiến Đăng");
    }

    [Fact]
    public void Footnotes_FullSample_ReadsFootnoteTextWithoutSeparators()
    {
        var bytes = new DocxWriter().ToBytes(GovReports.Markup.ReportMarkup.Parse(Samples.Full));
        DocxText.Footnotes(new MemoryStream(bytes)).Select(t => t.Trim()).Should().Equal("Số liệu rà soát cuối năm 2021.", "Theo Nghị quyết số 24/2021/QH15.");
    }

    [Fact]
    public void Paragraphs_FullSample_MatchesSnapshot()
    {
        var bytes = new DocxWriter().ToBytes(GovReports.Markup.ReportMarkup.Parse(Samples.Full));
        GovReports.Testing.Snapshot.Verify(string.Join("\n", DocxText.Paragraphs(new MemoryStream(bytes)).Select(p => p.Replace("\n", " ⏎ "))));
    }
}
