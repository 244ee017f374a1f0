using GovReports.Templating.Parsing;

namespace GovReports.Templating;

/// <summary>Resolves and loads the templates named by <c>include</c>.</summary>
public interface ITemplateLoader
{
    /// <summary>Turns a template name into a path (or key) that identifies it.</summary>
    /// <param name="context">The rendering context.</param>
    /// <param name="callerSpan">The span of the <c>include</c> call.</param>
    /// <param name="templateName">The name given to <c>include</c>.</param>
    string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName);

    /// <summary>Loads the text of a template.</summary>
    /// <param name="context">The rendering context.</param>
    /// <param name="callerSpan">The span of the <c>include</c> call.</param>
    /// <param name="templatePath">The path returned by <see cref="GetPath"/>.</param>
    string Load(TemplateContext context, SourceSpan callerSpan, string templatePath);

    /// <summary>Tells whether the text behind a path never changes, so its parsed template may be kept in <see cref="TemplateContext.TemplateCache"/>.</summary>
    /// <param name="templatePath">The path returned by <see cref="GetPath"/>.</param>
    bool IsCacheable(string templatePath) => true;
}
