using System.Globalization;
using System.Text;
using GovReports.Markup;
using GovReports.Model;
using GovReports.Word;
using Parser = GovReports.Markup.ReportMarkup.MarkupParser;

namespace GovReports.Tests.Markup;

/// <summary>Runs one markup through both parsers and describes the difference between their results, if any.</summary>
internal static class MarkupParserComparison
{
    /// <summary>What the fast parser did with the markup.</summary>
    public enum Outcome
    {
        /// <summary>The fast parser produced the same document as Markdig.</summary>
        SameDocument,
        /// <summary>The fast parser threw the same exception as Markdig (a front-matter error).</summary>
        SameError,
        /// <summary>The fast parser handed the markup over to Markdig.</summary>
        HandedOver,
        /// <summary>The results differ.</summary>
        Different,
    }

    public static (Outcome Outcome, string Detail) Compare(string markup, DocumentFrame? frame)
    {
        var (slow, slowError) = Run(markup, frame, Parser.Markdig);
        var (fast, fastError) = Run(markup, frame, Parser.Fast);
        var (auto, autoError) = Run(markup, frame, Parser.Auto);
        if (Describe(auto, autoError) != Describe(slow, slowError))
            return (Outcome.Different, "Auto differs from Markdig:\n" + Diff(Describe(slow, slowError), Describe(auto, autoError)));
        if (fastError is not null)
        {
            return Describe(null, fastError) == Describe(null, slowError)
                ? (Outcome.SameError, "")
                : (Outcome.Different, "fast parser error differs:\n" + Diff(Describe(slow, slowError), Describe(null, fastError)));
        }
        if (fast is null) return (Outcome.HandedOver, "");
        if (slow is null) return (Outcome.Different, "fast parser accepted markup Markdig refuses: " + slowError!.Message);
        var slowText = Dump(slow);
        var fastText = Dump(fast);
        if (slowText != fastText) return (Outcome.Different, Diff(slowText, fastText));
        var writer = new DocxWriter();
        return writer.ToBytes(slow).AsSpan().SequenceEqual(writer.ToBytes(fast))
            ? (Outcome.SameDocument, "")
            : (Outcome.Different, "same tree dump but different .docx bytes");
    }

    private static (ReportDocument? Document, MarkupException? Error) Run(string markup, DocumentFrame? frame, Parser parser)
    {
        try
        {
            return (ReportMarkup.Parse(markup, "t.md", frame, line => $"t.sbn({line})", parser), null);
        }
        catch (MarkupException e)
        {
            return (null, e);
        }
    }

    private static string Describe(ReportDocument? document, MarkupException? error) =>
        error is not null ? $"error {error.Message} | line {error.Line} column {error.Column}" : document is null ? "handed over" : Dump(document);

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "<none>";
            var y = i < a.Length ? a[i] : "<none>";
            if (x != y) return $"line {i + 1}\n  markdig: {x}\n  fast:    {y}";
        }
        return "no difference";
    }

    /// <summary>A complete text form of the document tree: two documents with the same dump are equal.</summary>
    public static string Dump(ReportDocument document)
    {
        var sb = new StringBuilder();
        var f = document.Frame;
        sb.Append("frame ").Append(f.ParentBody).Append(" | ").Append(f.IssuingBody).Append(" | ").Append(f.Type.Abbreviation)
            .Append(" | ").Append(f.Number.Text).Append(" | ").Append(f.Place).Append(" | ").Append(f.Date).Append(" | ").Append(f.Abstract)
            .Append(" | ").Append(string.Join(";", f.Recipients)).Append(" | ").Append(string.Join(";", f.LegalBases))
            .Append(" | ").Append(string.Join(";", f.Signature.Lines)).Append(" | ").Append(f.Signature.Signer)
            .Append(" | ").Append(string.Join(";", f.Distribution.Items)).Append(" | ").Append(f.Distribution.Archive).Append('\n');
        Blocks(sb, document.Blocks, "");
        foreach (var note in document.Footnotes)
        {
            sb.Append("footnote ").Append(note.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var paragraph in note.Paragraphs) sb.Append("  para ").Append(Inlines(paragraph)).Append('\n');
        }
        foreach (var appendix in document.Appendices)
        {
            sb.Append("appendix ").Append(appendix.Number).Append(" | ").Append(appendix.Title).Append(" | ").Append(appendix.Reference ?? "<none>")
                .Append(" | ").Append(appendix.Orientation).Append('\n');
            Blocks(sb, appendix.Blocks, "  ");
        }
        return sb.ToString();
    }

    private static void Blocks(StringBuilder sb, IReadOnlyList<Block> blocks, string indent)
    {
        foreach (var block in blocks)
        {
            sb.Append(indent);
            switch (block)
            {
                case Heading h: sb.Append("heading ").Append(h.Level).Append(' ').Append(Inlines(h.Inlines)).Append('\n'); break;
                case Paragraph p: sb.Append("para ").Append(p.Kind).Append(' ').Append(Inlines(p.Inlines)).Append('\n'); break;
                case PageBreak: sb.Append("page break\n"); break;
                case Table t:
                    sb.Append("table ").Append(string.Join(",", t.Columns)).Append('\n');
                    foreach (var row in t.Rows)
                    {
                        sb.Append(indent).Append("  row").Append(row.IsHeader ? " header" : "").Append(row.IsTotal ? " total" : "").Append('\n');
                        foreach (var cell in row.Cells)
                        {
                            sb.Append(indent).Append(string.Create(CultureInfo.InvariantCulture, $"    cell {cell.Column}+{cell.ColumnSpan} {cell.Merge} "))
                                .Append(Inlines(cell.Inlines)).Append('\n');
                        }
                    }
                    break;
                default: sb.Append("unknown block ").Append(block.GetType().Name).Append('\n'); break;
            }
        }
    }

    // Every inline shows its kind and emphasis, so adjacent runs that were not merged show as two.
    private static string Inlines(IReadOnlyList<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            sb.Append(inline switch
            {
                TextRun r => $"[{r.Text.Replace("\n", "\\n", StringComparison.Ordinal)}{(r.Bold ? "|b" : "")}{(r.Italic ? "|i" : "")}]",
                LineBreak => "[br]",
                FootnoteReference n => string.Create(CultureInfo.InvariantCulture, $"[^{n.Number}]"),
                _ => "[?" + inline.GetType().Name + "]",
            });
        }
        return sb.ToString();
    }
}
