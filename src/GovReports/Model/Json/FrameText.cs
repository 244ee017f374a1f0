namespace GovReports.Model.Json;

/// <summary>The short string forms of frame parts in JSON: <c>"KT. CHỦ TỊCH"</c> for an authority line, <c>"Sở Công thương (b/c)"</c> for a distribution item.</summary>
internal static class FrameText
{
    private static readonly (string Text, AuthorityPrefix Prefix)[] Prefixes =
    [
        ("TUQ", AuthorityPrefix.ByDelegation), ("TM", AuthorityPrefix.OnBehalfOf), ("KT", AuthorityPrefix.SignedFor),
        ("TL", AuthorityPrefix.ByOrder), ("Q", AuthorityPrefix.Acting),
    ];

    /// <summary>Reads an authority line; a prefix written without its dot (<c>KT CHỦ TỊCH</c>) is recognised and kept as written.</summary>
    public static AuthorityLine ParseAuthority(string text)
    {
        var t = text.Trim();
        foreach (var (p, prefix) in Prefixes)
        {
            if (t.StartsWith(p + ". ", StringComparison.Ordinal))
            {
                var title = t[(p.Length + 2)..].Trim();
                var line = new AuthorityLine(prefix, title);
                return line.Text == text ? line : line with { AsWritten = text };
            }
            if (t.StartsWith(p + " ", StringComparison.Ordinal) && p != "Q")
                return new AuthorityLine(prefix, t[(p.Length + 1)..].Trim(), text);
        }
        return t == text ? new AuthorityLine(AuthorityPrefix.None, t) : new AuthorityLine(AuthorityPrefix.None, t, text);
    }

    /// <summary>The string form of a line when reading it back gives the same line; otherwise <see langword="null"/>.</summary>
    public static string? AuthorityString(AuthorityLine line)
    {
        var text = line.AsWritten ?? line.Text;
        return ParseAuthority(text) == line ? text : null;
    }

    /// <summary>Reads a distribution item; a trailing note in brackets becomes <see cref="DistributionItem.Note"/>.</summary>
    public static DistributionItem ParseDistributionItem(string text)
    {
        var t = text.Trim();
        if (t.EndsWith(')'))
        {
            var open = t.LastIndexOf(" (", StringComparison.Ordinal);
            if (open > 0) return new DistributionItem(t[..open].Trim(), t[(open + 2)..^1]);
        }
        return new DistributionItem(t);
    }

    /// <summary>The string form of an item when reading it back gives the same item; otherwise <see langword="null"/>.</summary>
    public static string? DistributionString(DistributionItem item) =>
        ParseDistributionItem(item.Text) == item ? item.Text : null;
}
