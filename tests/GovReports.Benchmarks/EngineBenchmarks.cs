using System.Globalization;
using BenchmarkDotNet.Attributes;
using GovReports.Templating;
using HandlebarsDotNet;

namespace GovReports.Benchmarks;

/// <summary>B3: the template engine alone against Handlebars.Net on the same work, and the parse cost of the shipped templates.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class EngineBenchmarks
{
    private const string EngineText =
        "{{~ for item in items ~}}\n" +
        "{{ item.name }}: {{ if item.active }}{{ item.amount | math.format \"N2\" }}{{ else }}-{{ end }}\n" +
        "{{~ end ~}}";

    private const string HandlebarsText =
        "{{#each items}}{{name}}: {{#if active}}{{format amount}}{{else}}-{{/if}}\n{{/each}}";

    private Template _engineTemplate = null!;
    private ScriptObject _globals = null!;
    private HandlebarsTemplate<object, object> _handlebarsTemplate = null!;
    private object _model = null!;
    private string _reportText = null!;
    private (string Text, string Path)[] _allTemplates = null!;

    /// <summary>One row of the loop; public so both engines read it through their normal member access.</summary>
    public sealed class Item
    {
        public required string Name { get; init; }

        public required decimal Amount { get; init; }

        public required bool Active { get; init; }
    }

    [GlobalSetup]
    public void Setup()
    {
        var items = Enumerable.Range(0, 500).Select(i => new Item
        {
            Name = "Xã số " + i.ToString(CultureInfo.InvariantCulture),
            Amount = 1000m + i * 37.25m,
            Active = i % 3 != 0,
        }).ToArray();
        _model = new { items };

        _engineTemplate = Template.Parse(EngineText);
        _globals = new ScriptObject();
        _globals.Import(_model);

        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        handlebars.RegisterHelper("format", (writer, context, arguments) =>
            writer.WriteSafeString(((decimal)arguments[0]!).ToString("N2", CultureInfo.InvariantCulture)));
        _handlebarsTemplate = handlebars.Compile(HandlebarsText);

        var engine = Engine();
        var other = Handlebars500();
        if (engine != other)
            throw new InvalidOperationException("The two templates do not produce the same text:\n" + engine[..200] + "\n---\n" + other[..200]);

        _reportText = File.ReadAllText(Inputs.TemplatePath("program-report.sbn"));
        _allTemplates = Directory.GetFiles(Inputs.TemplatePath(""), "*.sbn", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (File.ReadAllText(p), p))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "B3 loop of 500: GovReports.Templating")]
    public string Engine()
    {
        var context = new TemplateContext();
        context.PushGlobal(_globals);
        return _engineTemplate.Render(context);
    }

    [Benchmark(Description = "B3 loop of 500: Handlebars.Net")]
    public string Handlebars500() => _handlebarsTemplate(_model);

    [Benchmark(Description = "B3 parse program-report.sbn")]
    public Template ParseReportTemplate() => Template.Parse(_reportText, "program-report.sbn");

    [Benchmark(Description = "B3 parse all 11 shipped templates (14.8 KB)")]
    public int ParseAllTemplates()
    {
        var count = 0;
        foreach (var (text, path) in _allTemplates)
            count += Template.Parse(text, path).HasErrors ? 0 : 1;
        return count;
    }
}
