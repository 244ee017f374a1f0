using GovReports.Markup;

namespace GovReports.Word;

/// <summary>Writes a <see cref="ReportDocument"/> as a .docx laid out per Nghị định 30/2020; the same document always gives the same bytes.</summary>
public sealed class DocxWriter
{
    /// <summary>Creates a writer with the given layout, or the decree's defaults.</summary>
    public DocxWriter(LayoutSettings? settings = null)
    {
        Settings = settings ?? LayoutSettings.Default;
        // Parts that do not depend on the document are produced and deflated once per writer.
        _fixedParts =
        [
            ZipPackage.Deflate("word/styles.xml", Bytes(s => StylesPart.Write(s, Settings))),
            ZipPackage.Deflate("word/settings.xml", Bytes(PackageParts.DocumentSettings)),
            ZipPackage.Deflate("word/fontTable.xml", Bytes(s => PackageParts.FontTable(s, Settings))),
            ZipPackage.Deflate("word/header1.xml", Bytes(PackageParts.PageNumberHeader)),
            ZipPackage.Deflate("word/header2.xml", Bytes(PackageParts.EmptyHeader)),
        ];
    }

    private readonly ZipPackage.DeflatedEntry[] _fixedParts;

    private static readonly ZipPackage.DeflatedEntry ContentTypes = ZipPackage.Deflate("[Content_Types].xml", Bytes(PackageParts.ContentTypes));
    private static readonly ZipPackage.DeflatedEntry PackageRelationships = ZipPackage.Deflate("_rels/.rels", Bytes(PackageParts.PackageRelationships));
    private static readonly ZipPackage.DeflatedEntry AppProperties = ZipPackage.Deflate("docProps/app.xml", Bytes(PackageParts.AppProperties));
    private static readonly ZipPackage.DeflatedEntry DocumentRelationships = ZipPackage.Deflate("word/_rels/document.xml.rels", Bytes(PackageParts.DocumentRelationships));

    /// <summary>The layout numbers in use.</summary>
    public LayoutSettings Settings { get; }

    /// <summary>Writes the document to <paramref name="output"/>, which stays open.</summary>
    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // Built in memory first so a failure in the middle never leaves a partial package in the caller's stream.
        var buffer = new MemoryStream();
        var zip = new ZipPackage(buffer);
        zip.Add(ContentTypes);
        zip.Add(PackageRelationships);
        zip.Add("docProps/core.xml", s => PackageParts.CoreProperties(s, document));
        zip.Add(AppProperties);
        zip.Add("word/document.xml", s => DocumentPart.Write(s, Settings, document));
        zip.Add(DocumentRelationships);
        zip.Add("word/footnotes.xml", s => PackageParts.Footnotes(s, document));
        foreach (var part in _fixedParts) zip.Add(part);
        zip.Finish();
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Returns the document as .docx bytes.</summary>
    public byte[] ToBytes(ReportDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
