using System.Text;
using System.Xml;
using GovReports.Markup;

namespace GovReports.Word;

// The small parts of the package: content types, relationships, settings, headers, footnotes, fonts, properties.
internal static class PackageParts
{
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static void ContentTypes(Stream stream)
    {
        using var x = XmlWriter.Create(stream, Settings);
        x.WriteStartDocument(true);
        x.WriteStartElement("Types", ContentTypesNs);
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/word/document.xml", Wml + "document.main+xml");
        Override("/word/styles.xml", Wml + "styles+xml");
        Override("/word/settings.xml", Wml + "settings+xml");
        Override("/word/fontTable.xml", Wml + "fontTable+xml");
        Override("/word/footnotes.xml", Wml + "footnotes+xml");
        Override("/word/header1.xml", Wml + "header+xml");
        Override("/word/header2.xml", Wml + "header+xml");
        Override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        x.WriteEndElement();
        x.WriteEndDocument();

        void Default(string extension, string type)
        {
            x.WriteStartElement("Default", ContentTypesNs);
            x.WriteAttributeString("Extension", extension);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }

        void Override(string part, string type)
        {
            x.WriteStartElement("Override", ContentTypesNs);
            x.WriteAttributeString("PartName", part);
            x.WriteAttributeString("ContentType", type);
            x.WriteEndElement();
        }
    }

    public static void PackageRelationships(Stream stream) => Relationships(stream,
    [
        ("rId1", OfficeRel + "officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rId3", OfficeRel + "extended-properties", "docProps/app.xml"),
    ]);

    public static void DocumentRelationships(Stream stream) => Relationships(stream,
    [
        ("rIdStyles", OfficeRel + "styles", "styles.xml"),
        ("rIdSettings", OfficeRel + "settings", "settings.xml"),
        ("rIdFontTable", OfficeRel + "fontTable", "fontTable.xml"),
        ("rIdFootnotes", OfficeRel + "footnotes", "footnotes.xml"),
        (DocumentPart.HeaderDefaultId, OfficeRel + "header", "header1.xml"),
        (DocumentPart.HeaderFirstId, OfficeRel + "header", "header2.xml"),
    ]);

    private static void Relationships(Stream stream, (string Id, string Type, string Target)[] relationships)
    {
        using var x = XmlWriter.Create(stream, Settings);
        x.WriteStartDocument(true);
        x.WriteStartElement("Relationships", RelationshipsNs);
        foreach (var (id, type, target) in relationships)
        {
            x.WriteStartElement("Relationship", RelationshipsNs);
            x.WriteAttributeString("Id", id);
            x.WriteAttributeString("Type", type);
            x.WriteAttributeString("Target", target);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    public static void DocumentSettings(Stream stream)
    {
        using var w = new WordXml(stream);
        w.Root("settings");
        w.Start("zoom");
        w.Attr("percent", 100);
        w.End();
        w.Val("defaultTabStop", 720);
        w.Val("characterSpacingControl", "doNotCompress");
        w.Start("footnotePr");
        foreach (var id in new[] { -1, 0 })
        {
            w.Start("footnote");
            w.Attr("id", id);
            w.End();
        }
        w.End();
        w.Start("compat");
        w.Start("compatSetting");
        w.Attr("name", "compatibilityMode");
        w.Attr("uri", "http://schemas.microsoft.com/office/word");
        w.Attr("val", "15");
        w.End();
        w.End();
        w.Val("decimalSymbol", ",");
        w.Val("listSeparator", ";");
        w.End();
    }

    public static void FontTable(Stream stream, LayoutSettings settings)
    {
        using var w = new WordXml(stream);
        w.Root("fonts");
        w.Start("font");
        w.Attr("name", settings.FontName);
        w.Val("charset", "00");
        w.Val("family", "roman");
        w.Val("pitch", "variable");
        w.End();
        w.End();
    }

    public static void PageNumberHeader(Stream stream)
    {
        using var w = new WordXml(stream);
        w.Root("hdr");
        w.StartParagraph(StylesPart.PageNumber);
        FieldChar(w, "begin");
        w.Start("r");
        w.Start("instrText");
        w.Attr("xml", "space", "preserve");
        w.Text(" PAGE ");
        w.End();
        w.End();
        FieldChar(w, "separate");
        w.Run("2");
        FieldChar(w, "end");
        w.End();
        w.End();

        static void FieldChar(WordXml w, string type)
        {
            w.Start("r");
            w.Start("fldChar");
            w.Attr("fldCharType", type);
            w.End();
            w.End();
        }
    }

    public static void EmptyHeader(Stream stream)
    {
        using var w = new WordXml(stream);
        w.Root("hdr");
        w.StartParagraph(StylesPart.PageNumber);
        w.End();
        w.End();
    }

    public static void Footnotes(Stream stream, ReportDocument document)
    {
        using var w = new WordXml(stream);
        w.Root("footnotes");
        Separator(w, -1, "separator");
        Separator(w, 0, "continuationSeparator");
        foreach (var note in document.Footnotes)
        {
            w.Start("footnote");
            w.Attr("id", note.Number);
            var paragraphs = note.Paragraphs.Count > 0 ? note.Paragraphs : [[]];
            for (var i = 0; i < paragraphs.Count; i++)
            {
                w.StartParagraph(StylesPart.FootnoteText);
                if (i == 0)
                {
                    w.Start("r");
                    w.Start("rPr");
                    w.Val("rStyle", StylesPart.FootnoteReference);
                    w.End();
                    w.Empty("footnoteRef");
                    w.End();
                    w.Run(" ");
                }
                var inlines = paragraphs[i];
                for (var j = 0; j < inlines.Count; j++)
                {
                    var inline = inlines[j];
                    if (inline is TextRun run) w.Run(run.Text, run.Bold, run.Italic);
                    else if (inline is LineBreak) w.Run("\n");
                    else throw new ArgumentException("A footnote cannot refer to another footnote.", nameof(document));
                }
                w.End();
            }
            w.End();
        }
        w.End();

        static void Separator(WordXml w, int id, string type)
        {
            w.Start("footnote");
            w.Attr("type", type);
            w.Attr("id", id);
            w.Start("p");
            w.Start("pPr");
            w.Spacing(null, 0, 240);
            w.End();
            w.Start("r");
            w.Empty(type);
            w.End();
            w.End();
            w.End();
        }
    }

    // No dates: the package must not depend on the clock.
    public static void CoreProperties(Stream stream, ReportDocument document)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        using var x = XmlWriter.Create(stream, Settings);
        x.WriteStartDocument(true);
        x.WriteStartElement("cp", "coreProperties", Cp);
        x.WriteAttributeString("xmlns", "dc", null, Dc);
        var frame = document.Frame;
        x.WriteElementString("title", Dc, XmlText.Clean(frame.Type.Name + " số " + frame.Number.Text.Trim() + (frame.Abstract is { } a ? " – " + a : "")));
        x.WriteElementString("creator", Dc, XmlText.Clean(frame.IssuingBody.Replace('\n', ' ')));
        x.WriteElementString("language", Dc, "vi-VN");
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    public static void AppProperties(Stream stream)
    {
        using var x = XmlWriter.Create(stream, Settings);
        x.WriteStartDocument(true);
        x.WriteStartElement("Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
        x.WriteElementString("Application", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "GovReports");
        x.WriteEndElement();
        x.WriteEndDocument();
    }
}
