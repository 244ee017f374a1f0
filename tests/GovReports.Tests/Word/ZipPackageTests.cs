using System.IO.Compression;
using System.Text;
using FluentAssertions;
using GovReports.Markup;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Word;

namespace GovReports.Tests.Word;

// ZipPackage replaced System.IO.Compression.ZipArchive for speed; every package must keep the bytes ZipArchive gave for
// the same entries, written the same way.
public sealed class ZipPackageTests
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> DataFiles => ExampleDataTests.DataFiles;

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DocxWriter_Example_SameBytesAsThroughZipArchive(string file)
    {
        var report = ExampleFiles.Load(file);
        var renderer = new ReportRenderer();
        var document = ReportMarkup.Parse(renderer.RenderMarkup(report), file, report.Frame);
        var writer = new DocxWriter();

        var expected = ThroughZipArchive(writer.Settings, document);
        var bytes = writer.ToBytes(document);
        using var written = new MemoryStream();
        writer.Write(document, written);

        bytes.Should().Equal(expected);
        written.ToArray().Should().Equal(expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Package_RandomEntries_SameBytesAsZipArchive(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, random.Next(1, 16)).Select(i => RandomEntry(random, i)).ToArray();

        var expected = new MemoryStream();
        using (var zip = new ZipArchive(expected, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var e = zip.CreateEntry(entry.Name, CompressionLevel.Fastest);
                e.LastWriteTime = EntryTime;
                using var s = e.Open();
                entry.Play(s);
            }
        }
        var actual = new MemoryStream();
        var package = new ZipPackage(actual);
        foreach (var entry in entries)
        {
            // Entries written in one piece may also come deflated beforehand, as the writer's fixed parts do.
            if (entry.Writes.Count == 1 && !entry.Flushes && random.Next(2) == 0) package.Add(ZipPackage.Deflate(entry.Name, entry.Content));
            else package.Add(entry.Name, entry.Play);
        }
        package.Finish();

        actual.ToArray().Should().Equal(expected.ToArray());
    }

    [Fact]
    public void Package_AfterExistingBytes_OffsetsCountFromTheStreamStart()
    {
        var output = new MemoryStream();
        output.Write("prefix"u8);
        var package = new ZipPackage(output);
        package.Add("a.xml", s => s.Write("<a />"u8));
        package.Finish();

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("a.xml")!.Open());
        reader.ReadToEnd().Should().Be("<a />");
    }

    // The writer as it was before ZipPackage: the same part writers, entries in the same order, through ZipArchive.
    private static byte[] ThroughZipArchive(LayoutSettings settings, ReportDocument document)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry("[Content_Types].xml", Bytes(PackageParts.ContentTypes));
            Entry("_rels/.rels", Bytes(PackageParts.PackageRelationships));
            Entry("docProps/core.xml", s => PackageParts.CoreProperties(s, document));
            Entry("docProps/app.xml", Bytes(PackageParts.AppProperties));
            Entry("word/document.xml", s => DocumentPart.Write(s, settings, document));
            Entry("word/_rels/document.xml.rels", Bytes(PackageParts.DocumentRelationships));
            Entry("word/footnotes.xml", s => PackageParts.Footnotes(s, document));
            Entry("word/styles.xml", Bytes(s => StylesPart.Write(s, settings)));
            Entry("word/settings.xml", Bytes(PackageParts.DocumentSettings));
            Entry("word/fontTable.xml", Bytes(s => PackageParts.FontTable(s, settings)));
            Entry("word/header1.xml", Bytes(PackageParts.PageNumberHeader));
            Entry("word/header2.xml", Bytes(PackageParts.EmptyHeader));

            void Entry(string name, Action<Stream> write)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                write(stream);
            }
        }
        return buffer.ToArray();

        static Action<Stream> Bytes(Action<Stream> write)
        {
            var stream = new MemoryStream();
            write(stream);
            var content = stream.ToArray();
            return s => s.Write(content);
        }
    }

    private static readonly string[] Names = ["word/document.xml", "[Content_Types].xml", "docProps/app.xml", "Phụ lục/bảng 1.xml", "a b~c.txt", "tab\there.xml", "del\u007F.xml", "😀.bin"];

    private static RandomEntryData RandomEntry(Random random, int index)
    {
        var length = random.Next(5) switch
        {
            0 => 0,
            1 => random.Next(1, 64),
            2 => random.Next(64, 4096),
            _ => random.Next(4096, 200_000),
        };
        var content = new byte[length];
        // Mostly repetitive text, which deflates like XML, with stretches of noise.
        var words = new[] { "<w:p>", "<w:r><w:t xml:space=\"preserve\">", "Ủy ban", "nhân dân", "</w:t></w:r>", "hộ nghèo", "3,52%" }.Select(Encoding.UTF8.GetBytes).ToArray();
        for (var i = 0; i < length;)
        {
            if (random.Next(20) == 0)
            {
                for (var n = random.Next(1, 300); n > 0 && i < length; n--) content[i++] = (byte)random.Next(256);
                continue;
            }
            foreach (var b in words[random.Next(words.Length)])
            {
                if (i == length) break;
                content[i++] = b;
            }
        }
        var writes = new List<int>();
        for (var left = length; left > 0;)
        {
            var size = random.Next(3) == 0 ? left : Math.Min(left, random.Next(1, 9000));
            writes.Add(size);
            left -= size;
        }
        var flushes = length > 0 && random.Next(3) == 0;
        return new RandomEntryData(Names[random.Next(Names.Length)] + index, content, writes, flushes);
    }

    private sealed record RandomEntryData(string Name, byte[] Content, List<int> Writes, bool Flushes)
    {
        // A flush comes only after something was written, and then after every write and once more at the end.
        public void Play(Stream stream)
        {
            var offset = 0;
            foreach (var size in Writes)
            {
                stream.Write(Content, offset, size);
                offset += size;
                if (Flushes) stream.Flush();
            }
            if (Flushes) stream.Flush();
        }
    }
}
