using GovReports.Formatting;
using GovReports.Model;
using GovReports.Rendering;
using GovReports.Tests.Word;
using GovReports.Word;
using Xunit.Abstractions;

namespace GovReports.Tests.Examples;

/// <summary>
/// Renders each example data file and compares the document's text with the seed it reproduces
/// (`Seeds/*.txt`, copies of the shared seeds), under the normalisation the project allows — see <see cref="SeedText"/>.
/// Every further difference is a listed correction with its reason.
/// </summary>
public sealed class SeedReproductionTests(ITestOutputHelper output)
{
    /// <summary>A place where the seed departs from Nghị định 30 and the document follows the decree.</summary>
    private sealed record Correction(string Seed, string Document, string Reason);

    private sealed record Case(string Data, string SeedFile, Correction[] Corrections, bool SeedHasNumberAndDate);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["001"] = new("001-krong-pa-6-thang-2021.json", "001_5fac44d264ab2412.txt",
        [
            new("Số: 209 /BC-UBND", "Số: 209/BC-UBND", "Nghị định 30 writes number and symbol with no space around '/'."),
        ], SeedHasNumberAndDate: true),
        ["002"] = new("002-phong-tho-nq24.json", "002_5248b9a05d9d41fc.txt", [], SeedHasNumberAndDate: true),
        ["004"] = new("004-dak-nong-ket-luan-ra-soat.json", "004_68b293a85eeae254.txt",
        [
            new("\n03\n", "\n", "a stray page number in the seed copy (allowed normalisation)."),
            new("★", "", "the seal mark in the seed copy (allowed normalisation)."),
        ], SeedHasNumberAndDate: false),
    };

    public static TheoryData<string> Seeds => ["001", "002", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_ExampleData_ReproducesTheSeedWordForWord(string seed)
    {
        var c = Cases[seed];
        var (report, docx) = Render(c);
        var body = DocumentText(report, DocxText.Paragraphs(new MemoryStream(docx)), c);
        var footnotes = DocxText.Footnotes(new MemoryStream(docx));

        AssertMatchesSeed(c, body, footnotes);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_ExampleData_LibreOfficeTextReproducesTheSeed(string seed)
    {
        var soffice = LibreOfficeTests.FindOnPath("soffice");
        if (soffice is null)
        {
            output.WriteLine("SKIPPED: soffice is not on PATH; CI installs LibreOffice for this check.");
            return;
        }
        var c = Cases[seed];
        var (report, docx) = Render(c);
        var dir = Directory.CreateTempSubdirectory("govreports-seed-");
        try
        {
            var path = Path.Combine(dir.FullName, seed + ".docx");
            File.WriteAllBytes(path, docx);
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            LibreOfficeTests.Run(soffice, $"-env:UserInstallation={profile} --headless --convert-to \"txt:Text (encoded):UTF8\" --outdir \"{dir.FullName}\" \"{path}\"");
            var lines = File.ReadAllText(Path.Combine(dir.FullName, seed + ".txt")).TrimStart('\uFEFF')
                .Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
            var footnotes = DocxText.Footnotes(new MemoryStream(docx));
            var body = WithoutReferenceNumbers(DocumentText(report, lines, c), FootnoteCount(docx));
            AssertMatchesSeed(c, body, footnotes);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Errors in the seeds: the document says what the seed says, and the checker reports each.</summary>
    [Theory]
    [InlineData("001", "frame.signature.lines[1]", "authority-without-dot", "the seed signs 'KT CHỦ TỊCH' without the dot the decree writes")]
    [InlineData("001", "frame.distribution.items", "missing-nhu-tren", "a báo cáo with Kính gửi should begin its distribution with 'Như trên'; the seed does not")]
    [InlineData("002", "results.credit[0].amountLent", "as-written-invalid", "the seed lends '125.1635 triệu đồng', which is not a valid Vietnamese amount")]
    [InlineData("002", "results.funding[2].statedTotal", "total-less-than-parts", "the seed's 2021-2022 total (71.570 triệu đồng) is less than its own 2022 plan (84.530)")]
    [InlineData("002", "results.funding[0].lines[1].allocated", "itemized-mismatch", "the seed's 10.505 triệu đồng recurrent line differs from its projects' recurrent allocations (10.875)")]
    [InlineData("002", "results.funding[0].lines[1].disbursed", "itemized-mismatch", "the seed's 2.480 triệu đồng recurrent disbursement differs from its projects' known disbursements (2.544)")]
    public void Check_SeedWithAnError_ReportsItAtItsPath(string seed, string path, string code, string reason)
    {
        var findings = GovReports.Model.Checks.ReportChecker.Check(ExampleFiles.Load(Cases[seed].Data));
        Assert.True(findings.Any(f => f.Path == path && f.Code == code),
            $"expected {code} at {path} ({reason}); found: " + string.Join("; ", findings.Select(f => $"{f.Code} at {f.Path}")));
    }

    private static (Report Report, byte[] Docx) Render(Case c)
    {
        var report = ExampleFiles.Load(c.Data);
        var stream = new MemoryStream();
        new ReportRenderer().Render(report, stream);
        return (report, stream.ToArray());
    }

    /// <summary>
    /// The document's paragraphs up to the signer's name (appendices are not part of the seeds), without the
    /// header lines the seed copies lost (parent and issuing body, Quốc hiệu and Tiêu ngữ were text boxes in the
    /// originals), and without number and date where the seed copy has none.
    /// </summary>
    private static string DocumentText(Report report, IReadOnlyList<string> paragraphs, Case c)
    {
        var frame = report.Frame;
        var dropped = new HashSet<string>(StringComparer.Ordinal)
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            Flat(VietnameseFormat.ToUpper(frame.IssuingBody)),
        };
        if (frame.ParentBody is { } parent) dropped.Add(Flat(VietnameseFormat.ToUpper(parent)));
        if (!c.SeedHasNumberAndDate)
        {
            dropped.Add(Flat(VietnameseFormat.NumberAndSymbol(frame.Number)));
            dropped.Add(Flat(VietnameseFormat.PlaceAndDate(frame.Place, frame.Date)));
        }
        var kept = new List<string>();
        foreach (var p in paragraphs)
        {
            if (dropped.Contains(Flat(p))) continue;
            kept.Add(p);
            if (Flat(p) == Flat(frame.Signature.Signer)) break;
        }
        return string.Join("\n", kept);
    }

    /// <summary>LibreOffice's text export prints footnote references as plain digits after the word (<c>địa phương1.</c>) and leaves the notes out.</summary>
    private static string WithoutReferenceNumbers(string text, int count)
    {
        var from = 0;
        for (var n = 1; n <= count; n++)
        {
            var match = new System.Text.RegularExpressions.Regex($@"(?<=[\p{{L}})]){n}(?=[\s\p{{P}}]|$)").Match(text, from);
            if (!match.Success) throw new InvalidOperationException($"footnote reference {n} not found in LibreOffice's text");
            text = text.Remove(match.Index, match.Length);
            from = match.Index;
        }
        return text;
    }

    private static int FootnoteCount(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "<w:footnoteReference ").Count;
    }

    private void AssertMatchesSeed(Case c, string body, IReadOnlyList<string> footnotes)
    {
        var seed = File.ReadAllText(Path.Combine(SeedFolder(), c.SeedFile));
        foreach (var fix in c.Corrections) seed = seed.Replace(fix.Seed, fix.Document, StringComparison.Ordinal);

        // Footnotes are compared as footnotes: each must stand in the seed (where its page ended) and is cut from the flow.
        var notes = footnotes.Select(SeedText.Normalize).ToList();
        var expected = SeedText.CutFootnotes(seed, notes);
        var actual = SeedText.Normalize(body);
        output.WriteLine($"seed {c.SeedFile}: {expected.Length} characters, {notes.Count} footnote paragraphs");
        Assert.True(actual == expected, SeedText.FirstDifference(expected, actual));
    }

    private static string Flat(string text) => SeedText.Normalize(text);

    private static string SeedFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "Seeds");
}
