using System.IO.Compression;
using GovReports.Markup;

namespace GovReports.Word;

/// <summary>Writes a <see cref="ReportDocument"/> as a .docx laid out per Nghị định 30/2020; the same document always gives the same bytes.</summary>
public sealed class DocxWriter
{
    // Zip entries carry a fixed time so the bytes never depend on the clock.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Creates a writer with the given layout, or the decree's defaults.</summary>
    public DocxWriter(LayoutSettings? settings = null)
    {
        Settings = settings ?? LayoutSettings.Default;
        // Parts that do not depend on the document are produced once per writer.
        _fixedParts =
        [
            ("word/styles.xml", Bytes(s => StylesPart.Write(s, Settings))),
            ("word/settings.xml", Bytes(PackageParts.DocumentSettings)),
            ("word/fontTable.xml", Bytes(s => PackageParts.FontTable(s, Settings))),
            ("word/header1.xml", Bytes(PackageParts.PageNumberHeader)),
            ("word/header2.xml", Bytes(PackageParts.EmptyHeader)),
        ];
    }

    private readonly (string Name, byte[] Content)[] _fixedParts;

    private static readonly byte[] ContentTypes = Bytes(PackageParts.ContentTypes);
    private static readonly byte[] PackageRelationships = Bytes(PackageParts.PackageRelationships);
    private static readonly byte[] AppProperties = Bytes(PackageParts.AppProperties);
    private static readonly byte[] DocumentRelationships = Bytes(PackageParts.DocumentRelationships);

    /// <summary>The layout numbers in use.</summary>
    public LayoutSettings Settings { get; }

    /// <summary>Writes the document to <paramref name="output"/>, which stays open.</summary>
    public void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // Built in memory first so a failure in the middle never leaves a partial package in the caller's stream.
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", ContentTypes);
            Entry(zip, "_rels/.rels", PackageRelationships);
            Entry(zip, "docProps/core.xml", s => PackageParts.CoreProperties(s, document));
            Entry(zip, "docProps/app.xml", AppProperties);
            Entry(zip, "word/document.xml", s => DocumentPart.Write(s, Settings, document));
            Entry(zip, "word/_rels/document.xml.rels", DocumentRelationships);
            Entry(zip, "word/footnotes.xml", s => PackageParts.Footnotes(s, document));
            foreach (var (name, content) in _fixedParts) Entry(zip, name, content);
        }
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

    private static void Entry(ZipArchive zip, string name, byte[] content) => Entry(zip, name, s => s.Write(content));

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        write(stream);
    }
}
