namespace GovReports.Rendering;

/// <summary>A template name that cannot be loaded: unknown, or refused because it leaves the template root.</summary>
public sealed class TemplateNotFoundException : FileNotFoundException
{
    /// <summary>Creates the exception for <paramref name="templateName"/>.</summary>
    public TemplateNotFoundException(string templateName, string reason)
        : base($"Template `{templateName}` cannot be loaded: {reason}.", templateName)
    {
        TemplateName = templateName;
        Reason = reason;
    }

    /// <summary>The name that was asked for.</summary>
    public string TemplateName { get; }

    /// <summary>Why it cannot be loaded.</summary>
    public string Reason { get; }
}
