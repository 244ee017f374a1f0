using System.Buffers;

namespace GovReports.Markup;

/// <summary>
/// Reads the inline text of one block in the canonical markup subset (MARKUP.md): plain text, <c>*</c> / <c>**</c> / <c>***</c>
/// emphasis that does not nest, backslash escapes of ASCII punctuation, hard breaks by a final <c>\</c>, footnote references.
/// Anything Markdown could read in another way throws <see cref="FastMarkupParser.HandOver"/>.
/// </summary>
internal sealed class FastInlineParser(ReadOnlyMemory<char> source, Func<string, int> footnoteNumber)
{
    private ReadOnlySpan<char> Text => source.Span;

    // Characters that may start an inline construct; everything else is literal text.
    private static readonly SearchValues<char> Special = SearchValues.Create("\\*[]|!<&:`_");

    private readonly List<Inline> _output = [];
    private int _emphasis;
    private int _escapeEnd = -1;

    // The text of the current run: a slice of the source while it is one (most runs are), else copied into the buffer.
    private int _sliceStart = -1;
    private int _sliceEnd;
    private char[] _buffer = new char[256];
    private int _length;

    /// <summary>Whether a footnote reference is allowed (not inside a footnote's own text).</summary>
    public bool AllowFootnotes { get; set; } = true;

    /// <summary>Parses the lines (start and end offsets in the text, without the line feed) of one block.</summary>
    /// <param name="lines">The lines; soft breaks between them become a space, a final unescaped <c>\</c> a line break.</param>
    /// <param name="prefix">Plain text put before the first line (an item's literal mark), or <see langword="null"/>.</param>
    /// <param name="breakEveryLine">Whether soft breaks also become line breaks (an appendix heading counts its lines).</param>
    public Inline[] Parse(ReadOnlySpan<(int Start, int End)> lines, string? prefix = null, bool breakEveryLine = false)
    {
        _output.Clear();
        _sliceStart = -1;
        _length = 0;
        _emphasis = 0;
        _escapeEnd = -1;
        if (prefix is not null) Append(prefix);
        for (var i = 0; i < lines.Length; i++)
        {
            var last = i == lines.Length - 1;
            var hardBreak = ParseLine(lines[i].Start, lines[i].End, last);
            if (last) break;
            // An appendix heading counts only breaks outside emphasis as lines; Markdig reads ones inside as spaces.
            if (breakEveryLine && _emphasis != 0) throw new FastMarkupParser.HandOver();
            if (hardBreak || breakEveryLine) LineBreak();
            else Append(' ');
        }
        if (_emphasis != 0) throw new FastMarkupParser.HandOver();
        Flush();
        return _output.ToArray();
    }

    /// <summary>Parses a single segment (a heading's text, a table cell).</summary>
    public Inline[] Parse(int start, int end, string? prefix = null) =>
        Parse([(start, end)], prefix);

    // Returns whether the line ends in a hard break ('\' before the line feed).
    private bool ParseLine(int start, int end, bool last)
    {
        var text = Text;
        var i = start;
        while (i < end)
        {
            var next = text.Slice(i, end - i).IndexOfAny(Special);
            if (next < 0)
            {
                Append(i, end - i);
                return false;
            }
            Append(i, next);
            i += next;
            var c = text[i];
            var following = i + 1 < end ? text[i + 1] : '\n';
            switch (c)
            {
                case '\\':
                    if (i + 1 == end)
                    {
                        if (!last) return true;
                        Append('\\');
                        return false;
                    }
                    if (following == '|') throw new FastMarkupParser.HandOver();
                    if (char.IsAsciiLetterOrDigit(following) || !char.IsAscii(following) || following == ' ')
                    {
                        Append(i, 1);
                        i++;
                    }
                    else
                    {
                        Append(i + 1, 1);
                        i += 2;
                        _escapeEnd = i;
                    }
                    break;
                case '*':
                    i = Emphasis(i, start, end);
                    break;
                case '[':
                    i = FootnoteReference(i, end);
                    break;
                case '!' when following != '[':
                case '<' when following is ' ' or '\n':
                case ':' when following != ':':
                    Append(i, 1);
                    i++;
                    break;
                case '&' when following != '#' && !IsEntity(i + 1, end):
                    Append(i, 1);
                    i++;
                    break;
                default:
                    // Links, images, code, HTML, entities, '_' emphasis, '::' containers, pipes outside tables.
                    throw new FastMarkupParser.HandOver();
            }
        }
        return false;
    }

    // '&name;' could be an entity reference, which Markdown decodes.
    private bool IsEntity(int from, int end)
    {
        var text = Text;
        var i = from;
        while (i < end && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i > from && i < end && text[i] == ';';
    }

    private enum Neighbour { Space, Punctuation, Word, Other }

    // ASCII symbols ('$', '+', '<', '=', '>', '^', '|', '~') and non-ASCII symbols count as Other: Markdown versions
    // disagree on whether symbols are punctuation, so emphasis next to them is left to Markdig.
    private static Neighbour Classify(char c) =>
        c is ' ' or '\n' ? Neighbour.Space
        : char.IsAsciiLetterOrDigit(c) ? Neighbour.Word
        : char.IsAscii(c) ? (char.IsPunctuation(c) ? Neighbour.Punctuation : Neighbour.Other)
        : char.IsLetterOrDigit(c) ? Neighbour.Word
        : char.IsPunctuation(c) ? Neighbour.Punctuation
        : Neighbour.Other;

    // A run of '*' is taken when its neighbours are spaces, words or punctuation (then the flanking rules of Markdown
    // decide it alone) and runs pair one to one without nesting: an opening run while none is open, a closing run of
    // the same length while one is. Markdown then always pairs them the same way (equal lengths pass its rule of three).
    private int Emphasis(int i, int start, int end)
    {
        var text = Text;
        var length = 1;
        while (i + length < end && text[i + length] == '*') length++;
        var before = Classify(i > start ? text[i - 1] : '\n');
        var after = Classify(i + length < end ? text[i + length] : '\n');
        if (length > 3 || i == _escapeEnd || before == Neighbour.Other || after == Neighbour.Other || (i + length < end && text[i + length] == '\\'))
            throw new FastMarkupParser.HandOver();
        var leftFlanking = after != Neighbour.Space && (after != Neighbour.Punctuation || before != Neighbour.Word);
        var rightFlanking = before != Neighbour.Space && (before != Neighbour.Punctuation || after != Neighbour.Word);
        if (_emphasis == 0 && leftFlanking)
        {
            Flush();
            _emphasis = length;
        }
        else if (_emphasis == length && rightFlanking)
        {
            Flush();
            _emphasis = 0;
        }
        else throw new FastMarkupParser.HandOver();
        return i + length;
    }

    // '[^label]' with a label of digits and lower-case ASCII letters; other brackets are links to Markdown.
    private int FootnoteReference(int i, int end)
    {
        var text = Text;
        if (!AllowFootnotes || i + 1 >= end || text[i + 1] != '^') throw new FastMarkupParser.HandOver();
        var labelStart = i + 2;
        var j = FastMarkupParser.FootnoteLabelEnd(text.Slice(0, end), labelStart);
        if (j == labelStart || j >= end || text[j] != ']') throw new FastMarkupParser.HandOver();
        if (j + 1 < end && text[j + 1] is '(' or '[' or ':') throw new FastMarkupParser.HandOver();
        Flush();
        _output.Add(new FootnoteReference(footnoteNumber(text.Slice(labelStart, j - labelStart).ToString())));
        return j + 1;
    }

    private void LineBreak()
    {
        Flush();
        _output.Add(new LineBreak());
    }

    private void Append(int start, int length)
    {
        if (length == 0) return;
        if (_sliceStart < 0 && _length == 0)
        {
            (_sliceStart, _sliceEnd) = (start, start + length);
            return;
        }
        if (_sliceStart >= 0 && _sliceEnd == start)
        {
            _sliceEnd += length;
            return;
        }
        Append(Text.Slice(start, length));
    }

    private void Append(char c) => Append([c]);

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_sliceStart >= 0)
        {
            var slice = Text.Slice(_sliceStart, _sliceEnd - _sliceStart);
            _sliceStart = -1;
            Append(slice);
        }
        if (_length + chars.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + chars.Length));
        chars.CopyTo(_buffer.AsSpan(_length));
        _length += chars.Length;
    }

    private void Flush()
    {
        var text = Text;
        string run;
        if (_sliceStart >= 0) run = text.Slice(_sliceStart, _sliceEnd - _sliceStart).ToString();
        else if (_length > 0) run = new string(_buffer, 0, _length);
        else return;
        _sliceStart = -1;
        _length = 0;
        // Runs with the same emphasis on both sides of a reference or break stay apart, as in the Markdig path.
        _output.Add(new TextRun(run, _emphasis >= 2, _emphasis is 1 or 3));
    }
}
