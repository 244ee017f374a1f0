using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace GovReports.Tests.Word;

/// <summary>A produced .docx opened for reading back: its parts as XML, style lookup, validation.</summary>
internal sealed class DocxFile
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public DocxFile(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            Parts[entry.FullName] = XDocument.Load(s);
        }
        EntryNames = zip.Entries.Select(e => e.FullName).ToArray();
        Times = zip.Entries.Select(e => e.LastWriteTime).ToArray();
    }

    public byte[] Bytes { get; }
    public Dictionary<string, XDocument> Parts { get; } = [];
    public IReadOnlyList<string> EntryNames { get; }
    public IReadOnlyList<DateTimeOffset> Times { get; }

    public XDocument Document => Parts["word/document.xml"];
    public XDocument Styles => Parts["word/styles.xml"];
    public XElement Body => Document.Root!.Element(W + "body")!;

    /// <summary>Body paragraphs (not inside tables) with their text.</summary>
    public IEnumerable<XElement> BodyParagraphs => Body.Elements(W + "p");

    public static string Text(XElement e) =>
        string.Concat(e.Descendants().Select(d => d.Name == W + "t" ? d.Value : d.Name == W + "br" && d.Attribute(W + "type") is null ? "\n" : ""));

    public static string? StyleOf(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;

    public XElement Paragraph(string text) =>
        Document.Descendants(W + "p").FirstOrDefault(p => Text(p) == text)
        ?? throw new InvalidOperationException($"No paragraph '{text}'. Paragraphs: " + string.Join(" | ", Document.Descendants(W + "p").Select(Text)));

    public XElement Style(string id) =>
        Styles.Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);

    /// <summary>Resolves a run property (b, i, sz, …) through the paragraph style chain, then docDefaults.</summary>
    public XElement? StyleRunProperty(string styleId, string property)
    {
        for (var id = styleId; id is not null;)
        {
            var style = Style(id);
            var p = style.Element(W + "rPr")?.Element(W + property);
            if (p is not null) return p;
            id = style.Element(W + "basedOn")?.Attribute(W + "val")?.Value;
        }
        return Styles.Root!.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + property);
    }

    public XElement? StyleParagraphProperty(string styleId, string property)
    {
        for (var id = styleId; id is not null;)
        {
            var style = Style(id);
            var p = style.Element(W + "pPr")?.Element(W + property);
            if (p is not null) return p;
            id = style.Element(W + "basedOn")?.Attribute(W + "val")?.Value;
        }
        return null;
    }

    public double? FontSizeOf(XElement paragraph)
    {
        var sz = StyleRunProperty(StyleOf(paragraph)!, "sz");
        return sz is null ? null : int.Parse(sz.Attribute(W + "val")!.Value) / 2.0;
    }

    public bool IsBold(XElement paragraph) => StyleRunProperty(StyleOf(paragraph)!, "b") is not null;

    public bool IsItalic(XElement paragraph) => StyleRunProperty(StyleOf(paragraph)!, "i") is not null;

    public string? AlignmentOf(XElement paragraph) =>
        (paragraph.Element(W + "pPr")?.Element(W + "jc") ?? StyleParagraphProperty(StyleOf(paragraph)!, "jc"))?.Attribute(W + "val")?.Value;

    public IReadOnlyList<XElement> Sections => Document.Descendants(W + "sectPr").ToArray();

    public IReadOnlyList<ValidationErrorInfo> Validate()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(Bytes), false);
        // The decree's baseline (Office 2019) and the highest schema the SDK knows.
        return new[] { FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(doc))
            .ToArray();
    }

    public static string Describe(IEnumerable<ValidationErrorInfo> errors) =>
        string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
}
