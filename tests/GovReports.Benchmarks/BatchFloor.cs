using System.Text.Json;
using GovReports.Word;

namespace GovReports.Benchmarks;

/// <summary>
/// The floor of B2 (<c>batch COUNT FOLDER --floor</c> runs it in a process of its own, as B2 runs the runner): everything a
/// folder run must do for each file whatever the library does, with the runner's threads and file handling, and no
/// report made. Per file: read it, one <see cref="Utf8JsonReader"/> pass decoding every string, zip seed 002's finished
/// parts (B4b's work), then write a temporary file, sync it to disk and rename it into place.
/// </summary>
internal static class BatchFloor
{
    public static int Run(string[] args)
    {
        var files = Directory.GetFiles(args[0], "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var output = args[1];
        var bench = new ReportBenchmarks();
        bench.Setup();
        var parts = bench.SeedParts;
        var taken = -1;
        void Work()
        {
            var buffer = new MemoryStream();
            for (var i = Interlocked.Increment(ref taken); i < files.Length; i = Interlocked.Increment(ref taken))
            {
                var utf8 = File.ReadAllBytes(files[i]);
                if (ReadAll(utf8) == 0) throw new InvalidDataException(files[i] + " holds no text.");
                buffer.SetLength(0);
                var package = new ZipPackage(buffer);
                foreach (var (name, content) in parts) package.Add(name, s => s.Write(content));
                package.Finish();
                var target = Path.Combine(output, Path.GetFileNameWithoutExtension(files[i]) + ".docx");
                var temp = Path.Combine(output, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    buffer.Position = 0;
                    buffer.CopyTo(stream);
                    stream.Flush(flushToDisk: true);
                }
                File.Move(temp, target, overwrite: true);
            }
        }

        // Two files in flight per core on threads of their own, as the runner's folder mode does.
        var threads = Enumerable.Range(1, Math.Min(files.Length, Environment.ProcessorCount * 2) - 1).Select(_ => new Thread(Work)).ToList();
        threads.ForEach(t => t.Start());
        Work();
        threads.ForEach(t => t.Join());
        Console.WriteLine($"{files.Length} of {files.Length} written (floor).");
        return 0;
    }

    /// <summary>One reader pass over the data, decoding every string: the least any JSON loader does.</summary>
    internal static int ReadAll(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var n = 0;
        while (reader.Read())
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) n += reader.GetString()!.Length;
        return n;
    }
}
