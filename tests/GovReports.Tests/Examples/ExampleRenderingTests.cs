using FluentAssertions;
using GovReports.Model;
using GovReports.Rendering;
using GovReports.Testing;
using GovReports.Word;

namespace GovReports.Tests.Examples;

public sealed class ExampleRenderingTests
{
    private static readonly ReportRenderer Renderer = new(new ReportRendererOptions { TemplateDirectory = Path.Combine(ExampleFiles.RootPath, "templates") });

    public static TheoryData<string> DataFiles => ExampleDataTests.DataFiles;

    private static IReadOnlyList<string> Paragraphs(Report report)
    {
        using var docx = new MemoryStream();
        Renderer.Render(report, docx);
        docx.Position = 0;
        return DocxText.Paragraphs(docx);
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void RenderMarkup_Example_MatchesSnapshot(string file)
    {
        var markup = Renderer.RenderMarkup(ExampleFiles.Load(file));

        Snapshot.Verify(markup, Path.GetFileNameWithoutExtension(file)[..3]);
    }

    [Fact]
    public void Render_KrongPa_PrintsTheSeedsCreditAndHealthSentences()
    {
        var text = Paragraphs(ExampleFiles.Load("001-krong-pa-6-thang-2021.json"));

        text.Should().Contain("Qua 6 tháng triển khai, với 8 chương trình tín dụng đã cung cấp nguồn vốn vay đáp ứng nhu cầu cho 1.779 hộ, kinh phí cho vay đạt 113 tỷ đồng. Trong đó, có 269 hộ nghèo vay vốn, chiếm 11,5% tổng số hộ nghèo (2.342 hộ); 366 hộ cận nghèo vay vốn, chiếm 12,9% tổng số hộ cận nghèo và 429 hộ mới thoát nghèo vay vốn, chiếm 22,9% tổng số hộ mới thoát nghèo, thoát cận nghèo; cho 258 hộ vay vốn làm công trình vệ sinh, nước sinh hoạt; cho 329 hộ vay vốn phát triển sản xuất kinh doanh và đáp ứng nhu cầu vay vốn cho giải quyết việc làm cho 117 hộ");
        text.Should().Contain(p => p.EndsWith("Tỷ lệ người dân tham gia BHYT toàn huyện đạt 96,75% so với dân số của huyện(87.394 thẻ/90.330 người).", StringComparison.Ordinal));
        text.Should().Contain(p => p.Contains("với mức giảm 3,30%, số hộ nghèo giảm 625 hộ", StringComparison.Ordinal));
        text.Count(p => p.StartsWith("3.8. ", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void Render_PhongTho_PrintsTheSeedsProjectAndCreditSentences()
    {
        var text = Paragraphs(ExampleFiles.Load("002-phong-tho-nq24.json"));

        text.Should().Contain("Phân bổ nguồn vốn đầu tư năm 2022 (giai đoạn 2021-2025) theo Quyết định số 747/QĐ-UBND ngày 30/6/2022 của UBND tỉnh Lai Châu: 71.570 triệu đồng, giải ngân thời điểm báo cáo 27.673/71.570 triệu đồng, đạt 38,66% kế hoạch. Thực hiện 20 dự án trên địa bàn huyện.");
        text.Should().Contain("b) Tiểu dự án 2: Cải thiện dinh dưỡng (không giao)");
        text.Should().Contain("4.5. Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo (không giao)");
        text.Should().Contain("Năm 2021 giải ngân cho 2.883 hộ vay vốn tín dụng, số tiền cho vay 125.1635 triệu đồng. Năm 2022 giải ngân là 3.910 hộ vay vốn tín dụng, số tiền cho vay 212.925 triệu đồng.");
        text.Should().Contain("- Chỉ số thiếu hụt về người phụ thuộc trong hộ gia đình: 2.225 hộ = 26,62 %;");
        text.Should().Contain("- Tổng số hộ cận nghèo 3.616, chiếm 21,05%");
        text.Should().Contain(p => p.Contains("giải ngân 2.480 triệu đồng, đạt 23,6% kế hoạch", StringComparison.Ordinal));
        text.Should().Contain(p => p.Contains("giải ngân đến thời điểm báo cáo 1.964 triệu đồng, đạt 80% kế hoạch", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DakNong_KeepsTheSeedsPointLetters()
    {
        var text = Paragraphs(ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json"));

        text.Should().Contain(p => p.StartsWith("Qua 03 năm triển khai", StringComparison.Ordinal));
        text.Should().Contain("d) UBND các huyện, thị xã");
    }

    [Fact]
    public void RenderMarkup_BlocksWithoutOverrides_UseTheStandardWording()
    {
        var report = ExampleFiles.Load("002-phong-tho-nq24.json") with { Narrative = new Dictionary<string, string>() };

        var lines = Renderer.RenderMarkup(report).Split('\n');

        lines.Should().Contain("Giao 6.629 triệu đồng, đến thời điểm báo cáo giải ngân 1.964/6.629 triệu đồng, đạt 29,62% kế hoạch.");
        lines.Should().Contain("a) Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp giao 1.822 triệu đồng, đến thời điểm báo cáo chưa thực hiện giải ngân.");
        lines.Should().Contain("b) Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng giao 293 triệu đồng.");
        lines.Should().Contain("b) Tiểu dự án 2: Giám sát, đánh giá giao 206 triệu đồng, đến thời điểm báo cáo giải ngân 2/206 triệu đồng, đạt 0,97% kế hoạch.");
        lines.Should().Contain("#### a) Tiểu dự án 1: Giảm nghèo về thông tin (không giao)");
        lines.Should().Contain("- Tổng số hộ cận nghèo 3.616 hộ, chiếm 21,05%");
        lines.Should().Contain("- Chỉ số thiếu hụt về việc làm: 1.301 hộ = 15,57%;");
        lines.Should().Contain("Năm 2021 giải ngân cho 2.883 hộ vay vốn tín dụng, số tiền cho vay 125.1635 triệu đồng. Năm 2022 giải ngân cho 3.910 hộ vay vốn tín dụng, số tiền cho vay 212.925 triệu đồng.");
    }

    [Fact]
    public void RenderMarkup_TargetsBlock_ListsEachTargetOrTheOneInForce()
    {
        var report = ExampleFiles.Load("001-krong-pa-6-thang-2021.json") with
        {
            Body = [new BodyEntry { Block = "targets" }, new BodyEntry { Text = "***" }, new BodyEntry { Block = "targets", Args = new Dictionary<string, string> { ["current"] = "true" } }],
        };

        var parts = Renderer.RenderMarkup(report).Split("***");

        parts[0].Trim().Split('\n').Should().Equal(
            "- Chỉ tiêu năm 2021 do Hội đồng nhân dân huyện giao: giảm tỷ lệ hộ nghèo từ 3% trở lên.",
            "- Chỉ tiêu năm 2021 do UBND huyện giao: giảm tỷ lệ hộ nghèo 3%, tương ứng 564 hộ.",
            "- Chỉ tiêu năm 2021 do UBND huyện giao: giảm tỷ lệ hộ nghèo 3,3%, tương ứng 625 hộ (Kế hoạch số 40/KH-UBND ngày 22/3/2021 và Quyết định số 146/QĐ-UBND ngày 22/3/2021).",
            "- Chỉ tiêu năm 2021 do UBND huyện giao: giảm tỷ lệ hộ nghèo 3,68%, tương ứng 702 hộ (Quyết định số 235/QĐ-UBND ngày 12/5/2021).");
        parts[1].Trim().Should().Be("- Chỉ tiêu năm 2021 do UBND huyện giao: giảm tỷ lệ hộ nghèo 3,68%, tương ứng 702 hộ (Quyết định số 235/QĐ-UBND ngày 12/5/2021).");
    }

    [Fact]
    public void RenderMarkup_FundingAppendix_ClosesTheDocumentWithATotalsRow()
    {
        var markup = Renderer.RenderMarkup(ExampleFiles.Load("002-phong-tho-nq24.json")).TrimEnd();

        markup.Should().EndWith(":::");
        markup.Should().Contain("::: appendix landscape\nPhụ lục số 5\\\n");
        markup.Should().Contain("(Kèm theo Báo cáo số       /BC-UBND ngày    tháng 12 năm 2022 của Ủy ban nhân dân huyện Phong Thổ)");
        markup.Should().Contain("| {total} Tổng cộng | < | 84.530 | 32.117 | 37,99% |");
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void RenderMarkup_EmbeddedTemplates_MatchTheTemplateFolder(string file)
    {
        var report = ExampleFiles.Load(file);

        new ReportRenderer().RenderMarkup(report).Should().Be(Renderer.RenderMarkup(report));
    }
}
