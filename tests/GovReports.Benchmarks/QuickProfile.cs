using System.Diagnostics;
using System.Globalization;

namespace GovReports.Benchmarks;

/// <summary>
/// A fast Stopwatch profile of the B1 stages for quick before/after checks while optimising
/// (<c>profile [ITERATIONS [e2e|seq|render|parse|write|zip|zip2|xml|load|loadbytes|tree|jsonfloor|check|varied]]</c>, also handy under <c>perf record</c>); BenchmarkDotNet's figures are the ones recorded.
/// </summary>
internal static class QuickProfile
{
    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var only = args.Length > 1 ? args[1] : null;
        var b = new ReportBenchmarks();
        b.Setup();
        var json = File.ReadAllText(Inputs.DataPath("002-phong-tho-nq24.json"));
        var utf8 = File.ReadAllBytes(Inputs.DataPath("002-phong-tho-nq24.json"));
        var report = Inputs.LoadSeed002();
        // What a batch renders: a different commune each time (names, texts and figures vary; see BatchBenchmark).
        var communes = only == "varied" ? BatchBenchmark.CommuneReports(500).Select(j => GovReports.Model.Json.ReportJson.Load(j)).ToArray() : [];
        var renderer = new GovReports.Rendering.ReportRenderer();
        var next = 0;
        var output = new MemoryStream();
        var stages = new (string Key, string Name, Func<object> Action)[]
        {
            ("e2e", "B1 end to end", () => b.EndToEnd()),
            ("seq", "B1 stages in turn", () => { b.TemplateRender(); b.MarkupParse(); return b.PackageWrite(); }),
            ("render", "B1a template render", () => b.TemplateRender()),
            ("parse", "B1b markup parse", () => b.MarkupParse()),
            ("write", "B1c package write", () => b.PackageWrite()),
            ("zip", "B4 zip floor", () => b.ZipFloor()),
            ("zip2", "B4b zip floor (ZipPackage)", () => b.ZipFloorPackage()),
            ("xml", "document.xml alone", () => { GovReports.Word.DocumentPart.Write(Stream.Null, GovReports.Word.LayoutSettings.Default, b.Document); return 0; }),
            ("load", "data load (ReportJson)", () => GovReports.Model.Json.ReportJson.Load(json)),
            ("loadbytes", "data load from bytes", () => GovReports.Model.Json.ReportJson.TryLoad(utf8, out _, out _)),
            ("tree", "data load: parse only", () => { GovReports.Model.Json.JsonTree.Parse(utf8).Dispose(); return 0; }),
            ("jsonfloor", "Utf8JsonReader alone", () => BatchFloor.ReadAll(utf8)),
            ("check", "model checks", () => GovReports.Model.Checks.ReportChecker.Check(report)),
            ("e2e", "B1 end to end, again", () => b.EndToEnd()),
            ("varied", "B1 over 500 communes", () => { output.SetLength(0); renderer.Render(communes[next++ % communes.Length], output); return output.Length; }),
        };
        foreach (var (key, name, action) in stages)
            if (only is null || only == key) Measure(name, iterations, action);
        return 0;
    }

    private static void Measure(string name, int iterations, Func<object> action)
    {
        for (var i = 0; i < Math.Max(50, iterations / 5); i++) action();
        var times = new double[iterations];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var pause = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
        // CPU time per call (all threads, so GC included) is steadier than wall time on a busy machine.
        var cpuPerOp = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / iterations;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} p10 {times[iterations / 10],8:F1} µs  median {times[iterations / 2],9:F1} µs  p90 {times[iterations * 9 / 10],9:F1} µs  cpu {cpuPerOp,8:F1} µs/op  {bytes / 1024.0,8:F1} KB/op  gen0 {GC.CollectionCount(0) - gen0} gen1 {GC.CollectionCount(1) - gen1} pause {(GC.GetTotalPauseDuration() - pause).TotalMicroseconds / iterations:F1} µs/op"));
    }
}
