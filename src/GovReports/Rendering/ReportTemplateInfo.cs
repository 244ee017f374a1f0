namespace GovReports.Rendering;

/// <summary>A report template the renderer can use.</summary>
/// <param name="Name">The name to render with (<c>program-report</c>).</param>
/// <param name="Source"><c>built-in</c>, or the folder the template comes from.</param>
/// <param name="Description">The template's own one-line description.</param>
public sealed record ReportTemplateInfo(string Name, string Source, string Description);
