using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using GovReports.Markup;
using GovReports.Model;
using GovReports.Rendering;
using GovReports.Word;

namespace GovReports.Benchmarks;

/// <summary>
/// B1: seed 002 end to end (data already loaded, template already parsed) and its three stages;
/// B4: the floor, zipping the finished parts (already bytes) at the compression level the writer uses.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 10, iterationCount: 15)]
public class ReportBenchmarks
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ReportRenderer _renderer = null!;
    private Report _report = null!;
    private string _markup = null!;
    private string? _sourceName;
    private ReportDocument _document = null!;

    internal ReportDocument Document => _document;

    /// <summary>The finished parts of seed 002's package, as B4 zips them.</summary>
    internal (string Name, byte[] Content)[] SeedParts => _parts;
    private DocxWriter _writer = null!;
    private (string Name, byte[] Content)[] _parts = null!;
    private readonly MemoryStream _output = new();

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new ReportRenderer();
        _report = Inputs.LoadSeed002();
        _sourceName = _renderer.GetTemplate(_report.Template).SourcePath;
        _markup = _renderer.RenderMarkup(_report);
        _document = ReportMarkup.Parse(_markup, _sourceName, _report.Frame);
        _writer = new DocxWriter();
        _parts = Parts(_writer.ToBytes(_document));
    }

    [Benchmark(Baseline = true, Description = "B1 end to end (.docx bytes)")]
    public long EndToEnd()
    {
        _output.SetLength(0);
        _renderer.Render(_report, _output);
        return _output.Length;
    }

    [Benchmark(Description = "B1a template render (RenderMarkup)")]
    public string TemplateRender() => _renderer.RenderMarkup(_report);

    [Benchmark(Description = "B1b markup parse (ReportMarkup.Parse)")]
    public ReportDocument MarkupParse() => ReportMarkup.Parse(_markup, _sourceName, _report.Frame);

    [Benchmark(Description = "B1c package write (DocxWriter.Write)")]
    public long PackageWrite()
    {
        _output.SetLength(0);
        _writer.Write(_document, _output);
        return _output.Length;
    }

    [Benchmark(Description = "B4 floor: zip the finished parts")]
    public long ZipFloor()
    {
        _output.SetLength(0);
        using (var zip = new ZipArchive(_output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in _parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return _output.Length;
    }

    // The same floor through GovReports' own zip writer, which the package writer now uses: every part deflated anew.
    [Benchmark(Description = "B4b floor: zip the finished parts (ZipPackage)")]
    public long ZipFloorPackage()
    {
        _output.SetLength(0);
        var package = new ZipPackage(_output);
        foreach (var (name, content) in _parts) package.Add(name, s => s.Write(content));
        package.Finish();
        return _output.Length;
    }

    internal static (string Name, byte[] Content)[] Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, m.ToArray());
        }).ToArray();
    }
}
