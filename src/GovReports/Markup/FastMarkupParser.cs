using System.Runtime.InteropServices;
using GovReports.Model;
using YamlDotNet.RepresentationModel;

namespace GovReports.Markup;

/// <summary>
/// A direct parser for the canonical shapes templates emit (MARKUP.md): ATX headings, paragraphs, <c>- </c> / <c>+ </c> and
/// numbered items, <c>***</c> page breaks, pipe tables, footnotes and <c>::: appendix</c> containers. It builds the same
/// <see cref="ReportDocument"/> as the Markdig path; wherever the markup leaves those shapes — including every error — it
/// hands the whole markup over to Markdig, so its results never need to agree with Markdown beyond the shapes it accepts.
/// </summary>
internal sealed class FastMarkupParser
{
    /// <summary>Thrown inside the fast parser where the markup leaves the subset it is certain of; the caller falls back to Markdig.</summary>
    internal sealed class HandOver : Exception
    {
    }

    private enum LineKind { Blank, Text, Heading, Bullet, Ordered, PageBreak, Fence, FootnoteDefinition, TableRow, Other }

    // Lists deeper than this are left to Markdig, which limits nesting itself.
    private const int MaxListDepth = 8;

    private readonly ReadOnlyMemory<char> _source;
    private readonly FastInlineParser _inlines;
    private readonly List<(int Start, int End)> _lineBuffer = [];
    private readonly Dictionary<string, int> _footnoteNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IReadOnlyList<Inline>>> _footnoteTexts = new(StringComparer.Ordinal);
    private readonly List<Appendix> _appendices = [];
    private int _pos;
    private int _end;
    private LineKind _previous = LineKind.Blank;

    private FastMarkupParser(ReadOnlyMemory<char> source, int start)
    {
        _source = source;
        _inlines = new FastInlineParser(source, FootnoteNumber);
        SetLine(start);
    }

    /// <summary>Parses the markup (already NFC) when it keeps to the canonical shapes; <see langword="null"/> hands it to Markdig.</summary>
    /// <exception cref="MarkupException">The front matter is invalid (the same error the Markdig path reports first).</exception>
    public static ReportDocument? TryParse(ReadOnlyMemory<char> markup, DocumentFrame? frame, Func<string, int, int, MarkupException> fail)
    {
        // Carriage returns, tabs and other control characters change how Markdown reads lines and indents; a byte order
        // mark or a Unicode line separator might be read as white space; code spans and '_' are never canonical.
        // (Separate searches: each is vectorized, one search for all of them is several times slower on Vietnamese text.)
        var span = markup.Span;
        if (span.IndexOfAnyInRange('\0', '\u0009') >= 0 || span.IndexOfAnyInRange('\u000B', '\u001F') >= 0
            || span.IndexOfAny('`', '_') >= 0 || span.IndexOfAny("\u0085\u2028\u2029\uFEFF") >= 0)
            return null;
        if (!TrySplitFrontMatter(span, out var yaml, out var bodyStart)) return null;
        try
        {
            DocumentFrame documentFrame;
            if (yaml is null) documentFrame = FrontMatter.Build((YamlMappingNode?)null, frame, HandOverInstead);
            else if (FastFrontMatter.TryRead(yaml, out var fields)) documentFrame = FrontMatter.Build(fields, frame, HandOverInstead);
            // YamlDotNet reads the front matter; its errors are the ones the Markdig path would report first.
            else documentFrame = FrontMatter.Build(yaml, frame, fail);
            return new FastMarkupParser(markup, bodyStart).Parse(documentFrame);
        }
        catch (HandOver)
        {
            return null;
        }
    }

    // Front-matter values the frame refuses: the Markdig path reports them with their YAML positions.
    private static MarkupException HandOverInstead(string reason, int line, int column) => throw new HandOver();

    // The same split as FrontMatter.Split, by offsets: the body is read in place instead of copied behind blank lines.
    private static bool TrySplitFrontMatter(ReadOnlySpan<char> markup, out string? yaml, out int bodyStart)
    {
        yaml = null;
        bodyStart = 0;
        var firstEnd = markup.IndexOf('\n');
        if (!(firstEnd < 0 ? markup : markup[..firstEnd]).TrimEnd(" \t").SequenceEqual("---")) return true;
        if (firstEnd < 0) return false;
        var pos = firstEnd + 1;
        while (pos < markup.Length)
        {
            var end = markup[pos..].IndexOf('\n');
            if (end >= 0) end += pos;
            var line = end < 0 ? markup[pos..] : markup[pos..end];
            var trimmed = line.TrimEnd();
            if (trimmed.SequenceEqual("---") || trimmed.SequenceEqual("..."))
            {
                yaml = markup[(firstEnd + 1)..pos].ToString();
                bodyStart = end < 0 ? markup.Length : end + 1;
                return true;
            }
            if (end < 0) break;
            pos = end + 1;
        }
        // Never closed: the Markdig path reports it.
        return false;
    }

    private ReportDocument Parse(DocumentFrame frame)
    {
        var blocks = ParseBlocks(inAppendix: false);
        var footnotes = new List<Footnote>(_footnoteNumbers.Count);
        if (_footnoteNumbers.Count != _footnoteTexts.Count) throw new HandOver();
        foreach (var (label, number) in _footnoteNumbers)
        {
            if (!_footnoteTexts.TryGetValue(label, out var paragraphs)) throw new HandOver();
            footnotes.Add(new Footnote(number, paragraphs));
        }
        footnotes.Sort((a, b) => a.Number.CompareTo(b.Number));
        return new ReportDocument(frame, blocks, footnotes, _appendices);
    }

    private int FootnoteNumber(string label)
    {
        if (!_footnoteNumbers.TryGetValue(label, out var number))
        {
            number = _footnoteNumbers.Count + 1;
            _footnoteNumbers.Add(label, number);
        }
        return number;
    }

    private ReadOnlySpan<char> Text => _source.Span;

    private bool AtEnd => _pos >= _source.Length;

    private ReadOnlySpan<char> Line => Text.Slice(_pos, _end - _pos);

    private void SetLine(int start)
    {
        _pos = start;
        if (start >= _source.Length) { _end = _source.Length; return; }
        var newline = Text[start..].IndexOf('\n');
        _end = newline < 0 ? _source.Length : start + newline;
    }

    private void Advance(LineKind kind)
    {
        _previous = kind;
        SetLine(_end + 1);
    }

    // A line of spaces is blank; other white space (no-break spaces…) is left to Classify, which hands it over.
    private void SkipBlankLines()
    {
        while (!AtEnd && Line.TrimStart(' ').Length == 0) Advance(LineKind.Blank);
    }

    private List<Block> ParseBlocks(bool inAppendix)
    {
        var blocks = new List<Block>();
        while (true)
        {
            SkipBlankLines();
            if (AtEnd)
            {
                if (inAppendix) throw new HandOver();
                return blocks;
            }
            var kind = Classify(Line);
            if (!inAppendix && _appendices.Count > 0 && kind is not (LineKind.Fence or LineKind.FootnoteDefinition)) throw new HandOver();
            switch (kind)
            {
                case LineKind.Heading:
                    blocks.Add(Heading(blocks));
                    Advance(LineKind.Heading);
                    break;
                case LineKind.PageBreak:
                    blocks.Add(new PageBreak());
                    Advance(LineKind.PageBreak);
                    break;
                case LineKind.Text:
                    blocks.Add(new Paragraph(ParagraphKind.Body, Paragraph(inAppendix)));
                    break;
                case LineKind.Bullet or LineKind.Ordered:
                    List(blocks, inAppendix);
                    break;
                case LineKind.TableRow when _previous == LineKind.Blank:
                    blocks.Add(Table(inAppendix));
                    break;
                case LineKind.Fence when inAppendix && Line.SequenceEqual(":::"):
                    Advance(LineKind.Fence);
                    return blocks;
                case LineKind.Fence when !inAppendix && _previous == LineKind.Blank:
                    _appendices.Add(Appendix());
                    break;
                case LineKind.FootnoteDefinition when !inAppendix && _previous is LineKind.Blank or LineKind.FootnoteDefinition:
                    FootnoteDefinition();
                    break;
                default:
                    throw new HandOver();
            }
        }
    }

    private static LineKind Classify(ReadOnlySpan<char> line)
    {
        if (line.Length == 0) return LineKind.Blank;
        // Markdig trims paragraphs and cells of spaces only; other white space at either end is left to it.
        if (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1])) return line.TrimStart(' ').Length == 0 ? LineKind.Blank : LineKind.Other;
        switch (line[0])
        {
            case '#':
                var level = line.IndexOfAnyExcept('#');
                return level is >= 1 and <= 4 && line[level] == ' ' && line[level + 1] != ' ' && line[^1] != '#' ? LineKind.Heading : LineKind.Other;
            case '-' or '+':
                // "- - -" is a thematic break, not an item.
                return line.Length >= 3 && line[1] == ' ' && line[2] != ' ' && line.IndexOfAnyExcept("- ") >= 0 ? LineKind.Bullet : LineKind.Other;
            case '*':
                if (line.SequenceEqual("***")) return LineKind.PageBreak;
                return line.Length >= 2 && line[1] != ' ' && line.IndexOfAnyExcept("* ") >= 0 ? LineKind.Text : LineKind.Other;
            case >= '0' and <= '9':
                var digits = line.IndexOfAnyExceptInRange('0', '9');
                if (digits < 0 || line[digits] is not ('.' or ')')) return LineKind.Text;
                if (digits > 9) return LineKind.Other;
                if (digits + 1 == line.Length) return LineKind.Other;
                if (line[digits + 1] != ' ') return LineKind.Text;
                return line.Length > digits + 2 && line[digits + 2] != ' ' ? LineKind.Ordered : LineKind.Other;
            case ':':
                return line.StartsWith(":::") ? LineKind.Fence : LineKind.Other;
            case '[':
                return FootnoteLabelLength(line) > 0 ? LineKind.FootnoteDefinition : LineKind.Other;
            case '|':
                return LineKind.TableRow;
            case '>' or '<' or '=' or '~' or '`' or '_':
                return LineKind.Other;
            default:
                return LineKind.Text;
        }
    }

    // The length of "[^label]: " at the start of a footnote definition with text after it, or 0.
    private static int FootnoteLabelLength(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("[^")) return 0;
        var i = FootnoteLabelEnd(line, 2);
        return i > 2 && line[i..].StartsWith("]: ") && line.Length > i + 3 && line[i + 3] != ' ' ? i + 3 : 0;
    }

    // Where a footnote label starting at start ends: the fast parser reads labels of digits and lower-case ASCII letters.
    internal static int FootnoteLabelEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || char.IsAsciiLetterLower(text[i]))) i++;
        return i;
    }

    private Heading Heading(List<Block> blocks)
    {
        var line = Line;
        var hashes = line.IndexOf(' ');
        // Classify lets only one to four '#' through.
        var level = HeadingLevels.Of(hashes, blocks) ?? throw new HandOver();
        return new Heading(level, _inlines.Parse(_pos + hashes + 1, _end));
    }

    // A paragraph runs to a blank line or to a line that interrupts it in every Markdown reading (heading, item, page break, appendix end).
    private Inline[] Paragraph(bool inAppendix, bool breakEveryLine = false)
    {
        _lineBuffer.Clear();
        while (true)
        {
            _lineBuffer.Add((_pos, _end));
            Advance(LineKind.Text);
            if (AtEnd) break;
            var kind = Classify(Line);
            if (kind == LineKind.Text) continue;
            if (kind is LineKind.Blank or LineKind.Heading or LineKind.Bullet or LineKind.PageBreak) break;
            if (kind == LineKind.Fence && inAppendix && Line.SequenceEqual(":::")) break;
            throw new HandOver();
        }
        return _inlines.Parse(CollectionsMarshal.AsSpan(_lineBuffer), breakEveryLine: breakEveryLine);
    }

    // Items become flat paragraphs in order whatever their nesting, so a line only has to be certain to start an item:
    // at column 0 or exactly at the text column of an open item, and never a numbered line that could continue a paragraph.
    private void List(List<Block> blocks, bool inAppendix)
    {
        Span<int> textColumns = stackalloc int[MaxListDepth];
        var depth = 0;
        (int Indent, char Delimiter) lastOrdered = (-1, '\0');
        while (true)
        {
            var indent = Line.IndexOfAnyExcept(' ');
            if (indent > 0)
            {
                var level = textColumns[..depth].IndexOf(indent);
                if (level < 0) throw new HandOver();
                depth = level + 1;
            }
            else depth = 0;
            if (depth == MaxListDepth) throw new HandOver();
            var line = Line[indent..];
            var kind = Classify(line);
            var markLength = kind switch
            {
                LineKind.Bullet => 1,
                LineKind.Ordered => line.IndexOfAny('.', ')') + 1,
                _ => throw new HandOver(),
            };
            if (kind == LineKind.Ordered)
            {
                // "2. …" right under a line is a continuation unless it carries on the same numbered list.
                if (_previous != LineKind.Blank && lastOrdered != (indent, line[markLength - 1])) throw new HandOver();
                lastOrdered = (indent, line[markLength - 1]);
            }
            else lastOrdered = (-1, '\0');
            var textStart = _pos + indent + markLength + 1;
            if (Classify(Text.Slice(textStart, _end - textStart)) != LineKind.Text) throw new HandOver();
            var mark = Text.Slice(_pos + indent, markLength).ToString();
            blocks.Add(new Paragraph(ParagraphKind.Item, _inlines.Parse(textStart, _end, mark + " ")));
            textColumns[depth++] = indent + markLength + 1;
            Advance(kind);

            SkipBlankLines();
            if (AtEnd) return;
            var next = Line.TrimStart(' ');
            var nextKind = Classify(next);
            if (nextKind is LineKind.Bullet or LineKind.Ordered && (next.Length == Line.Length || textColumns[..depth].Contains(Line.Length - next.Length)))
                continue;
            if (next.Length != Line.Length) throw new HandOver();
            if (_previous == LineKind.Blank || nextKind is LineKind.Heading or LineKind.PageBreak) return;
            if (nextKind == LineKind.Fence && inAppendix && next.SequenceEqual(":::")) return;
            throw new HandOver();
        }
    }

    private Table Table(bool inAppendix)
    {
        var header = Cells();
        Advance(LineKind.TableRow);
        if (AtEnd || Classify(Line) != LineKind.TableRow) throw new HandOver();
        var columns = Alignments();
        if (columns.Length != header.Count) throw new HandOver();
        Advance(LineKind.TableRow);
        var rows = new List<List<(int Start, int End)>> { header };
        while (!AtEnd && Classify(Line) == LineKind.TableRow)
        {
            var row = Cells();
            if (row.Count != columns.Length) throw new HandOver();
            rows.Add(row);
            Advance(LineKind.TableRow);
        }
        if (!AtEnd && Classify(Line) != LineKind.Blank && !(inAppendix && Line.SequenceEqual(":::"))) throw new HandOver();
        return BuildTable(columns, rows);
    }

    // The cells of "| a | b |" as offsets of their trimmed text; a cell is empty or has a space on both sides.
    private List<(int Start, int End)> Cells()
    {
        var line = Line;
        if (line.Length < 2 || line[^1] != '|' || line.Contains("\\|", StringComparison.Ordinal)) throw new HandOver();
        var cells = new List<(int, int)>();
        var start = 1;
        while (start < line.Length)
        {
            var end = start + line[start..].IndexOf('|');
            var cell = line[start..end];
            var text = cell.Trim(' ');
            if (text.Length == 0) cells.Add((0, 0));
            else
            {
                if (cell[0] != ' ' || cell[^1] != ' ' || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) throw new HandOver();
                var offset = _pos + start + cell.IndexOfAnyExcept(' ');
                cells.Add((offset, offset + text.Length));
            }
            start = end + 1;
        }
        return cells;
    }

    private ColumnAlignment[] Alignments()
    {
        var line = Line;
        if (line.Length < 2 || line[^1] != '|') throw new HandOver();
        var columns = new List<ColumnAlignment>();
        for (var start = 1; start < line.Length; )
        {
            var end = start + line[start..].IndexOf('|');
            var cell = line[start..end].Trim(' ');
            start = end + 1;
            var left = cell.Length > 0 && cell[0] == ':';
            var right = cell.Length > 1 && cell[^1] == ':';
            var dashes = cell[(left ? 1 : 0)..(cell.Length - (right ? 1 : 0))];
            if (dashes.Length == 0 || dashes.ContainsAnyExcept('-')) throw new HandOver();
            columns.Add(left && right ? ColumnAlignment.Center : right ? ColumnAlignment.Right : ColumnAlignment.Left);
        }
        return columns.ToArray();
    }

    // The table conventions of MARKUP.md ({total}, {header}, '<', '^'), as the Markdig path applies them; every error hands over.
    private Table BuildTable(ColumnAlignment[] columns, List<List<(int Start, int End)>> source)
    {
        var rules = new TableRules(columns.Length, static (_, _) => new HandOver());
        for (var r = 0; r < source.Count; r++)
        {
            rules.StartRow(header: r == 0);
            for (var c = 0; c < columns.Length; c++)
            {
                var (start, end) = source[r][c];
                IReadOnlyList<Inline> inlines = end == 0 ? [] : _inlines.Parse(start, end);
                if (c == 0 && Array.Find((Inline[])inlines, i => i is TextRun) is TextRun first && first.Text.AsSpan().TrimStart().StartsWith("{"))
                {
                    // Merged here rather than at the end as the Markdig path does: the parser's runs are merged already, so only stripping can change them.
                    var list = new List<Inline>(inlines);
                    if (rules.StripMarker(list, null)) inlines = InlineList.Merge(list);
                }
                rules.AddCell(inlines, c, null);
            }
            rules.EndRow(null);
        }
        return rules.Build(columns, null, static inlines => inlines);
    }

    private Appendix Appendix()
    {
        var orientation = Line switch
        {
            "::: appendix" => AppendixOrientation.Auto,
            "::: appendix landscape" => AppendixOrientation.Landscape,
            "::: appendix portrait" => AppendixOrientation.Portrait,
            _ => throw new HandOver(),
        };
        Advance(LineKind.Fence);
        if (AtEnd || Classify(Line) != LineKind.Text) throw new HandOver();
        _inlines.AllowFootnotes = false;
        var heading = Paragraph(inAppendix: true, breakEveryLine: true);
        _inlines.AllowFootnotes = true;
        var lines = new List<string> { "" };
        foreach (var inline in heading)
        {
            if (inline is LineBreak) lines.Add("");
            else lines[^1] += ((TextRun)inline).Text;
        }
        if (lines.Count is < 2 or > 3 || lines.Exists(l => l.Trim().Length == 0)) throw new HandOver();
        var blocks = ParseBlocks(inAppendix: true);
        return new Appendix(lines[0].Trim(), lines[1].Trim(), lines.Count > 2 ? lines[2].Trim() : null, orientation, blocks);
    }

    // "[^label]: text", then paragraphs indented by four spaces after blank lines.
    private void FootnoteDefinition()
    {
        var labelLength = FootnoteLabelLength(Line);
        var label = Text.Slice(_pos + 2, labelLength - 5).ToString();
        if (_footnoteTexts.ContainsKey(label)) throw new HandOver();
        _inlines.AllowFootnotes = false;
        var paragraphs = new List<IReadOnlyList<Inline>> { _inlines.Parse(_pos + labelLength, _end) };
        Advance(LineKind.FootnoteDefinition);
        while (!AtEnd)
        {
            if (Classify(Line) == LineKind.FootnoteDefinition) break;
            if (_previous != LineKind.Blank && Classify(Line) != LineKind.Blank) throw new HandOver();
            SkipBlankLines();
            if (AtEnd || !Line.StartsWith("    ") || Classify(Line[4..]) != LineKind.Text) break;
            var start = _pos + 4;
            paragraphs.Add(_inlines.Parse(start, _end));
            Advance(LineKind.FootnoteDefinition);
        }
        _inlines.AllowFootnotes = true;
        _footnoteTexts.Add(label, paragraphs);
    }
}
