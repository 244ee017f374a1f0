using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GovReports.Word;

// GovReports' own zip writer. It gives the bytes System.IO.Compression.ZipArchive gave the writer before (Create mode
// on a MemoryStream, CompressionLevel.Fastest, entries dated 1980-01-01 00:00, on Linux), so packages did not change:
// local headers carry the sizes and CRC (no data descriptor), general-purpose flags 0x6 (the "super fast" deflate
// option ZipArchive records for Fastest) plus 0x800 for a name outside printable ASCII, version 2.0 needed, made by
// Unix 2.0 with mode 0644 as external attributes, no extra fields or comments, and an entry into which nothing was
// written stored empty. Unlike ZipArchive it can copy entries deflated earlier, so parts that never change are
// deflated once per process or writer rather than once per report.
internal sealed class ZipPackage
{
    private const uint LocalHeaderSignature = 0x04034B50;
    private const uint CentralHeaderSignature = 0x02014B50;
    private const uint EndSignature = 0x06054B50;
    private const int LocalHeaderLength = 30;
    private const int CentralHeaderLength = 46;
    private const int EndLength = 22;
    private const int GzipHeaderLength = 10;
    private const int GzipTrailerLength = 8;
    private const ushort VersionNeeded = 20;
    private const ushort VersionMadeBy = (3 << 8) | 20;
    private const ushort FastestDeflateFlags = 0x6;
    private const ushort Utf8NameFlag = 0x800;
    private const ushort Stored = 0;
    private const ushort Deflated = 8;
    private const uint UnixRegularFile0644 = 0x81A4u << 16;

    // 1980-01-01 00:00 in MS-DOS form: date = (year - 1980) << 9 | month << 5 | day, time = 0.
    private const ushort DosTime = 0;
    private const ushort DosDate = (1 << 5) | 1;

    private readonly MemoryStream _output;
    private readonly List<(EntryHeader Header, uint Offset)> _entries = new(16);

    /// <summary>Starts a package at the end of <paramref name="output"/>, which must expose its buffer (GetBuffer).</summary>
    public ZipPackage(MemoryStream output)
    {
        _output = output;
    }

    /// <summary>Deflates <paramref name="content"/>, written in one piece, into an entry that can be added to many packages.</summary>
    public static DeflatedEntry Deflate(string name, byte[] content)
    {
        var buffer = new MemoryStream();
        var package = new ZipPackage(buffer);
        package.Add(name, s => s.Write(content));
        return new DeflatedEntry(package._entries[0].Header, buffer.ToArray());
    }

    /// <summary>Adds an entry deflated earlier by <see cref="Deflate"/>: its local header and data are copied as they are.</summary>
    public void Add(DeflatedEntry entry)
    {
        _entries.Add((entry.Header, Offset()));
        _output.Write(entry.LocalRecord);
    }

    /// <summary>Adds an entry whose content <paramref name="write"/> produces, deflated straight into the package.</summary>
    /// <remarks>The deflated bytes depend on how the content is split into writes and where it is flushed; the stream
    /// passed on forwards both unchanged, as ZipArchive's entry stream did.</remarks>
    public void Add(string name, Action<Stream> write)
    {
        var offset = Offset();
        var (nameBytes, flags) = EncodeName(name);
        var dataStart = _output.Position + LocalHeaderLength + nameBytes.Length;
        // A gzip member (RFC 1952) is a 10-byte header, the raw deflate data DeflateStream gives for the same writes,
        // and a trailer holding the CRC-32 zip needs, computed natively while deflating (a managed CRC cost as much as
        // a third of the deflating). The header lands in the room kept for the local header, written over it below.
        _output.Position = dataStart - GzipHeaderLength;
        var content = new EntryStream(new GZipStream(_output, CompressionLevel.Fastest, leaveOpen: true));
        using (content) write(content);
        EntryHeader header;
        if (content.Length == 0)
        {
            header = new EntryHeader(nameBytes, flags, Stored, 0, 0, 0);
            _output.SetLength(dataStart);
        }
        else
        {
            var buffer = _output.GetBuffer();
            var trailer = (int)_output.Length - GzipTrailerLength;
            if (buffer[dataStart - GzipHeaderLength] != 0x1F || buffer[dataStart - GzipHeaderLength + 3] != 0
                || BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(trailer + 4)) != (uint)content.Length)
                throw new InvalidOperationException("GZipStream wrote a member of an unexpected form.");
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(trailer));
            header = new EntryHeader(nameBytes, flags, Deflated, crc, Size(trailer - dataStart), Size(content.Length));
            _output.SetLength(trailer);
        }
        _output.Position = offset;
        WriteLocalHeader(header);
        _output.Position = _output.Length;
        _entries.Add((header, offset));
    }

    /// <summary>Writes the central directory and the end record; the package is then complete.</summary>
    public void Finish()
    {
        if (_entries.Count > ushort.MaxValue) throw new InvalidOperationException("A package holds at most 65,535 entries without Zip64.");
        var start = Offset();
        Span<byte> fixedPart = stackalloc byte[CentralHeaderLength];
        foreach (var (h, offset) in _entries)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart, CentralHeaderSignature);
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[4..], VersionMadeBy);
            WriteEntryFields(fixedPart[6..], h);
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[32..], 0); // comment length
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[34..], 0); // disk number
            BinaryPrimitives.WriteUInt16LittleEndian(fixedPart[36..], 0); // internal attributes
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart[38..], UnixRegularFile0644);
            BinaryPrimitives.WriteUInt32LittleEndian(fixedPart[42..], offset);
            _output.Write(fixedPart);
            _output.Write(h.Name);
        }
        var size = Offset() - start;
        Span<byte> end = stackalloc byte[EndLength];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0); // this disk
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0); // disk of the central directory
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], start);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0); // comment length
        _output.Write(end);
    }

    private uint Offset() => Size(_output.Position);

    private static uint Size(long value) =>
        value <= uint.MaxValue ? (uint)value : throw new InvalidOperationException("A package larger than 4 GB needs Zip64, which GovReports does not write.");

    // ZipArchive's rule: a name with any character outside 0x20–0x7E is flagged as UTF-8; names are UTF-8 either way.
    private static (byte[] Name, ushort Flags) EncodeName(string name)
    {
        var flags = FastestDeflateFlags;
        foreach (var c in name)
        {
            if (c is < ' ' or > '~')
            {
                flags |= Utf8NameFlag;
                break;
            }
        }
        return (Encoding.UTF8.GetBytes(name), flags);
    }

    private void WriteLocalHeader(EntryHeader h)
    {
        Span<byte> header = stackalloc byte[LocalHeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        WriteEntryFields(header[4..], h);
        _output.Write(header);
        _output.Write(h.Name);
    }

    // The 26 bytes the local header and the central directory record share, in the same order: version needed, flags,
    // method, time, date, CRC-32, both sizes, name length and (always 0) extra field length.
    private static void WriteEntryFields(Span<byte> at, EntryHeader h)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], h.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], h.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(at[8..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(at[10..], h.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[14..], h.CompressedSize);
        BinaryPrimitives.WriteUInt32LittleEndian(at[18..], h.UncompressedSize);
        BinaryPrimitives.WriteUInt16LittleEndian(at[22..], (ushort)h.Name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(at[24..], 0);
    }

    internal readonly record struct EntryHeader(byte[] Name, ushort Flags, ushort Method, uint Crc, uint CompressedSize, uint UncompressedSize);

    /// <summary>An entry already deflated: its local header and data as they go into a package, and the fields its central directory record needs.</summary>
    internal sealed class DeflatedEntry(EntryHeader header, byte[] localRecord)
    {
        public EntryHeader Header { get; } = header;

        public byte[] LocalRecord { get; } = localRecord;
    }

    // Passes writes and flushes on to the deflating stream unchanged while counting the length of the content.
    private sealed class EntryStream(Stream deflate) : Stream
    {
        public override long Length => _length;

        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            deflate.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush() => deflate.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) deflate.Dispose();
            base.Dispose(disposing);
        }
    }
}
