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

        var findings = ReportChecker.Check(report);
        var found = new List<Problem>(findings.Count);
        if (findings.Count > 0)
        {
            // One pass over the file places every finding; most reports have none and skip it.
            var at = JsonLocator.Locate(WithoutByteOrderMark(utf8), findings.Select(f => f.Path).ToList());
            for (var i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                var where = at[i] is { } p ? $"{dataPath}({p.Line},{p.Column}) {f.Path}" : $"{dataPath} {f.Path}";
                found.Add(new Problem(f.Severity == FindingSeverity.Error ? "error" : "warning", where, f.Message, f.Code));
            }
        }
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

    // Positions count from after the byte order mark, as in the text File.ReadAllText gives.
    private static ReadOnlySpan<byte> WithoutByteOrderMark(byte[] utf8) =>
        utf8.AsSpan(utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);

    public void Render(Prepared prepared, Stream output, CancellationToken cancellationToken) =>
        _renderer.Render((Report)prepared.Report!, output, cancellationToken);

    public IReadOnlyList<TemplateInfo> Templates() =>
        _renderer.Templates.Select(t => new TemplateInfo(t.Name, t.Source, t.Description)).ToArray();
}
