namespace GovReports.Markup;

/// <summary>Operations on inline lists shared by both markup parsers, so both build the same runs.</summary>
internal static class InlineList
{
    /// <summary>Joins adjacent runs with the same emphasis and drops empty runs, so the writer emits few runs.</summary>
    public static IReadOnlyList<Inline> Merge(IReadOnlyList<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextRun { Text.Length: 0 }) continue;
            if (inline is TextRun run && merged.Count > 0 && merged[^1] is TextRun prev && prev.Bold == run.Bold && prev.Italic == run.Italic)
                merged[^1] = prev with { Text = prev.Text + run.Text };
            else merged.Add(inline);
        }
        return merged.ToArray();
    }

    /// <summary>Removes a row marker (<c>{total}</c>, <c>{header}</c>) from the start of a table cell's first run.</summary>
    /// <returns>Whether the cell started with the marker.</returns>
    public static bool StripMarker(List<Inline> inlines, string marker)
    {
        var index = inlines.FindIndex(i => i is TextRun);
        if (index < 0 || inlines[index] is not TextRun run) return false;
        var trimmed = run.Text.TrimStart();
        if (!trimmed.StartsWith(marker, StringComparison.Ordinal)) return false;
        var rest = trimmed[marker.Length..].TrimStart();
        if (rest.Length == 0) inlines.RemoveAt(index);
        else inlines[index] = run with { Text = rest };
        if (inlines.Count > 0 && inlines[0] is TextRun first) inlines[0] = first with { Text = first.Text.TrimStart() };
        return true;
    }
}
