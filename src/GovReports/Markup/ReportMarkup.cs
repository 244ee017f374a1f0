using System.Text;
using GovReports.Model;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace GovReports.Markup;

/// <summary>Parses report markup — YAML front matter with the document frame, then a Markdown body — into a <see cref="ReportDocument"/> (conventions: MARKUP.md).</summary>
public static class ReportMarkup
{
    /// <summary>Which parser reads the markup; tests force one to compare them.</summary>
    internal enum MarkupParser
    {
        /// <summary>The fast parser where it is certain of the result, Markdig everywhere else.</summary>
        Auto,
        /// <summary>Always Markdig and YamlDotNet.</summary>
        Markdig,
        /// <summary>Only the fast parser.</summary>
        Fast,
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Parses report markup into a document.</summary>
    /// <param name="markup">The markup: optional front matter between <c>---</c> lines, then the Markdown body.</param>
    /// <param name="sourceName">The markup's name for error messages, or <see langword="null"/>.</param>
    /// <param name="frame">The document frame from the typed model; front-matter fields override or complete it. <see langword="null"/> when the front matter carries the whole frame.</param>
    /// <param name="lineMap">Maps a one-based markup line to its template location (for example <c>report.sbn(42)</c>) for error messages, or <see langword="null"/>.</param>
    /// <returns>The document tree.</returns>
    /// <exception cref="MarkupException">The markup cannot be laid out; the exception names the line and column.</exception>
    public static ReportDocument Parse(string markup, string? sourceName = null, DocumentFrame? frame = null, Func<int, string?>? lineMap = null) =>
        Parse(markup, sourceName, frame, lineMap, MarkupParser.Auto)!;

    /// <summary>Parses with the chosen parser; <see cref="MarkupParser.Fast"/> returns <see langword="null"/> where the fast parser hands over to Markdig.</summary>
    internal static ReportDocument? Parse(string markup, string? sourceName, DocumentFrame? frame, Func<int, string?>? lineMap, MarkupParser parser)
    {
        ArgumentNullException.ThrowIfNull(markup);
        // Lone surrogates would make normalization throw; they become U+FFFD as the writer would print them (MARKUP.md).
        markup = GovReports.Word.XmlText.Nfc(markup);
        return ParseNormalized(markup.AsMemory(), markup, sourceName, frame, lineMap, parser);
    }

    /// <summary>
    /// Parses markup that lies in a buffer (a rendered report's) as <see cref="Parse(string, string?, DocumentFrame?, Func{int, string?}?)"/>
    /// does, making a string of it only when it is not plainly NFC or the fast parser hands it over.
    /// </summary>
    internal static ReportDocument Parse(ReadOnlyMemory<char> markup, string? sourceName, DocumentFrame? frame, Func<int, string?>? lineMap) =>
        GovReports.Word.NfcText.IsPlainNfc(markup.Span)
            ? ParseNormalized(markup, null, sourceName, frame, lineMap, MarkupParser.Auto)!
            : Parse(markup.ToString(), sourceName, frame, lineMap, MarkupParser.Auto)!;

    // markup is NFC; text is the same markup as a string when the caller has one.
    private static ReportDocument? ParseNormalized(
        ReadOnlyMemory<char> markup, string? text, string? sourceName, DocumentFrame? frame, Func<int, string?>? lineMap, MarkupParser parser)
    {
        MarkupException Fail(string reason, int line, int column) =>
            new(reason, sourceName, line, column, lineMap?.Invoke(line));

        if (parser != MarkupParser.Markdig)
        {
            var fast = FastMarkupParser.TryParse(markup, frame, Fail);
            if (fast is not null || parser == MarkupParser.Fast) return fast;
        }

        var (yaml, body) = FrontMatter.Split(text ?? markup.ToString(), Fail);
        var documentFrame = FrontMatter.Build(yaml, frame, Fail);
        var converter = new Converter(body, Fail);
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses absurdly deep nesting (quotes, lists, emphasis, brackets) this way.
            throw Fail("the markup nests too deeply to be a report: " + e.Message, 1, 1);
        }
        return converter.Convert(parsed, documentFrame);
    }

    private sealed class Converter(string source, Func<string, int, int, MarkupException> fail)
    {
        private readonly List<Appendix> _appendices = [];

        public ReportDocument Convert(MarkdownDocument document, DocumentFrame frame)
        {
            var blocks = ConvertBlocks(document, topLevel: true);
            var footnotes = new List<Footnote>();
            foreach (var group in document.OfType<FootnoteGroup>())
            {
                foreach (var note in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
                {
                    if (note.Order <= 0) throw Fail(note, $"footnote [{note.Label}] is never referenced");
                    var paragraphs = new List<IReadOnlyList<Inline>>();
                    foreach (var child in note)
                    {
                        if (child is ParagraphBlock p)
                        {
                            var inlines = Inlines(p.Inline);
                            if (inlines.Any(i => i is FootnoteReference)) throw Fail(child, $"footnote [{note.Label}] refers to another footnote; a footnote cannot hold a footnote");
                            paragraphs.Add(inlines);
                        }
                        else throw Unsupported(child, "inside a footnote");
                    }
                    footnotes.Add(new Footnote(note.Order, paragraphs));
                }
            }
            footnotes.Sort((a, b) => a.Number.CompareTo(b.Number));
            return new ReportDocument(frame, blocks, footnotes, _appendices);
        }

        private List<Block> ConvertBlocks(IEnumerable<Markdig.Syntax.Block> container, bool topLevel)
        {
            var blocks = new List<Block>();
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock { IsSetext: true }:
                        throw Fail(block, "a line of '---' or '===' under text makes a setext heading; use '#' headings, and '***' alone on a line for a page break");
                    case HeadingBlock h:
                        var level = HeadingLevels.Of(h.Level, blocks)
                            ?? throw Fail(block, $"heading level {h.Level} has no meaning in a report (use # phần, ## mục, ### khoản, #### điểm)");
                        blocks.Add(new Heading(level, Inlines(h.Inline)));
                        break;
                    case ParagraphBlock p:
                        blocks.Add(new Paragraph(ParagraphKind.Body, Inlines(p.Inline)));
                        break;
                    case ListBlock list:
                        AddList(list, blocks);
                        break;
                    case ThematicBreakBlock:
                        blocks.Add(new PageBreak());
                        break;
                    case MdTable table:
                        blocks.Add(ConvertTable(table));
                        break;
                    case CustomContainer c when topLevel && c.Info == "appendix":
                        _appendices.Add(ConvertAppendix(c));
                        break;
                    case CustomContainer c:
                        throw Fail(block, c.Info == "appendix"
                            ? "an appendix cannot be nested; close the previous one with ':::'"
                            : $"unknown container '::: {c.Info}' (the only container is '::: appendix')");
                    case FootnoteGroup:
                    case LinkReferenceDefinitionGroup:
                        break;
                    default:
                        throw Unsupported(block, "in a report body");
                }
                if (topLevel && _appendices.Count > 0 && block is not CustomContainer and not FootnoteGroup and not LinkReferenceDefinitionGroup)
                    throw Fail(block, "body text after an appendix: appendices come last, after all of the body");
            }
            return blocks;
        }

        private void AddList(ListBlock list, List<Block> blocks)
        {
            if (!list.IsOrdered && list.BulletType == '*')
                throw Fail(list, "'*' items are not used in Vietnamese documents; write '- ' (dash) or '+ ' (plus) items");
            foreach (var child in list)
            {
                var item = (ListItemBlock)child;
                var mark = LiteralMark(item, list);
                var first = true;
                foreach (var inner in item)
                {
                    switch (inner)
                    {
                        case ParagraphBlock p when first:
                            var inlines = new List<Inline> { new TextRun(mark + " ") };
                            inlines.AddRange(Inlines(p.Inline));
                            blocks.Add(new Paragraph(ParagraphKind.Item, InlineList.Merge(inlines)));
                            break;
                        case ParagraphBlock p:
                            blocks.Add(new Paragraph(ParagraphKind.Body, Inlines(p.Inline)));
                            break;
                        case ListBlock nested:
                            if (first) blocks.Add(new Paragraph(ParagraphKind.Item, [new TextRun(mark)]));
                            AddList(nested, blocks);
                            break;
                        default:
                            throw Unsupported(inner, "inside an item");
                    }
                    first = false;
                }
                if (first) blocks.Add(new Paragraph(ParagraphKind.Item, [new TextRun(mark)]));
            }
        }

        // The mark exactly as the template wrote it ("1.", "01.", "3)", "-", "+"): Word never renumbers.
        private string LiteralMark(ListItemBlock item, ListBlock list)
        {
            if (!list.IsOrdered) return list.BulletType.ToString();
            var pos = item.Span.Start;
            while (pos < source.Length && source[pos] is ' ' or '\t') pos++;
            var start = pos;
            while (pos < source.Length && char.IsAsciiDigit(source[pos])) pos++;
            if (pos < source.Length && source[pos] == list.OrderedDelimiter) pos++;
            return pos > start ? source[start..pos] : item.Order.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.OrderedDelimiter;
        }

        private Appendix ConvertAppendix(CustomContainer container)
        {
            var orientation = (container.Arguments ?? "").Trim() switch
            {
                "" => AppendixOrientation.Auto,
                "landscape" => AppendixOrientation.Landscape,
                "portrait" => AppendixOrientation.Portrait,
                var other => throw Fail(container, $"unknown appendix option '{other}' (use 'landscape', 'portrait' or nothing)"),
            };
            if (container.Count == 0 || container[0] is not ParagraphBlock heading)
                throw Fail(container, "an appendix starts with a paragraph of two or three lines: number (Phụ lục I), title, and optionally the reference line (Kèm theo …)");
            var lines = new List<StringBuilder> { new() };
            foreach (var inline in heading.Inline ?? [])
            {
                if (inline is LineBreakInline) lines.Add(new StringBuilder());
                else lines[^1].Append(PlainText(inline));
            }
            if (lines.Count is < 2 or > 3 || lines.Any(l => l.ToString().Trim().Length == 0))
                throw Fail(heading, "an appendix starts with a paragraph of two or three lines: number (Phụ lục I), title, and optionally the reference line (Kèm theo …)");
            var blocks = ConvertBlocks(container.Skip(1), topLevel: false);
            return new Appendix(lines[0].ToString().Trim(), lines[1].ToString().Trim(), lines.Count > 2 ? lines[2].ToString().Trim() : null, orientation, blocks);
        }

        private Table ConvertTable(MdTable table)
        {
            var columns = table.ColumnDefinitions
                .Select(d => d.Alignment switch
                {
                    Markdig.Extensions.Tables.TableColumnAlign.Right => ColumnAlignment.Right,
                    Markdig.Extensions.Tables.TableColumnAlign.Center => ColumnAlignment.Center,
                    _ => ColumnAlignment.Left,
                })
                .ToArray();
            // The delimiter row fixes the width; Markdig pads shorter rows, and the header row when another row is longer.
            var width = columns.Length;
            if (width == 0) throw Fail(table, "a table needs at least one column");
            foreach (var rowBlock in table)
            {
                var row = (MdTableRow)rowBlock;
                if (row.Count > width && row.Skip(width).Any(c => ((MdTableCell)c).Count > 0))
                    throw Fail(row, $"this table row has {row.Count} cells but the table has {width} columns; every row needs the same number of '|' cells (merge with '<' or '^')");
            }

            var rules = new TableRules(width, (reason, at) => Fail((MarkdownObject)at!, reason));
            foreach (var rowBlock in table)
            {
                var row = (MdTableRow)rowBlock;
                rules.StartRow(row.IsHeader);
                for (var c = 0; c < Math.Min(row.Count, width); c++)
                {
                    var cell = (MdTableCell)row[c];
                    var inlines = CellInlines(cell);
                    if (c == 0) rules.StripMarker(inlines, cell);
                    rules.AddCell(inlines, c, cell);
                }
                rules.EndRow(row);
            }
            // Runs are merged once every marker is off.
            return rules.Build(columns, table, static inlines => InlineList.Merge(inlines));
        }

        private List<Inline> CellInlines(MdTableCell cell)
        {
            var result = new List<Inline>();
            foreach (var child in cell)
            {
                if (child is ParagraphBlock p)
                {
                    if (result.Count > 0) result.Add(new LineBreak());
                    result.AddRange(Inlines(p.Inline));
                }
                else throw Unsupported(child, "inside a table cell");
            }
            return result;
        }

        private IReadOnlyList<Inline> Inlines(ContainerInline? container)
        {
            var result = new List<Inline>();
            if (container is not null) AddInlines(container, false, false, result);
            return InlineList.Merge(result);
        }

        private void AddInlines(ContainerInline container, bool bold, bool italic, List<Inline> result)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        result.Add(new TextRun(literal.Content.ToString(), bold, italic));
                        break;
                    case HtmlEntityInline entity:
                        result.Add(new TextRun(entity.Transcoded.ToString(), bold, italic));
                        break;
                    case LineBreakInline br:
                        result.Add(br.IsHard ? new LineBreak() : new TextRun(" ", bold, italic));
                        break;
                    case FootnoteLink { IsBackLink: false } link:
                        result.Add(new FootnoteReference(link.Footnote.Order));
                        break;
                    case FootnoteLink:
                        // The back link Markdig appends to each footnote's text.
                        break;
                    case EmphasisInline emphasis when emphasis.DelimiterChar is '*' or '_':
                        AddInlines(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount is 1 or 3, result);
                        break;
                    case CodeInline:
                        throw Fail(inline, "code (`…`) cannot be laid out in a report; remove the backticks");
                    case HtmlInline:
                        throw Fail(inline, "HTML cannot be laid out in a report");
                    case LinkInline or AutolinkInline:
                        throw Fail(inline, "links and images cannot be laid out in a report; write the text or address as plain text");
                    case DelimiterInline delimiter:
                        result.Add(new TextRun(delimiter.ToLiteral(), bold, italic));
                        if (delimiter is ContainerInline inner) AddInlines(inner, bold, italic, result);
                        break;
                    case ContainerInline other:
                        AddInlines(other, bold, italic, result);
                        break;
                    default:
                        throw Fail(inline, $"'{inline.GetType().Name}' cannot be laid out in a report");
                }
            }
        }

        private static string PlainText(Markdig.Syntax.Inlines.Inline inline) => inline switch
        {
            LiteralInline l => l.Content.ToString(),
            HtmlEntityInline e => e.Transcoded.ToString(),
            LineBreakInline => " ",
            ContainerInline c => string.Concat(c.Select(PlainText)),
            _ => "",
        };

        private MarkupException Unsupported(Markdig.Syntax.Block block, string where)
        {
            var what = block switch
            {
                HtmlBlock => "HTML",
                FencedCodeBlock or CodeBlock => "a code block (lines indented by 4 spaces or fenced by ``` make one; indent nothing)",
                QuoteBlock => "a quotation block ('>')",
                HeadingBlock => "a heading",
                MdTable => "a table",
                ListBlock => "a list",
                _ => $"'{block.GetType().Name}'",
            };
            return Fail(block, $"{what} cannot be laid out {where}");
        }

        private MarkupException Fail(MarkdownObject node, string reason) => fail(reason, node.Line + 1, node.Column + 1);
    }
}
