using System.Globalization;
using System.Text;
using System.Xml;

namespace GovReports.Word;

// Thin helpers over a streaming XmlWriter for WordprocessingML: element order inside pPr/rPr follows the schema.
internal sealed class WordXml : IDisposable
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        CheckCharacters = false,
        CloseOutput = false,
    };

    private readonly XmlWriter _x;

    public WordXml(Stream stream)
    {
        _x = XmlWriter.Create(stream, Settings);
        _x.WriteStartDocument(true);
    }

    public XmlWriter Raw => _x;

    public void Root(string name)
    {
        _x.WriteStartElement("w", name, W);
        _x.WriteAttributeString("xmlns", "r", null, R);
    }

    public void Start(string name) => _x.WriteStartElement("w", name, W);

    public void End() => _x.WriteEndElement();

    public void Empty(string name)
    {
        _x.WriteStartElement("w", name, W);
        _x.WriteEndElement();
    }

    public void Val(string name, string value)
    {
        _x.WriteStartElement("w", name, W);
        _x.WriteAttributeString("w", "val", W, value);
        _x.WriteEndElement();
    }

    public void Val(string name, int value) => Val(name, value.ToString(CultureInfo.InvariantCulture));

    public void Attr(string name, string value) => _x.WriteAttributeString("w", name, W, value);

    public void Attr(string name, int value) => _x.WriteAttributeString("w", name, W, value.ToString(CultureInfo.InvariantCulture));

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
        Start("p");
        Start("pPr");
        Val("pStyle", style);
        extra?.Invoke(this);
        End();
    }

    /// <summary>Writes a run; line feeds become line breaks.</summary>
    public void Run(string text, bool bold = false, bool italic = false)
    {
        if (text.Length == 0) return;
        Start("r");
        if (bold || italic)
        {
            Start("rPr");
            if (bold) { Empty("b"); Empty("bCs"); }
            if (italic) { Empty("i"); Empty("iCs"); }
            End();
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) Empty("br");
            if (lines[i].Length == 0) continue;
            Start("t");
            _x.WriteAttributeString("xml", "space", null, "preserve");
            _x.WriteString(Clean(lines[i]));
            End();
        }
        End();
    }

    public void Paragraph(string style, string text, bool bold = false, bool italic = false, Action<WordXml>? extra = null)
    {
        StartParagraph(style, extra);
        Run(text, bold, italic);
        End();
    }

    public void Dispose()
    {
        _x.WriteEndDocument();
        _x.Flush();
        _x.Dispose();
    }

    public static int HalfPoints(double points) => (int)Math.Round(points * 2, MidpointRounding.AwayFromZero);

    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    public static int TwipsFromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int TwipsFromCm(double cm) => TwipsFromMm(cm * 10);

    // Characters XML cannot hold are cleaned by the one rule of MARKUP.md; a tab prints as a space.
    private static string Clean(string text) => XmlText.Clean(text);
}
