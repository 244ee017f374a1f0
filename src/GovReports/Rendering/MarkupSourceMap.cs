namespace GovReports.Rendering;

/// <summary>
/// Finds where a line of report markup came from, for markup errors: the template, partial, body entry or narrative
/// block that holds the same text. The engine does not track which node wrote each output line, so this matches
/// text: a markup line is traced to the first source line equal to it, or whose literal text before its first
/// <c>{{</c> begins it; lines that come wholly from figures are not traced.
/// </summary>
internal sealed class MarkupSourceMap(string markup, IReadOnlyList<(string Name, string Text)> sources)
{
    private const int MinimumLiteral = 12;
    private string[]? _markupLines;

    public string? Locate(int markupLine)
    {
        _markupLines ??= markup.Split('\n');
        if (markupLine < 1 || markupLine > _markupLines.Length) return null;
        var target = _markupLines[markupLine - 1].Trim();
        if (target.Length == 0) return null;
        foreach (var (name, text) in sources)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0) continue;
                var code = line.IndexOf("{{", StringComparison.Ordinal);
                var literal = code < 0 ? line : line[..code].TrimEnd();
                if (line == target || (literal.Length >= MinimumLiteral && target.StartsWith(literal, StringComparison.Ordinal)))
                    return $"{name}({i + 1})";
            }
        }
        return null;
    }
}
