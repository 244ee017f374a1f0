using System.Text.Json;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Tests.Conformance;

/// <summary>Loads the shared Scriban conformance cases and renders them like Scriban's test runner.</summary>
public static class ConformanceCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceCase>> All = new(Load);
    private static readonly Lazy<IReadOnlySet<string>> Known = new(LoadKnownFailures);

    public static IReadOnlyDictionary<string, ConformanceCase> Cases => All.Value;

    public static IReadOnlySet<string> KnownFailures => Known.Value;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Conformance");

    private static IReadOnlyDictionary<string, ConformanceCase> Load()
    {
        var result = new Dictionary<string, ConformanceCase>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Folder, "scriban-cases.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var partials = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("partials", out var p) && p.ValueKind == JsonValueKind.Object)
            {
                foreach (var prop in p.EnumerateObject())
                {
                    partials[prop.Name] = prop.Value.GetString()!;
                }
            }

            var c = new ConformanceCase(
                root.GetProperty("id").GetString()!,
                root.GetProperty("template").GetString()!,
                root.TryGetProperty("model", out var m) ? m.GetRawText() : "{}",
                root.GetProperty("expected").GetString()!,
                root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToArray(),
                partials);
            result[c.Id] = c;
        }

        return result;
    }

    private static IReadOnlySet<string> LoadKnownFailures()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var path = Path.Combine(Folder, "known-failures.txt");
        if (!File.Exists(path))
        {
            return set;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line.Substring(0, hash);
            }

            line = line.Trim();
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }

    public static string Render(ConformanceCase c)
    {
        var expectsError = c.Expected.Contains(" : error : ", StringComparison.Ordinal);
        var file = expectsError && c.Expected.StartsWith("text(", StringComparison.Ordinal) ? "text" : null;
        var template = Template.Parse(c.Template, file);
        if (template.HasErrors)
        {
            return string.Join("\n", template.Messages);
        }

        var context = new TemplateContext { NewLine = "\n", TemplateLoader = new DictionaryLoader(c.Partials) };
        using (var doc = JsonDocument.Parse(c.ModelJson))
        {
            context.PushGlobal((ScriptObject)ToScript(doc.RootElement)!);
        }

        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Converts JSON the way the upstream runner builds its model: integral numbers become int or long, others double.</summary>
    public static object? ToScript(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var prop in element.EnumerateObject())
                {
                    obj[prop.Name] = ToScript(prop.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToScript(item));
                }

                return array;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private sealed class DictionaryLoader : ITemplateLoader
    {
        private readonly IReadOnlyDictionary<string, string> _partials;

        public DictionaryLoader(IReadOnlyDictionary<string, string> partials)
        {
            _partials = partials;
        }

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            _partials.TryGetValue(templatePath, out var text) ? text : throw new ScriptRuntimeException(callerSpan, "Template `" + templatePath + "` not found");
    }
}

public sealed record ConformanceCase(string Id, string Template, string ModelJson, string Expected, IReadOnlyList<string> Tags, IReadOnlyDictionary<string, string> Partials)
{
    public bool IsCore => Tags.Contains("core");
}
