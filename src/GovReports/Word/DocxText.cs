using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GovReports.Word;

/// <summary>Reads a .docx back to plain text, one string per non-empty paragraph in reading order (table cells row by row), to compare documents with the seeds.</summary>
internal static class DocxText
{
    /// <summary>The body paragraphs of <c>word/document.xml</c>; line breaks become <c>\n</c>.</summary>
    public static IReadOnlyList<string> Paragraphs(Stream docx) => PartParagraphs(docx, "word/document.xml");

    /// <summary>The footnote paragraphs (separators excluded).</summary>
    public static IReadOnlyList<string> Footnotes(Stream docx) => PartParagraphs(docx, "word/footnotes.xml");

    private static IReadOnlyList<string> PartParagraphs(Stream docx, string part)
    {
        using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry(part);
        if (entry is null) return [];
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false });
        var result = new List<string>();
        var text = new StringBuilder();
        var depth = 0;
        var inText = false;
        while (reader.Read())
        {
            if (reader.NamespaceURI != WordXml.W && reader.NodeType is XmlNodeType.Element or XmlNodeType.EndElement) continue;
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "p":
                    if (depth++ == 0) text.Clear();
                    if (reader.IsEmptyElement) depth--;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "p":
                    if (--depth == 0)
                    {
                        var line = text.ToString();
                        if (line.Trim().Length > 0) result.Add(line);
                    }
                    break;
                case XmlNodeType.Element when reader.LocalName == "t":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "br" && reader.GetAttribute("type", WordXml.W) is null or "textWrapping":
                    text.Append('\n');
                    break;
                case XmlNodeType.Element when reader.LocalName == "tab":
                    text.Append('\t');
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return result;
    }
}
