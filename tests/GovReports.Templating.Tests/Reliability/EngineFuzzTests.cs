using System.Text;
using System.Text.Json;
using FluentAssertions;
using GovReports.Templating.Parsing;
using GovReports.Templating.Tests.Conformance;
using Xunit.Abstractions;

namespace GovReports.Templating.Tests.Reliability;

/// <summary>
/// Mutated and spliced conformance templates, rendered under limits: parsing never throws, rendering throws only
/// <see cref="ScriptRuntimeException"/> or <see cref="OperationCanceledException"/>, and nothing hangs.
/// GOVREPORTS_FUZZ_COUNT sets the number of cases for longer runs, GOVREPORTS_FUZZ_SEED another seed.
/// </summary>
public sealed class EngineFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(20);

    private static readonly string[] Tokens =
    [
        "{{", "}}", "{{~", "~}}", "{%{", "}%}", "{{-", "-}}", " end ", " for x in ", " if ", " else ", " while ", " case ", " when ", "|", "\"", "'", "\\",
        "(", ")", "[", "]", "..", "..<", "`", "#", "##", "\n", "\r\n", "\t", "\0", "\u000B", "\uD800", "\uDC00", "\uFFFF", "😀", "Ủy ban", "1e308",
        "-9223372036854775808", "99999999999999999999999", "0.5", "-1", "0", "null", "empty", "true", "$", "$0", "@", ".", ",", ";", "=", "==", "!=",
        "+", "-", "*", "/", "//", "%", "??", "?", ":", "<", ">", "&&", "||", "!", "func ", "ret ", "capture ", "with ", "wrap ", "tablerow ",
        "break", "continue", "include ", "import ", "this", "for.index", "string.", "array.", "math.", "date.", "object.", "include_join ",
        "string.pad_left", "array.insert_at", "math.round", "date.parse", "object.eval", "object.eval_template", " | array.size", "[1,2,3]",
        "{a: 1, b: [2]}", "1..1000000", "x = x + x", "offset:", "limit:", "reversed", "do", "readonly ", "$\"{", "}\"",
    ];

    [Fact]
    public void ParseAndRender_MutatedConformanceTemplates_OnlyDocumentedExceptions()
    {
        var cases = ConformanceCases.Cases.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        var count = int.TryParse(Environment.GetEnvironmentVariable("GOVREPORTS_FUZZ_COUNT"), out var n) && n > 0 ? n : 8000;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("GOVREPORTS_FUZZ_SEED"), out var seed) ? seed : 20260707);
        var failures = new SortedDictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        int parsed = 0, rendered = 0;
        for (var i = 0; i < count; i++)
        {
            var c = cases[random.Next(cases.Length)];
            var text = random.Next(6) == 0
                ? Splice(c.Template, cases[random.Next(cases.Length)].Template, random)
                : Mutate(c.Template, random, 1 + random.Next(4));
            var task = Task.Run(() =>
            {
                var template = Template.Parse(text, "fuzz.sbn");
                if (template.HasErrors)
                {
                    template.Messages.Should().OnlyContain(m => m.ToString().StartsWith("fuzz.sbn(", StringComparison.Ordinal));
                    return;
                }
                Interlocked.Increment(ref parsed);
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var context = new TemplateContext
                {
                    LoopLimit = 10_000,
                    RecursiveLimit = 64,
                    LimitToString = 1_000_000,
                    CancellationToken = cts.Token,
                    TemplateLoader = new PartialLoader(c.Partials),
                };
                using (var doc = JsonDocument.Parse(c.ModelJson))
                {
                    context.PushGlobal((ScriptObject)ConformanceCases.ToScript(doc.RootElement)!);
                }
                try
                {
                    template.Render(context);
                    Interlocked.Increment(ref rendered);
                }
                catch (Exception ex) when (ex is ScriptRuntimeException or OperationCanceledException)
                {
                }
            });
            var failure = Outcome(task);
            if (failure is not null)
            {
                var known = failures.GetValueOrDefault(failure);
                failures[failure] = (known.Count + 1, known.Example ?? text);
            }
        }

        output.WriteLine($"{count} templates: {parsed} parsed without errors, {rendered} rendered to the end");
        failures.Should().BeEmpty(string.Join("\n\n", failures.Select(f => $"{f.Value.Count} × {f.Key}\n--- example ---\n{f.Value.Example}")));
        parsed.Should().BeGreaterThan(count / 10);
    }

    private static string? Outcome(Task task)
    {
        try
        {
            return task.Wait(CaseLimit) ? null : "hang";
        }
        catch (AggregateException ae)
        {
            var ex = ae.InnerException!;
            var frame = ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("GovReports.Templating.", StringComparison.Ordinal) && !l.Contains(".Tests.", StringComparison.Ordinal))?.Trim();
            return ex.GetType().Name + ": " + ex.Message.Split('\n')[0] + " @ " + frame;
        }
    }

    private static string Splice(string a, string b, Random random)
    {
        var i = a.Length == 0 ? 0 : random.Next(a.Length);
        var j = b.Length == 0 ? 0 : random.Next(b.Length);
        return a[..i] + b[j..];
    }

    private static string Mutate(string text, Random random, int steps)
    {
        var sb = new StringBuilder(text);
        for (var s = 0; s < steps; s++)
        {
            var len = sb.Length;
            var at = len == 0 ? 0 : random.Next(len + 1);
            var span = len == 0 || at == len ? 0 : Math.Min(len - at, 1 + random.Next(Math.Min(32, len)));
            switch (random.Next(7))
            {
                case 0: sb.Remove(at, span); break;
                case 1: sb.Insert(at, sb.ToString(at, span)); break;
                case 2:
                case 3: sb.Insert(at, Tokens[random.Next(Tokens.Length)]); break;
                case 4: if (at < len) sb[at] = (char)random.Next(0, 0x10000); break;
                case 5: sb.Length = at; break;
                default: sb.Insert(at, (char)random.Next(0, 128)); break;
            }
        }
        return sb.ToString();
    }

    private sealed class PartialLoader(IReadOnlyDictionary<string, string> partials) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            partials.TryGetValue(templatePath, out var text) ? text : throw new ScriptRuntimeException(callerSpan, "no partial " + templatePath);
    }
}
