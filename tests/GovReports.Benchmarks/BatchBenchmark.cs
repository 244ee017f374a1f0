using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovReports.Benchmarks;

/// <summary>
/// B2: generates commune reports shaped like seed 002 (varied names and household figures), then times the runner's
/// folder mode writing them all to disk, with its peak memory.
/// Usage: <c>batch COUNT FOLDER [--no-build] [--floor]</c>; <c>--floor</c> times <see cref="BatchFloor"/> instead of the runner.
/// </summary>
internal static class BatchBenchmark
{
    private static readonly string[] First = ["Mường", "Nậm", "Pa", "Sì", "Ma", "Bản", "Dào", "Hoang", "Khổng", "Lản", "Mù", "Tung", "Vàng", "Huổi", "Sin"];
    private static readonly string[] Second = ["Tè", "So", "Lò", "Nhè", "Lang", "Thàng", "Chải", "Ly", "Hồ", "Sáng", "Quáng", "Cang", "Pắc", "Luông", "Phìn", "Ma"];
    private static readonly string[] ScaledCounts = ["households", "works", "borrowers"];

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            Console.Error.WriteLine("usage: batch COUNT FOLDER [--no-build] [--floor]");
            return 2;
        }
        var folder = Path.GetFullPath(args[1]);
        var data = Path.Combine(folder, "data");
        var output = Path.Combine(folder, "out");

        var floor = args.Contains("--floor");
        var runnerProject = Path.Combine(Inputs.Root, "examples", "GovReports.Runner");
        if (!floor && !args.Contains("--no-build") && Exec("dotnet", ["build", runnerProject, "-c", "Release", "-v", "q", "-nologo"], out _) != 0)
            return 1;
        var runner = Path.Combine(runnerProject, "bin", "Release", "net10.0", "GovReports.Runner.dll");

        Generate(data, count);
        // The previous run's output is moved aside and deleted only after the timed run: on a filesystem without a journal
        // (this machine's ext4) creating files right after deleting thousands makes the kernel scan for recently deleted
        // inodes, which added up to 0.85 ms of system time per file.
        if (Directory.Exists(output)) Directory.Move(output, output + ".old-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);

        // /usr/bin/time -v reports the peak resident set size and CPU time of the runner process; CPU time and the load
        // average show how much of the wall time other processes on the machine took. System time is mostly the kernel
        // creating files, which on this machine's ext4 grows with the number of files deleted in the last minutes.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        var clock = Stopwatch.StartNew();
        string[] command = floor
            ? ["-v", "dotnet", typeof(BatchFloor).Assembly.Location, "batchfloor", data, output]
            : ["-v", "dotnet", runner, "render", data, "-o", output, "--force"];
        var exit = Exec("/usr/bin/time", command, out var log);
        clock.Stop();
        var written = Directory.GetFiles(output, "*.docx").Length;
        foreach (var old in Directory.GetDirectories(folder, "out.old-*")) Directory.Delete(old, recursive: true);
        double Field(string name) => log.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith(name, StringComparison.Ordinal))
            .Select(l => double.Parse(l[(l.LastIndexOf(':') + 1)..].Trim(), CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var peakKb = Field("Maximum resident set size");
        var user = Field("User time (seconds)");
        var system = Field("System time (seconds)");
        var cpu = user + system;
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B2 {(floor ? "floor" : "batch")}: {written} of {count} reports written in {seconds:F2} s ({written / seconds:F0} reports/s) on {Environment.ProcessorCount} cores, CPU {cpu:F1} s ({cpu * 1000 / count:F2} ms/report; user {user:F1} s, system {system:F1} s), peak RSS {peakKb / 1024.0:F0} MB, load average at start {load}, runner exit code {exit}"));
        return exit == 0 && written == count ? 0 : 1;
    }

    private static void Generate(string folder, int count)
    {
        if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.json").Length == count)
            return;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var i = 0;
        foreach (var json in CommuneReports(count))
            File.WriteAllText(Path.Combine(folder, "commune-" + (i++).ToString("D5", CultureInfo.InvariantCulture) + ".json"), json);
    }

    /// <summary>The data files of <paramref name="count"/> commune reports shaped like seed 002, the same for every run.</summary>
    public static IEnumerable<string> CommuneReports(int count)
    {
        var seed = File.ReadAllText(Inputs.DataPath("002-phong-tho-nq24.json"));
        var random = new Random(2021);
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        for (var i = 0; i < count; i++)
        {
            var name = First[random.Next(First.Length)] + " " + Second[random.Next(Second.Length)];
            // One factor for every count keeps the parts below their totals, as the model's checks require.
            var factor = 0.6 + random.NextDouble() * 0.8;
            var root = JsonNode.Parse(seed)!;
            Vary(root, null, name, factor);
            yield return root.ToJsonString(options);
        }
    }

    private static void Vary(JsonNode node, string? key, string name, double factor)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (k, child) in obj.ToArray())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                        obj[k] = Rename(text, name);
                    else if (child is JsonValue number && ScaledCounts.Contains(k) && number.TryGetValue<long>(out var n))
                        obj[k] = (long)Math.Round(n * factor);
                    else if (child is not null)
                        Vary(child, k, name, factor);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text)) array[i] = Rename(text, name);
                    else if (array[i] is { } child) Vary(child, key, name, factor);
                }
                break;
        }
    }

    private static string Rename(string text, string name) =>
        text.Replace("huyện Phong Thổ", "xã " + name, StringComparison.Ordinal)
            .Replace("HUYỆN PHONG THỔ", "XÃ " + name.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("Phong Thổ", name, StringComparison.Ordinal);

    private static int Exec(string file, string[] arguments, out string stderr)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        // The runner's progress bar and summary table go to stdout; drain it so the pipe never blocks.
        var outTask = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        stderr = errorTask.Result;
        var stdout = outTask.Result;
        var tail = stdout.Split('\n').Where(l => l.Trim().Length > 0).TakeLast(1).FirstOrDefault();
        if (tail is not null) Console.WriteLine("  " + tail.Trim());
        return process.ExitCode;
    }
}
