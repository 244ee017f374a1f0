namespace GovReports.Markup;

/// <summary>Report markup that cannot be laid out: the message names the place, mapped back to the template when a line map was given.</summary>
public sealed class MarkupException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without the location.</param>
    /// <param name="sourceName">The markup's name, or <see langword="null"/>.</param>
    /// <param name="line">The one-based markup line.</param>
    /// <param name="column">The one-based markup column.</param>
    /// <param name="templateLocation">Where the line came from in the template, or <see langword="null"/> when unknown.</param>
    public MarkupException(string reason, string? sourceName, int line, int column, string? templateLocation)
        : base(Compose(reason, sourceName, line, column, templateLocation))
    {
        Reason = reason;
        SourceName = sourceName;
        Line = line;
        Column = column;
        TemplateLocation = templateLocation;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The markup's name, or <see langword="null"/>.</summary>
    public string? SourceName { get; }

    /// <summary>The one-based markup line.</summary>
    public int Line { get; }

    /// <summary>The one-based markup column.</summary>
    public int Column { get; }

    /// <summary>The template location the markup line maps to (for example <c>report.sbn(42)</c>), or <see langword="null"/>.</summary>
    public string? TemplateLocation { get; }

    private static string Compose(string reason, string? sourceName, int line, int column, string? templateLocation)
    {
        var where = $"{sourceName ?? "markup"}({line},{column})";
        return templateLocation is null ? $"{where}: {reason}" : $"{where} [{templateLocation}]: {reason}";
    }
}
