namespace GovReports.Model;

/// <summary>
/// One entry of a report's body (nội dung văn bản), in document order: either narrative Markdown in <see cref="Text"/>,
/// which is rendered as a template so it may print the model's figures (<c>{{ vn.money … }}</c>), or a standard
/// <see cref="Block"/> rendered by <c>templates/blocks/&lt;block&gt;.sbn</c> with the string arguments in <see cref="Args"/>.
/// </summary>
public sealed record BodyEntry
{
    /// <summary>Narrative Markdown (headings, paragraphs, dash items), rendered as a template in the report's context; <see langword="null"/> for a block entry.</summary>
    public string? Text { get; init; }

    /// <summary>The name of a standard block under <c>templates/blocks/</c> (<c>credit</c>, <c>projects</c>, <c>funding-appendix</c>); <see langword="null"/> for a text entry.</summary>
    public string? Block { get; init; }

    /// <summary>The block's arguments as strings (<c>"plan": "0"</c>, <c>"number": "4"</c>), read by the block template as <c>$1.args</c>.</summary>
    public IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
