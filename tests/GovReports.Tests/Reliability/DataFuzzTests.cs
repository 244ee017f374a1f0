using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using GovReports.Model;
using GovReports.Model.Checks;
using GovReports.Model.Json;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Word;
using Xunit.Abstractions;

namespace GovReports.Tests.Reliability;

/// <summary>Mutated example data files: loading never throws, checking never throws, rendering throws only documented exceptions, every .docx validates.</summary>
public sealed class DataFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Files = ["001-krong-pa-6-thang-2021.json", "002-phong-tho-nq24.json", "004-dak-nong-ket-luan-ra-soat.json"];

    private static readonly Lazy<string[]> Sources = new(() =>
        Files.Select(f => File.ReadAllText(Path.Combine(ExampleFiles.RootPath, "examples", "data", f))).ToArray());

    private static readonly ReportRenderer Renderer = new(new ReportRendererOptions { Timeout = TimeSpan.FromSeconds(10) });

    // Values that spreadsheets produce: wrong types, extremes, dates that do not exist, hostile text.
    private static readonly Func<Random, JsonNode?>[] Values =
    [
        _ => null,
        _ => JsonValue.Create(true),
        _ => JsonValue.Create(""),
        _ => JsonValue.Create(-1),
        _ => JsonValue.Create(0),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(long.MinValue),
        _ => JsonValue.Create(1e308),
        _ => JsonValue.Create(-1e308),
        _ => JsonValue.Create(0.5),
        _ => JsonValue.Create(decimal.MaxValue),
        _ => JsonValue.Create("99999999999999999999999999999 tỷ đồng"),
        _ => JsonValue.Create("-5 triệu đồng"),
        _ => JsonValue.Create("1,5 tỷ đồng"),
        _ => JsonValue.Create("2021-02-30"),
        _ => JsonValue.Create("2021-13-01"),
        _ => JsonValue.Create("0000-00-00"),
        _ => JsonValue.Create("31/12/2021"),
        _ => JsonValue.Create("X-99"),
        _ => JsonValue.Create("a\u0000b\u000Bc\uD800d\uFFFEe\tf\r\ng"),
        _ => JsonValue.Create("{{ for x in 1..10 }}{{ x }}{{ end }} | a | b |\n|---|\n# H\n***"),
        _ => JsonValue.Create(new string('9', 400)),
        r => JsonValue.Create(new string((char)r.Next(0x20, 0x3000), r.Next(1, 2000))),
        _ => new JsonArray(),
        _ => new JsonObject(),
        _ => new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null),
        _ => new JsonObject { ["year"] = 2022, ["month"] = 13 },
        _ => new JsonObject { ["year"] = -5 },
    ];

    private static readonly decimal[] Numbers = [-1, 0, 1, 0.5m, -0.001m, 99.999m, 100, 101, 1e6m, 1e12m, 9_999_999_999_999_999m, long.MaxValue, 2_147_483_648m, 1e20m];

    private static readonly Func<string, Random, string>[] Texts =
    [
        (s, _) => s + "\u0000\u0001\u000B\u001F\uD800\uFFFE\uFFFF\t\r",
        (s, _) => "",
        (s, _) => " ",
        (s, r) => s.Length > 1 ? s[..r.Next(s.Length)] : s,
        (s, _) => s + s + s + s,
        (s, _) => s + " {{ x }} {{ for i in 1..3 }}{{ i }}{{ end }}",
        (s, _) => s + " {{ for i in 1..2000000 }}{{ end }}",
        (s, _) => s + " {{",
        (s, _) => s + " }}",
        (s, _) => "| a | b |\n|---|---|\n| < | ^ |\n" + s,
        (s, _) => "# " + s + "\n\n***\n\n#### a) " + s,
        (s, _) => s + "[^9]",
        (s, _) => s + " <b>html</b> `code` [link](x) ![img](y)",
        (s, _) => s + "\n::: appendix\nPhụ lục\n:::\n",
        (s, _) => s + "\n---\n",
        (s, _) => "2021-02-29",
        (s, _) => "-5 triệu đồng",
        (s, _) => "1.234.567.890.123.456.789 tỷ đồng",
        (s, _) => "0,5 đồng",
        (s, r) => new string('Ủ', 1 + r.Next(5000)),
        (s, r) => Fuzz.Mutate(s, r, 3),
    ];

    [Fact]
    public void MutatedDataFiles_LoadCheckRender_OnlyDocumentedExceptionsAndValidDocx()
    {
        var count = Fuzz.Count(3000);
        var random = new Random(Fuzz.Seed(20260705));
        var failures = new Fuzz.Failures("data");
        int loaded = 0, rendered = 0, validated = 0;
        for (var i = 0; i < count; i++)
        {
            var json = Mutate(Sources.Value[i % Sources.Value.Length], random);
            // Rendering is the slow step: render the loadable inputs among every other case, validate one in ten of the files produced.
            var render = i % 2 == 0;
            var validate = false;
            var failure = Fuzz.RunCase(json, token =>
            {
                if (!ReportJson.TryLoad(json, out var report, out var errors))
                {
                    errors.Should().NotBeEmpty("a refused file must say why");
                    errors.Where(e => e.Line < 1 || e.Column < 1 || e.Path.Length == 0 || e.Message.Length == 0).Should().BeEmpty();
                    return;
                }
                Interlocked.Increment(ref loaded);
                ReportChecker.Check(report!).Where(f => f.Path.Length == 0 || f.Message.Length == 0).Should().BeEmpty();
                if (!render) return;
                using var docx = new MemoryStream();
                Renderer.Render(report!, docx, token);
                Interlocked.Increment(ref rendered);
                if (rendered % 10 == 1)
                {
                    var file = new DocxFile(docx.ToArray());
                    var problems = file.Validate();
                    problems.Should().BeEmpty(DocxFile.Describe(problems));
                    validate = true;
                }
            });
            if (validate) validated++;
            if (failure is not null) failures.Add(i, json, failure);
        }

        output.WriteLine($"{count} data files: {loaded} loaded and checked, {rendered} rendered, {validated} validated with OpenXmlValidator");
        failures.Count.Should().Be(0, failures.ToString());
        loaded.Should().BeGreaterThan(count / 10, "the mutations must leave enough loadable files to exercise the checker and renderer");
        rendered.Should().BeGreaterThan(0);
        validated.Should().BeGreaterThan(0);
    }

    private static string Mutate(string source, Random random)
    {
        var kind = random.Next(10);
        if (kind == 0) return Fuzz.Mutate(source, random, 1 + random.Next(3));
        var root = JsonNode.Parse(source)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var steps = 1 + random.Next(kind == 1 ? 8 : 2);
        for (var s = 0; s < steps; s++)
        {
            var node = nodes[random.Next(nodes.Count)];
            var parent = node.Parent;
            if (parent is null) continue;
            if (kind <= 5 && node is JsonValue leaf)
            {
                // Same-type changes keep most files loadable, so the checker and the renderer meet extreme and hostile values.
                var replacement = leaf.GetValueKind() switch
                {
                    JsonValueKind.String => JsonValue.Create(Texts[random.Next(Texts.Length)](leaf.GetValue<string>(), random)),
                    JsonValueKind.Number => JsonValue.Create(Numbers[random.Next(Numbers.Length)]),
                    _ => null,
                };
                if (replacement is not null)
                {
                    if (parent is JsonObject so) so[node.GetPropertyName()] = replacement;
                    else if (parent is JsonArray sa) sa[node.GetElementIndex()] = replacement;
                    nodes.Clear();
                    Collect(root, nodes);
                    continue;
                }
            }
            switch (random.Next(5))
            {
                case 0:
                    // Delete the property or element.
                    if (parent is JsonObject po) po.Remove(node.GetPropertyName());
                    else if (parent is JsonArray pa) pa.Remove(node);
                    break;
                case 1:
                    // Duplicate: an array element is repeated; an object property gets a sibling copy under a case-changed name.
                    if (parent is JsonArray da) da.Add(node.DeepClone());
                    else if (parent is JsonObject dobj) dobj[node.GetPropertyName().ToUpperInvariant()] = node.DeepClone();
                    break;
                default:
                    var value = Values[random.Next(Values.Length)](random);
                    if (parent is JsonObject ro) ro[node.GetPropertyName()] = value;
                    else if (parent is JsonArray ra) ra[node.GetElementIndex()] = value;
                    break;
            }
            nodes.Clear();
            Collect(root, nodes);
            if (nodes.Count == 0) break;
        }
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        // A real duplicate key, which JsonNode cannot hold, written textually.
        if (kind == 2)
        {
            var at = text.IndexOf("\"template\"", StringComparison.Ordinal);
            if (at > 0) text = text.Insert(at, "\"template\": \"program-report\",\n");
        }
        return text;
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null) return;
        if (node.Parent is not null) into.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var p in o) Collect(p.Value, into);
                break;
            case JsonArray a:
                foreach (var e in a) Collect(e, into);
                break;
        }
    }
}
