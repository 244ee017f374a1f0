using System.Text;
using GovReports.Formatting;
using GovReports.Markup;
using GovReports.Model.Json;
using GovReports.Rendering;
using GovReports.Templating;

namespace GovReports.Tests.Reliability;

/// <summary>Runs generated inputs with a fixed seed, each under a time limit, and collects every exception the library does not document.</summary>
internal static class Fuzz
{
    /// <summary>The library's documented exceptions: anything else escaping a public method is a crash.</summary>
    public static readonly Type[] Documented =
    [
        typeof(TemplateException), typeof(TemplateNotFoundException), typeof(ScriptRuntimeException), typeof(MarkupException),
        typeof(ReportLoadException), typeof(VietnameseParseException), typeof(OperationCanceledException),
    ];

    /// <summary>How many cases a fuzz test runs: its default, or GOVREPORTS_FUZZ_COUNT when set (for long runs on demand).</summary>
    public static int Count(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("GOVREPORTS_FUZZ_COUNT"), out var n) && n > 0 ? n : defaultCount;

    /// <summary>The seed of a fuzz test: its fixed default, or GOVREPORTS_FUZZ_SEED when set (to explore new inputs on demand).</summary>
    public static int Seed(int defaultSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("GOVREPORTS_FUZZ_SEED"), out var n) ? n : defaultSeed;

    /// <summary>The time one case may take before it counts as a hang.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(20);

    public static bool IsDocumented(Exception ex) => Documented.Any(t => t.IsInstanceOfType(ex));

    /// <summary>Runs <paramref name="exercise"/> under a cancellation token and a hard time limit; returns the failure, or null.</summary>
    public static string? RunCase(string input, Action<CancellationToken> exercise)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var task = Task.Run(() => exercise(cts.Token));
        try
        {
            if (!task.Wait(CaseLimit)) return "hang: no result within " + CaseLimit.TotalSeconds + " s";
            return null;
        }
        catch (AggregateException ae) when (ae.InnerException is { } ex)
        {
            return IsDocumented(ex) ? null : ex.GetType().FullName + ": " + ex.Message + "\n" + ex.StackTrace;
        }
    }

    /// <summary>Keeps the first failures of a run, each with the input that caused it, and writes the inputs to a folder for replay.</summary>
    public sealed class Failures(string kind)
    {
        private readonly List<string> _items = [];
        private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);

        public int Count => _items.Count;

        public void Add(int index, string input, string failure)
        {
            // Failures are grouped by their first line and first library frame, so one bug is listed once however often it is hit.
            var lines = failure.Split('\n');
            var frame = lines.FirstOrDefault(l => l.Contains(" at GovReports.", StringComparison.Ordinal) && !l.Contains(".Tests.", StringComparison.Ordinal))?.Trim() ?? "";
            var key = lines[0][..Math.Min(lines[0].Length, 160)] + " @ " + frame;
            _kinds[key] = _kinds.GetValueOrDefault(key) + 1;
            if (_kinds[key] > 1 || _items.Count >= 10) { _items.Add(""); return; }
            var dir = Path.Combine(Path.GetTempPath(), "govreports-fuzz", kind);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, $"case-{index}.txt"), input, new UTF8Encoding(false));
            _items.Add($"case {index} ({dir}/case-{index}.txt): {failure}\n--- input (first 400 chars) ---\n{Head(input)}");
        }

        public override string ToString() =>
            $"{_items.Count} failing case(s), {_kinds.Count} kind(s):\n" + string.Join("\n", _kinds.Select(k => $"  {k.Value} × {k.Key}")) + "\n\n"
            + string.Join("\n\n", _items.Where(i => i.Length > 0));

        private static string Head(string s) => s.Length <= 400 ? s : s[..400] + "…";
    }

    private static readonly string[] Tokens =
    [
        "{{", "}}", "{{~", "~}}", "{%", "%}", "{{-", "-}}", "end", " for x in ", " if ", " else ", "|", "\"", "'", "\\", "(", ")", "[", "]",
        "..", "`", "#", "---", "\n---\n", "^", "<", "{total}", "{header}", "\n::: appendix\n", ":::", "\n", "\r\n", "\t", "\0", "\u000B", "\u001F",
        "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "😀", "Ủy ban", "1e308", "-9223372036854775808", "99999999999999999999999", "0.5", "-1",
        "**", "*", "_", "[^1]", "[^1]: chú thích\n", "| a | b |\n|---|---|\n", "| x |", "|:---:|", "    ", "<b>", "&amp;", "![i](x)",
        "include ", "func ", "ret ", "capture ", "while true", "1..1000000", "null", "empty", "$", "@", ".", ",", ";", "=", "==", "+", "*",
    ];

    /// <summary>Mutates text: deletes, duplicates, inserts syntax fragments and hostile characters, swaps, truncates.</summary>
    public static string Mutate(string text, Random random, int steps)
    {
        var sb = new StringBuilder(text);
        for (var s = 0; s < steps; s++)
        {
            var len = sb.Length;
            var at = len == 0 ? 0 : random.Next(len);
            var span = len == 0 ? 0 : Math.Min(len - at, 1 + random.Next(Math.Min(64, Math.Max(1, len))));
            switch (random.Next(8))
            {
                case 0: sb.Remove(at, span); break;
                case 1: sb.Insert(at, sb.ToString(at, span)); break;
                case 2:
                case 3: sb.Insert(at, Tokens[random.Next(Tokens.Length)]); break;
                case 4: if (len > 0) sb[at] = (char)random.Next(0, 0x10000); break;
                case 5:
                    if (len > 2)
                    {
                        var other = random.Next(len - span + 1);
                        var a = sb.ToString(at, span);
                        sb.Remove(at, span).Insert(Math.Min(other, sb.Length), a);
                    }
                    break;
                case 6: if (random.Next(4) == 0) sb.Length = at; break;
                default: sb.Insert(at, (char)random.Next(0, 128)); break;
            }
        }
        return sb.ToString();
    }
}
