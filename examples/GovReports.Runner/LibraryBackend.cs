using GovReports.Model;
using GovReports.Model.Checks;
using GovReports.Model.Json;
using GovReports.Rendering;

namespace GovReports.Runner;

/// <summary>The runner's link to the GovReports library: strict JSON loading, the model's checks, and the renderer.</summary>
internal sealed class LibraryBackend(string? templateDirectory) : IReportBackend
{
    private readonly ReportRenderer _renderer = new(new ReportRendererOptions { TemplateDirectory = templateDirectory });

    public Prepared Prepare(string dataPath)
    {
        byte[] utf8;
        try
        {
            utf8 = File.ReadAllBytes(dataPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Prepared(null, null, [new Problem("error", dataPath, ex.Message)]);
        }

        if (!ReportJson.TryLoad(utf8, out var report, out var loadErrors) || report is null)
        {
            var problems = loadErrors.Select(e => new Problem("error", $"{dataPath}({e.Line},{e.Column}) {e.Path}", e.Message)).ToList();
            if (problems.Count == 0) problems.Add(new Problem("error", dataPath, "The data could not be loaded."));
            return new Prepared(null, null, problems);
        }

        // The text is only needed to place findings, and most reports have none.
        string? json = null;
        var found = ReportChecker.Check(report)
            .Select(f => new Problem(f.Severity == FindingSeverity.Error ? "error" : "warning", Where(dataPath, json ??= Text(utf8), f.Path), f.Message, f.Code))
            .ToList();
        try
        {
            _renderer.GetTemplate(report.Template);
        }
        catch (Exception ex) when (ex is TemplateNotFoundException or TemplateException)
        {
            found.Add(new Problem("error", "template", ex.Message));
        }
        return new Prepared(report, report.Template, found);
    }

    // Decoded as File.ReadAllText would for a UTF-8 file: the byte order mark is dropped.
    private static string Text(byte[] utf8) =>
        System.Text.Encoding.UTF8.GetString(utf8.AsSpan(utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0));

    // A finding names a model path; the data file's line and column are added so it can be found in the file.
    private static string Where(string dataPath, string json, string path) =>
        JsonLocator.Locate(json, path) is { } at ? $"{dataPath}({at.Line},{at.Column}) {path}" : $"{dataPath} {path}";

    public void Render(Prepared prepared, Stream output, CancellationToken cancellationToken) =>
        _renderer.Render((Report)prepared.Report!, output, cancellationToken);

    public IReadOnlyList<TemplateInfo> Templates() =>
        _renderer.Templates.Select(t => new TemplateInfo(t.Name, t.Source, t.Description)).ToArray();
}
