using System.Text;
using System.Xml;
using FluentAssertions;
using GovReports.Word;

namespace GovReports.Tests.Word;

// WordXml replaced an XmlWriter for speed; its output, and how that output is split into writes (which changes what a
// deflate stream produces), must stay exactly what XmlWriter gave for the same calls.
public sealed class WordXmlTests
{
    private static readonly string[] Samples =
    [
        "Ủy ban nhân dân huyện Phong Thổ",
        "a & b < c > d \"quoted\" 'single'",
        "Tỷ lệ hộ nghèo giảm 3,52% (từ 43,81% xuống 40,29%)",
        "emoji 😀 and 𝔸 outside the BMP",
        "plain ASCII text with numbers 1234567890",
        "ĐẠI HỘI – “ngoặc kép” … ½ ¾ € ©",
        "&&&<<<>>>\"\"\"",
        "C1 \u0085 \u0080 \u009F, separators \u2028 \u2029, delete \u007F, non-characters \uFFFE \uFFFF",
        "",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Write_RandomDocument_SameBytesAndSameWritesAsXmlWriter(int seed)
    {
        var expected = new RecordingStream();
        var actual = new RecordingStream();
        var random = new Random(seed);
        var script = Script(random, 4000);

        using (var reference = new Reference(expected)) Play(script, reference.Start, reference.End, reference.Attr, reference.Text, reference.Root);
        using (var w = new WordXml(actual)) Play(script, w.Start, w.End, w.Attr, w.Text, w.Root);

        actual.Bytes.Should().Equal(expected.Bytes);
        actual.Writes.Should().Equal(expected.Writes);
        expected.Writes.Count.Should().BeGreaterThan(10, "the script is long enough to cross many buffer boundaries");
        actual.Flushes.Should().BeGreaterThan(0);
        Deflated(s => { using var w = new WordXml(s); Play(script, w.Start, w.End, w.Attr, w.Text, w.Root); })
            .Should().Equal(Deflated(s => { using var r = new Reference(s); Play(script, r.Start, r.End, r.Attr, r.Text, r.Root); }));
    }

    // Runs, paragraphs and numbers are written from pre-encoded markup and formatted in place; their bytes and the
    // points where the buffer is handed on must stay those of the element-by-element calls on XmlWriter.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Write_RandomRunsAndParagraphs_SameBytesAndSameWritesAsXmlWriter(int seed)
    {
        var random = new Random(seed);
        var steps = RunScript(random, 3000);
        var expected = new RecordingStream();
        var actual = new RecordingStream();

        using (var reference = new Reference(expected))
        {
            reference.Root("document");
            foreach (var step in steps) step(new Calls(reference));
        }
        using (var w = new WordXml(actual))
        {
            w.Root("document");
            foreach (var step in steps) step(new Calls(w));
        }

        actual.Bytes.Should().Equal(expected.Bytes);
        actual.Writes.Should().Equal(expected.Writes);
        expected.Writes.Count.Should().BeGreaterThan(10, "the script is long enough to cross many buffer boundaries");
    }

    // Every construct lands on the chunk limit at every one of its bytes: padding shifts a fixed sequence a byte at a time.
    [Fact]
    public void Write_EveryOffsetAcrossTheChunkLimit_SameBytesAndSameWritesAsXmlWriter()
    {
        var steps = new List<Action<Calls>>
        {
            c => c.StartParagraph("HeadingSection", justify: true),
            c => c.Run("Ủy ban & nhân\ndân <b>", bold: true, italic: false),
            c => c.Number(-2147483648),
            c => c.Run("x", bold: true, italic: true),
            c => c.End(),
            c => c.StartParagraph("Body", justify: false),
            c => c.Run("😀 “ngoặc kép” – 3,52%", bold: false, italic: true),
            c => c.Number(720),
            c => c.End(),
        };
        for (var pad = 5450; pad < 5950; pad++)
        {
            var expected = new RecordingStream();
            var actual = new RecordingStream();
            var padding = new string('a', pad);
            using (var reference = new Reference(expected))
            {
                reference.Root("document");
                reference.Text(padding);
                foreach (var step in steps) step(new Calls(reference));
            }
            using (var w = new WordXml(actual))
            {
                w.Root("document");
                w.Text(padding);
                foreach (var step in steps) step(new Calls(w));
            }

            actual.Bytes.Should().Equal(expected.Bytes, "padding {0}", pad);
            actual.Writes.Should().Equal(expected.Writes, "padding {0}", pad);
        }
    }

    private static List<Action<Calls>> RunScript(Random random, int steps)
    {
        string Sample() => random.Next(3) switch
        {
            0 => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Samples[random.Next(Samples.Length)] + (random.Next(4) == 0 ? "\n" : ""))),
            1 => new string('x', random.Next(1, 9)),
            _ => Samples[random.Next(Samples.Length)],
        };
        var script = new List<Action<Calls>>();
        var paragraphs = 0;
        for (var i = 0; i < steps; i++)
        {
            var text = Sample();
            var bold = random.Next(3) == 0;
            var italic = random.Next(3) == 0;
            var style = random.Next(2) == 0 ? "Body" : "HeadingSection";
            var number = random.Next(5) switch { 0 => -1, 1 => random.Next(10), 2 => int.MaxValue, 3 => int.MinValue, _ => random.Next(100_000) };
            switch (random.Next(6))
            {
                case < 2:
                    script.Add(c => c.Run(text, bold, italic));
                    break;
                case 2:
                    var justify = random.Next(2) == 0;
                    script.Add(c => c.StartParagraph(style, justify));
                    paragraphs++;
                    break;
                case 3 when paragraphs > 0:
                    script.Add(c => c.End());
                    paragraphs--;
                    break;
                case 4:
                    script.Add(c => c.Number(number));
                    break;
                default:
                    script.Add(c => c.Run(text.Replace("\n", "", StringComparison.Ordinal), bold: false, italic: false));
                    break;
            }
        }
        return script;
    }

    // The same step played on WordXml or on the XmlWriter calls it replaced.
    private sealed class Calls
    {
        private readonly WordXml? _w;
        private readonly Reference? _r;

        public Calls(WordXml w) => _w = w;

        public Calls(Reference r) => _r = r;

        public void Run(string text, bool bold, bool italic)
        {
            if (_w is not null) { _w.Run(text, bold, italic); return; }
            if (text.Length == 0) return;
            _r!.Start("r");
            if (bold || italic)
            {
                _r.Start("rPr");
                if (bold) { _r.Start("b"); _r.End(); _r.Start("bCs"); _r.End(); }
                if (italic) { _r.Start("i"); _r.End(); _r.Start("iCs"); _r.End(); }
                _r.End();
            }
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) { _r.Start("br"); _r.End(); }
                if (lines[i].Length == 0) continue;
                _r.Start("t");
                _r.XmlSpacePreserve();
                _r.Text(GovReports.Word.XmlText.Clean(lines[i]));
                _r.End();
            }
            _r.End();
        }

        public void StartParagraph(string style, bool justify)
        {
            if (_w is not null)
            {
                _w.StartParagraph(style, justify ? w => w.Val("jc", "both") : null);
                return;
            }
            _r!.Start("p");
            _r.Start("pPr");
            _r.Start("pStyle");
            _r.Attr("val", style);
            _r.End();
            if (justify) { _r.Start("jc"); _r.Attr("val", "both"); _r.End(); }
            _r.End();
        }

        public void End()
        {
            if (_w is not null) _w.End();
            else _r!.End();
        }

        public void Number(int value)
        {
            if (_w is not null) { _w.Val("ind", value); return; }
            _r!.Start("ind");
            _r.Attr("val", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _r.End();
        }
    }

    private static byte[] Deflated(Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            write(deflate);
        return output.ToArray();
    }

    [Fact]
    public void Write_Run_SplitsLinesAndDropsControlCharacters()
    {
        var stream = new RecordingStream();
        using (var w = new WordXml(stream))
        {
            w.Root("document");
            w.Run("dòng một\ndòng\thai\u0001", bold: true);
        }

        Encoding.UTF8.GetString(stream.Bytes.ToArray()).Should().EndWith(
            "<w:r><w:rPr><w:b /><w:bCs /></w:rPr><w:t xml:space=\"preserve\">dòng một</w:t><w:br /><w:t xml:space=\"preserve\">dòng hai</w:t></w:r></w:document>");
    }

    [Fact]
    public void Text_LoneSurrogate_Throws()
    {
        using var w = new WordXml(Stream.Null);
        w.Root("document");

        var write = () => w.Text("a\uD800b");

        write.Should().Throw<ArgumentException>().WithMessage("*lone surrogate*");
    }

    private enum Op { Start, End, Attr, Text }

    private static List<(Op Op, string A, string B)> Script(Random random, int steps)
    {
        var script = new List<(Op, string, string)>();
        var depth = 0;
        string Sample() => random.Next(4) == 0
            ? string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Samples[random.Next(Samples.Length)]))
            : Samples[random.Next(Samples.Length)];
        var startOpen = false;
        var attributes = 0;
        for (var i = 0; i < steps; i++)
        {
            switch (random.Next(10))
            {
                case < 4:
                    script.Add((Op.Start, "el" + random.Next(30), ""));
                    depth++;
                    startOpen = true;
                    attributes = 0;
                    break;
                case < 6 when startOpen:
                    script.Add((Op.Attr, "at" + attributes++, Sample()));
                    break;
                case < 8 when depth > 0:
                    script.Add((Op.Text, "", Sample()));
                    startOpen = false;
                    break;
                default:
                    if (depth == 0) break;
                    script.Add((Op.End, "", ""));
                    depth--;
                    startOpen = false;
                    break;
            }
        }
        return script;
    }

    private static void Play(List<(Op Op, string A, string B)> script, Action<string> start, Action end, Action<string, string> attr, Action<string> text, Action<string> root)
    {
        root("document");
        foreach (var (op, a, b) in script)
        {
            switch (op)
            {
                case Op.Start: start(a); break;
                case Op.End: end(); break;
                case Op.Attr: attr(a, b); break;
                case Op.Text: text(b); break;
            }
        }
    }

    // The calls WordXml made on XmlWriter before it wrote bytes itself.
    private sealed class Reference(Stream stream) : IDisposable
    {
        private readonly XmlWriter _x = Create(stream);

        private static XmlWriter Create(Stream stream)
        {
            var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = false, CloseOutput = false });
            x.WriteStartDocument(true);
            return x;
        }

        public void Root(string name)
        {
            _x.WriteStartElement("w", name, WordXml.W);
            _x.WriteAttributeString("xmlns", "r", null, WordXml.R);
        }

        public void Start(string name) => _x.WriteStartElement("w", name, WordXml.W);

        public void End() => _x.WriteEndElement();

        public void Attr(string name, string value) => _x.WriteAttributeString("w", name, WordXml.W, value);

        public void Text(string text) => _x.WriteString(text);

        public void XmlSpacePreserve() => _x.WriteAttributeString("xml", "space", null, "preserve");

        public void Dispose()
        {
            _x.WriteEndDocument();
            _x.Flush();
            _x.Dispose();
        }
    }

    private sealed class RecordingStream : Stream
    {
        public List<byte> Bytes { get; } = [];

        public List<int> Writes { get; } = [];

        public int Flushes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes.Count;

        public override long Position { get => Bytes.Count; set => throw new NotSupportedException(); }

        public override void Flush() => Flushes++;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            Bytes.AddRange(buffer.AsSpan(offset, count).ToArray());
        }
    }
}
