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
        var buffer = RentBuffer();
        try
        {
            Build(document, buffer);
            output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    /// <summary>Returns the document as .docx bytes.</summary>
    public byte[] ToBytes(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = RentBuffer();
        try
        {
            Build(document, buffer);
            return buffer.ToArray();
        }
        finally
        {
            ReturnBuffer(buffer);
        }
    }

    private void Build(ReportDocument document, MemoryStream buffer)
    {
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
    }

    // Each thread keeps one package buffer from report to report instead of growing a new one every time; it is taken
    // out while in use, so even a stream that wrote another report from inside Write would get a buffer of its own.
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    private const int KeptBufferCapacity = 1 << 20;

    private static MemoryStream RentBuffer()
    {
        var buffer = t_buffer ?? new MemoryStream();
        t_buffer = null;
        buffer.SetLength(0);
        return buffer;
    }

    private static void ReturnBuffer(MemoryStream buffer)
    {
        if (buffer.Capacity <= KeptBufferCapacity) t_buffer = buffer;
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
