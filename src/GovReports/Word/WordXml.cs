using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace GovReports.Word;

// Streams WordprocessingML as UTF-8 straight into a small buffer, producing the bytes XmlWriter gave for the same
// calls (declaration, `<w:x />` for empty elements, its escaping) at a fraction of the cost. The deflate stream's output
// depends on how its input is split into writes, so the buffer is handed on at the very points XmlWriter's 6 KB buffer
// was: before a name or text character once 6,143 bytes are waiting (markup punctuation is never split off).
// Element order inside pPr/rPr follows the schema.
internal sealed class WordXml : IDisposable
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const int ChunkLimit = 6143;
    private const int MaxIntLength = 11;

    private static readonly byte[] ParagraphStart = "<w:p><w:pPr><w:pStyle w:val=\""u8.ToArray();
    private static readonly byte[] EmptyEnd = "\" />"u8.ToArray();
    private static readonly byte[] RunStart = "<w:r>"u8.ToArray();
    private static readonly byte[] RunEnd = "</w:r>"u8.ToArray();
    private static readonly byte[] Bold = "<w:rPr><w:b /><w:bCs /></w:rPr>"u8.ToArray();
    private static readonly byte[] Italic = "<w:rPr><w:i /><w:iCs /></w:rPr>"u8.ToArray();
    private static readonly byte[] BoldItalic = "<w:rPr><w:b /><w:bCs /><w:i /><w:iCs /></w:rPr>"u8.ToArray();
    private static readonly byte[] Break = "<w:br />"u8.ToArray();
    private static readonly byte[] TextStart = "<w:t xml:space=\"preserve\">"u8.ToArray();
    private static readonly byte[] TextEnd = "</w:t>"u8.ToArray();

    private readonly Stream _stream;
    private readonly List<string> _open = new(16);
    private readonly byte[] _buffer;
    private int _length;
    private bool _startTagOpen;

    // Parts are written one after another, so each thread keeps one buffer for them; it is taken out while in use.
    [ThreadStatic]
    private static byte[]? t_buffer;

    public WordXml(Stream stream)
    {
        _stream = stream;
        _buffer = t_buffer ?? new byte[ChunkLimit + 64];
        t_buffer = null;
        Name("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");
    }

    public void Root(string name)
    {
        Start(name);
        Punctuation(' ');
        Name("xmlns:r");
        Punctuation('=');
        Punctuation('"');
        Name(R);
        Punctuation('"');
        Punctuation(' ');
        Name("xmlns:w");
        Punctuation('=');
        Punctuation('"');
        Name(W);
        Punctuation('"');
    }

    public void Start(string name)
    {
        CloseStartTag();
        if (!TryCopyTag("<w:"u8, name, default))
        {
            Punctuation('<');
            Name("w");
            Punctuation(':');
            Name(name);
        }
        _open.Add(name);
        _startTagOpen = true;
    }

    public void End()
    {
        var name = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (_startTagOpen)
        {
            Punctuation(' ');
            Punctuation('/');
            Punctuation('>');
            _startTagOpen = false;
            return;
        }
        if (TryCopyTag("</w:"u8, name, ">"u8)) return;
        Punctuation('<');
        Punctuation('/');
        Name("w");
        Punctuation(':');
        Name(name);
        Punctuation('>');
    }

    public void Empty(string name)
    {
        Start(name);
        End();
    }

    public void Val(string name, string value)
    {
        Start(name);
        Attr("val", value);
        End();
    }

    public void Val(string name, int value)
    {
        Start(name);
        Attr("val", value);
        End();
    }

    public void Attr(string name, string value) => Attribute("w", name, value);

    public void Attr(string name, int value)
    {
        AttributeStart("w", name);
        // A number's digits are checked against the chunk limit like any value character; formatted in place when no
        // check could flush.
        if (_length + MaxIntLength <= ChunkLimit && value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture))
            _length += written;
        else
            Escaped(value.ToString(CultureInfo.InvariantCulture), attribute: true);
        Punctuation('"');
    }

    /// <summary>Writes an attribute outside the <c>w:</c> namespace: <c>r:id</c>, <c>xml:space</c>.</summary>
    public void Attr(string prefix, string name, string value) => Attribute(prefix, name, value);

    /// <summary>Writes escaped character data.</summary>
    public void Text(string text)
    {
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    public void Fonts(string font)
    {
        Start("rFonts");
        Attr("ascii", font);
        Attr("hAnsi", font);
        Attr("eastAsia", font);
        Attr("cs", font);
        End();
    }

    public void Size(double points)
    {
        var half = HalfPoints(points);
        Val("sz", half);
        Val("szCs", half);
    }

    public void Spacing(int? beforeTwips, int? afterTwips, int? line)
    {
        Start("spacing");
        if (beforeTwips is { } b) Attr("before", b);
        if (afterTwips is { } a) Attr("after", a);
        if (line is { } l)
        {
            Attr("line", l);
            Attr("lineRule", "auto");
        }
        End();
    }

    public void Indent(int? left = null, int? right = null, int? firstLine = null, int? hanging = null)
    {
        Start("ind");
        if (left is { } l) Attr("left", l);
        if (right is { } r) Attr("right", r);
        if (firstLine is { } f) Attr("firstLine", f);
        if (hanging is { } h) Attr("hanging", h);
        End();
    }

    public void Border(string side, string value, int size = 0)
    {
        Start(side);
        Attr("val", value);
        if (value != "nil")
        {
            Attr("sz", size);
            Attr("space", 0);
            Attr("color", "000000");
        }
        End();
    }

    /// <summary>Starts a paragraph with its style; the caller may add direct pPr content through <paramref name="extra"/>.</summary>
    public void StartParagraph(string style, Action<WordXml>? extra = null)
    {
        CloseStartTag();
        Markup(ParagraphStart);
        Escaped(style, attribute: true);
        Markup(EmptyEnd);
        _open.Add("p");
        _open.Add("pPr");
        extra?.Invoke(this);
        End();
    }

    /// <summary>Writes a run; line feeds become line breaks.</summary>
    public void Run(string text, bool bold = false, bool italic = false)
    {
        if (text.Length == 0) return;
        CloseStartTag();
        Markup(RunStart);
        if (bold || italic) Markup(bold ? italic ? BoldItalic : Bold : Italic);
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (start > 0) Markup(Break);
            if (length > 0)
            {
                Markup(TextStart);
                Escaped(Clean(length == text.Length ? text : text.Substring(start, length)), attribute: false, cleaned: true);
                Markup(TextEnd);
            }
            if (end < 0) break;
            start = end + 1;
        }
        Markup(RunEnd);
    }

    public void Paragraph(string style, string text, bool bold = false, bool italic = false, Action<WordXml>? extra = null)
    {
        StartParagraph(style, extra);
        Run(text, bold, italic);
        End();
    }

    public void Dispose()
    {
        while (_open.Count > 0) End();
        Flush();
        // XmlWriter flushed its stream on dispose, and a flushed deflate stream ends differently: keep the same bytes.
        _stream.Flush();
        t_buffer = _buffer;
    }

    public static int HalfPoints(double points) => (int)Math.Round(points * 2, MidpointRounding.AwayFromZero);

    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    public static int TwipsFromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int TwipsFromCm(double cm) => TwipsFromMm(cm * 10);

    // Characters XML cannot hold are cleaned by the one rule of MARKUP.md; a tab prints as a space.
    private static string Clean(string text) => XmlText.Clean(text);

    private void CloseStartTag()
    {
        if (!_startTagOpen) return;
        Punctuation('>');
        _startTagOpen = false;
    }

    private void Attribute(string prefix, string name, string value)
    {
        AttributeStart(prefix, name);
        Escaped(value, attribute: true);
        Punctuation('"');
    }

    private void AttributeStart(string prefix, string name)
    {
        Punctuation(' ');
        Name(prefix);
        Punctuation(':');
        Name(name);
        Punctuation('=');
        Punctuation('"');
    }

    // A whole tag (`<w:name`, `</w:name>`) is copied at once when the name's last character lands below the limit, so no
    // check inside could flush (the closing punctuation is never checked); false leaves it to be written piece by piece.
    private bool TryCopyTag(ReadOnlySpan<byte> prefix, string name, ReadOnlySpan<byte> suffix)
    {
        var length = _length;
        if (length + prefix.Length + name.Length > ChunkLimit) return false;
        var buffer = _buffer;
        prefix.CopyTo(buffer.AsSpan(length));
        length += prefix.Length;
        foreach (var c in name) buffer[length++] = (byte)c;
        suffix.CopyTo(buffer.AsSpan(length));
        _length = length + suffix.Length;
        return true;
    }

    // Markup punctuation goes into the buffer's spare room unchecked, as XmlWriter's did.
    private void Punctuation(char c) => _buffer[_length++] = (byte)c;

    private void Name(string name)
    {
        // When the whole name fits below the limit no character's check could flush, so it is copied unchecked.
        if (_length + name.Length <= ChunkLimit)
        {
            var buffer = _buffer;
            var length = _length;
            foreach (var c in name) buffer[length++] = (byte)c;
            _length = length;
            return;
        }
        foreach (var c in name)
        {
            Check();
            _buffer[_length++] = (byte)c;
        }
    }

    // Constant markup, encoded once. Written as the calls that made it would: a byte of markup punctuation goes in
    // unchecked, any other byte (a name or value character) is checked against the chunk limit first.
    private void Markup(byte[] markup)
    {
        if (_length + markup.Length <= ChunkLimit)
        {
            markup.CopyTo(_buffer, _length);
            _length += markup.Length;
            return;
        }
        foreach (var b in markup)
        {
            if (!IsPunctuation(b)) Check();
            _buffer[_length++] = b;
        }
    }

    private static bool IsPunctuation(byte b) => b is (byte)'<' or (byte)'>' or (byte)'/' or (byte)':' or (byte)'=' or (byte)'"' or (byte)' ';

    // XmlWriter's escaping: & < > always, " in attributes, non-characters U+FFFE/U+FFFF as character references, all
    // else as UTF-8. Control characters (which Run never passes on) are left to XmlWriter itself.
    // Text that went through XmlText.Clean (cleaned) holds no control characters and no U+FFFE/U+FFFF.
    private void Escaped(string text, bool attribute, bool cleaned = false)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (_length >= ChunkLimit) Flush();
            var rest = text.AsSpan(i);
            var plain = PlainLength(rest, cleaned);
            if (plain > 0)
            {
                // A stretch without special characters goes through the runtime's transcoder up to the last character
                // that ends below the limit: no check could flush before any of those. The character that would cross
                // the limit (or a lone surrogate) is left to the single-character path.
                Utf8.FromUtf16(rest[..plain], _buffer.AsSpan(_length, ChunkLimit - _length), out var read, out var written, replaceInvalidSequences: false);
                _length += written;
                i += read;
                if (read == plain) continue;
            }
            i = EscapedCharacter(text, i, attribute);
        }
    }

    // The length of the leading stretch the transcoder may take: no control character, no character XmlWriter escaped.
    // Two vectorised searches; one set holding both the ASCII specials and U+FFFE/U+FFFF would be searched far slower.
    private static int PlainLength(ReadOnlySpan<char> text, bool cleaned)
    {
        var special = text.IndexOfAny(AsciiSpecials);
        if (cleaned) return special < 0 ? text.Length : special;
        var nonCharacter = text.IndexOfAnyInRange('\uFFFE', '\uFFFF');
        if (special < 0) return nonCharacter < 0 ? text.Length : nonCharacter;
        return nonCharacter < 0 ? special : Math.Min(special, nonCharacter);
    }

    private static readonly SearchValues<char> AsciiSpecials = SearchValues.Create(XmlText.ControlCharacters + "&<>\"");

    // Writes the character at index i (both halves of a surrogate pair) as the per-character writer before did, checks
    // first, and returns the index after it.
    private int EscapedCharacter(string text, int i, bool attribute)
    {
        Check();
        var buffer = _buffer;
        var c = text[i];
        if (c < 0x80)
        {
            switch (c)
            {
                case < ' ':
                    Fallback(text[i..], attribute);
                    return text.Length;
                case '&': _length = Entity(buffer, _length, "&amp;"); break;
                case '<': _length = Entity(buffer, _length, "&lt;"); break;
                case '>': _length = Entity(buffer, _length, "&gt;"); break;
                case '"' when attribute: _length = Entity(buffer, _length, "&quot;"); break;
                default: buffer[_length++] = (byte)c; break;
            }
            return i + 1;
        }
        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                throw new ArgumentException($"The text holds a lone surrogate (U+{(int)c:X4}) at position {i}; it cannot be written as UTF-8.", nameof(text));
            var code = char.ConvertToUtf32(c, text[i + 1]);
            buffer[_length++] = (byte)(0xF0 | (code >> 18));
            buffer[_length++] = (byte)(0x80 | ((code >> 12) & 0x3F));
            buffer[_length++] = (byte)(0x80 | ((code >> 6) & 0x3F));
            buffer[_length++] = (byte)(0x80 | (code & 0x3F));
            return i + 2;
        }
        if (c >= '\uFFFE')
        {
            _length = Entity(buffer, _length, c == '\uFFFE' ? "&#xFFFE;" : "&#xFFFF;");
        }
        else if (c < 0x800)
        {
            buffer[_length++] = (byte)(0xC0 | (c >> 6));
            buffer[_length++] = (byte)(0x80 | (c & 0x3F));
        }
        else
        {
            buffer[_length++] = (byte)(0xE0 | (c >> 12));
            buffer[_length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            buffer[_length++] = (byte)(0x80 | (c & 0x3F));
        }
        return i + 1;
    }

    private static int Entity(byte[] buffer, int length, string entity)
    {
        foreach (var c in entity) buffer[length++] = (byte)c;
        return length;
    }

    private void Fallback(string rest, bool attribute)
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, FragmentSettings))
        {
            if (attribute)
            {
                x.WriteStartElement("a");
                x.WriteAttributeString("v", rest);
                x.WriteEndElement();
            }
            else
            {
                x.WriteString(rest);
            }
        }
        // An attribute comes back as `<a v="` … `" />`.
        var bytes = attribute ? buffer.ToArray()[6..^4] : buffer.ToArray();
        foreach (var b in bytes)
        {
            Check();
            _buffer[_length++] = b;
        }
    }

    private static readonly XmlWriterSettings FragmentSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        CheckCharacters = false,
        CloseOutput = false,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    private void Check()
    {
        if (_length >= ChunkLimit) Flush();
    }

    private void Flush()
    {
        if (_length > 0) _stream.Write(_buffer, 0, _length);
        _length = 0;
    }
}
