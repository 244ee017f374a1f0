using System.Diagnostics;
using FluentAssertions;
using GovReports.Word;
using Xunit.Abstractions;

namespace GovReports.Tests.Word;

/// <summary>Opens produced files in LibreOffice (when installed) and checks the PDF text; CI installs soffice.</summary>
public sealed class LibreOfficeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("seed001", new[] { "Số: 209/BC-UBND", "Krông Pa, ngày 15 tháng 6 năm 2021", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kính gửi: Sở Lao động – Thương binh và Xã hội tỉnh Gia Lai.", "Nơi nhận:", "- Lưu: VT – THVX.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Nguyễn Tiến Đăng" })]
    [InlineData("full", new[] { "Số: 05/BC-SLĐTBXH", "Lai Châu, ngày 05 tháng 01 năm 2022", "PHẦN I", "KẾT QUẢ THỰC HIỆN NĂM 2021", "Tổng cộng", "Phụ lục I", "KẾT QUẢ GIẢM NGHÈO THEO HUYỆN", "Số liệu rà soát cuối năm 2021." })]
    [InlineData("letter", new[] { "Số: 152/UBND-VX", "V/v báo cáo kết quả rà soát hộ nghèo", "Phong Thổ, ngày 09 tháng 3 năm 2022", "- Ban Dân tộc tỉnh.", "Mai Thị Hồng Sim" })]
    [InlineData("draft", new[] { "THÔNG BÁO", "ngày tháng 12 năm 2022", "TL. CHỦ TỊCH", "- Lưu: VT, TH, CTTĐT, KGVX (Vn)." })]
    public void Convert_Sample_LibreOfficeProducesPdfWithKeyPhrases(string name, string[] phrases)
    {
        var soffice = FindOnPath("soffice");
        if (soffice is null)
        {
            output.WriteLine("SKIPPED: soffice is not on PATH; install LibreOffice to run this check.");
            return;
        }
        var dir = Directory.CreateTempSubdirectory("govreports-lo-");
        try
        {
            var docx = Path.Combine(dir.FullName, name + ".docx");
            File.WriteAllBytes(docx, new DocxWriter().ToBytes(DocxValidityTests.Load(name)));
            var pdf = ConvertToPdf(soffice, docx, dir.FullName);
            File.Exists(pdf).Should().BeTrue("LibreOffice should convert {0}", docx);

            var text = Normalize(Run(FindOnPath("pdftotext") ?? throw new InvalidOperationException("pdftotext missing"), $"-layout \"{pdf}\" -"));
            foreach (var phrase in phrases)
                text.Should().Contain(Normalize(phrase));
            if (Environment.GetEnvironmentVariable("GOVREPORTS_KEEP_RENDER") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(pdf, Path.Combine(keep, name + ".pdf"), true);
                File.Copy(docx, Path.Combine(keep, name + ".docx"), true);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    internal static string ConvertToPdf(string soffice, string docx, string outDir)
    {
        // A private profile per run lets conversions run in parallel.
        var profile = new Uri(Path.Combine(outDir, "lo-profile")).AbsoluteUri;
        Run(soffice, $"-env:UserInstallation={profile} --headless --norestore --convert-to pdf --outdir \"{outDir}\" \"{docx}\"");
        return Path.ChangeExtension(docx, ".pdf");
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string Run(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in 120 s");
        }
        process.ExitCode.Should().Be(0, "{0} {1} failed: {2}", file, arguments, stderr.Result);
        return stdout.Result;
    }

    internal static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
