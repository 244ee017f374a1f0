namespace GovReports.Runner;

/// <summary>Where an input problem is: a data path with its line and column, or a template location.</summary>
internal sealed record Problem(string Severity, string Location, string Message, string? Code = null)
{
    public bool IsError => Severity == "error";
}

/// <summary>The result of loading and checking one data file.</summary>
internal sealed record Prepared(object? Report, string? TemplateName, IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Report is null || Problems.Any(p => p.IsError);
}

/// <summary>A template the runner can render with.</summary>
internal sealed record TemplateInfo(string Name, string Source, string Description);

/// <summary>What the runner needs from the library: load, check, render, list templates.</summary>
internal interface IReportBackend
{
    Prepared Prepare(string dataPath);

    void Render(Prepared prepared, Stream output, CancellationToken cancellationToken);

    IReadOnlyList<TemplateInfo> Templates();
}
