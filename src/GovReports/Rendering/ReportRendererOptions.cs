using GovReports.Word;

namespace GovReports.Rendering;

/// <summary>Settings of a <see cref="ReportRenderer"/>: where templates come from, the page layout and the template sandbox limits.</summary>
public sealed record ReportRendererOptions
{
    /// <summary>A folder whose templates override the built-in ones by name; <see langword="null"/> for the built-ins only.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? TemplateDirectory { get; init; }

    /// <summary>The page layout (margins, fonts, sizes) per Nghị định 30/2020.</summary>
    /// <value>The default value is <see cref="LayoutSettings.Default"/>.</value>
    public LayoutSettings Layout { get; init; } = LayoutSettings.Default;

    /// <summary>The most loop iterations one render may run, counted across all loops, and the most items an array built by the template may hold; 0 for no limit.</summary>
    /// <value>The default value is 1,000,000: enough for a national report listing every commune.</value>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>The deepest nesting of function calls and includes.</summary>
    /// <value>The default value is 64.</value>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>The longest markup a template may produce, and the longest string it may build, in characters; 0 for no limit.</summary>
    /// <value>The default value is 20,000,000 (about 4,000 pages).</value>
    public int OutputLimit { get; init; } = 20_000_000;

    /// <summary>The longest one render may take before it fails with a <see cref="TemplateException"/>; <see langword="null"/> for no limit.</summary>
    /// <remarks>Set it when templates come from users: a national report renders in well under a second.</remarks>
    /// <value>The default value is <see langword="null"/>; the caller's cancellation token still applies.</value>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The default settings.</summary>
    public static ReportRendererOptions Default { get; } = new();
}
