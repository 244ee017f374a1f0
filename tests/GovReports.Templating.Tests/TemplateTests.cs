using System.Collections.Concurrent;
using FluentAssertions;
using GovReports.Templating.Parsing;

namespace GovReports.Templating.Tests;

public sealed class TemplateTests
{
    private sealed record District(string Name, int PoorHouseholds, decimal PoorRate);

    private sealed record Province(string ProvinceName, IReadOnlyList<District> Districts, string OrderID);

    private static Province SampleProvince() => new(
        "Lai Châu",
        new[] { new District("Mường Tè", 1200, 0.213m), new District("Sìn Hồ", 950, 0.1875m) },
        "LC-01");

    [Fact]
    public void Render_RecordModel_ExposesPropertiesInSnakeCase()
    {
        var template = Template.Parse("{{ province_name }} {{ order_id }}: {{ for d in districts }}{{ d.name }}={{ d.poor_households }}/{{ d.poor_rate }};{{ end }}");

        template.Render(SampleProvince()).Should().Be("Lai Châu LC-01: Mường Tè=1200/0.213;Sìn Hồ=950/0.1875;");
    }

    [Fact]
    public void RenderPooled_LongOutput_HoldsTheTextRenderGives()
    {
        // Output past one builder chunk (8,000 characters) is copied from every chunk into the rented buffer.
        var template = Template.Parse("{{ for d in districts }}{{ for i in 1..400 }}{{ d.name }} {{ i }}; {{ end }}\n{{ end }}");
        var expected = template.Render(SampleProvince());
        var context = new TemplateContext();
        var globals = new ScriptObject();
        globals.ImportMembers(SampleProvince(), context.MemberRenamer);
        context.PushGlobal(globals);

        using var pooled = template.RenderPooled(context);

        expected.Length.Should().BeGreaterThan(8000);
        pooled.Text.ToString().Should().Be(expected);
        // The context renders again afterwards: its output stack is back where it was.
        template.Render(context).Should().Be(expected);
    }

    [Fact]
    public void RenderPooled_EmptyOutput_IsEmptyAndGivesBackItsBuffer()
    {
        var pooled = Template.Parse("{{ '' }}").RenderPooled(new TemplateContext());

        pooled.Text.Length.Should().Be(0);
        var dispose = () => pooled.Dispose();
        dispose.Should().NotThrow();
    }

    [Fact]
    public void Render_CustomMemberRenamer_KeepsDotNetNames()
    {
        var context = new TemplateContext { MemberRenamer = m => m.Name };
        var globals = new ScriptObject { ["p"] = SampleProvince() };
        context.PushGlobal(globals);

        Template.Parse("{{ p.ProvinceName }}|{{ p.province_name }}").Render(context).Should().Be("Lai Châu|");
    }

    [Fact]
    public void Render_DictionaryModel_KeepsKeysAsWritten()
    {
        var model = new Dictionary<string, object?> { ["TenTinh"] = "Sơn La", ["so_ho"] = 12 };

        Template.Parse("{{ TenTinh }} {{ so_ho + 1 }} {{ ten_tinh }}").Render(model).Should().Be("Sơn La 13 ");
    }

    [Fact]
    public void Render_JsonNodeBuiltInCode_ReadsClrValues()
    {
        var model = new System.Text.Json.Nodes.JsonObject
        {
            ["ten_tinh"] = "Hà Giang",
            ["ty_le"] = 0.125m,
            ["huyen"] = new System.Text.Json.Nodes.JsonArray("Đồng Văn", "Mèo Vạc"),
        };

        Template.Parse("{{ ten_tinh }}: {{ ty_le * 100 }}% {{ huyen | array.join ', ' }} {{ huyen.size }}").Render(model)
            .Should().Be("Hà Giang: 12.500% Đồng Văn, Mèo Vạc 2");
    }

    [Fact]
    public void Render_JsonDocumentModel_UsesRootObject()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("{\"so_ho\": 12, \"ty_le\": 2.5, \"ten\": null}");

        Template.Parse("{{ so_ho + 1 }} {{ ty_le * 2 }} [{{ ten }}] {{ so_ho | object.typeof }}").Render(doc).Should().Be("13 5 [] number");
    }

    [Fact]
    public void Render_DictionaryWithIntegerKeys_IndexesByValue()
    {
        var model = new Dictionary<string, object?> { ["codes"] = new Dictionary<int, string> { [1] = "một", [2] = "hai" } };

        Template.Parse("{{ codes[2] }}").Render(model).Should().Be("hai");
    }

    [Fact]
    public void Render_PushedCulture_PrintsNumbersWithIt()
    {
        var context = new TemplateContext();
        context.PushCulture(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
        var vietnamese = Template.Parse("{{ 1234.5 }}").Render(context);
        context.PopCulture();

        vietnamese.Should().Be("1234,5");
        Template.Parse("{{ 1234.5 }}").Render(context).Should().Be("1234.5");
    }

    [Fact]
    public void Render_ParseErrors_ThrowsWithMessages()
    {
        var template = Template.Parse("{{ 1 + }}", "bao-cao.sbn");

        template.HasErrors.Should().BeTrue();
        template.Messages.Should().ContainSingle().Which.ToString().Should().Be(
            "bao-cao.sbn(1,8) : error : Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>");
        var render = () => template.Render();
        render.Should().Throw<InvalidOperationException>().WithMessage("This template has errors.*");
    }

    [Fact]
    public void Render_SameTemplateFromManyThreads_GivesIdenticalOutput()
    {
        var template = Template.Parse("{{ for i in 1..50 }}{{ i * factor }},{{ end }}{{ x = factor; x }}");
        var results = new ConcurrentBag<string>();

        Parallel.For(0, 64, i =>
        {
            var model = new ScriptObject { ["factor"] = (i % 4) + 1 };
            var context = new TemplateContext();
            context.PushGlobal(model);
            results.Add(((i % 4) + 1) + ":" + template.Render(context));
        });

        results.Should().HaveCount(64);
        foreach (var group in results.GroupBy(r => r.Split(':')[0]))
        {
            group.Select(r => r).Distinct().Should().ContainSingle();
        }

        var expected = string.Concat(Enumerable.Range(1, 50).Select(i => (i * 3) + ",")) + "3";
        results.Should().Contain("3:" + expected);
    }

    [Fact]
    public void GetReferencedNames_Template_ListsGlobalsAndFunctions()
    {
        var template = Template.Parse("{{ total = 0 }}{{ for d in report.districts }}{{ d.amount | vn.money 'đồng' }}{{ total = total + d.amount }}{{ end }}{{ title | string.upcase }}{{ helper 1 }}{{ func twice(v); ret v * 2; end }}{{ capture note }}{{ unit }}{{ end }}");

        var names = template.GetReferencedNames();

        names.Variables.Should().BeEquivalentTo(new[] { "report", "title", "unit" });
        names.Functions.Should().BeEquivalentTo(new[] { "vn.money", "string.upcase", "helper" });
    }

    [Fact]
    public void GetReferencedNames_TablerowColumns_ListsTheColumnsVariable()
    {
        var names = Template.Parse("{{ tablerow x in items cols: width }}{{ x }}{{ end }}").GetReferencedNames();

        names.Variables.Should().BeEquivalentTo(new[] { "items", "width" });
    }

    [Fact]
    public void Render_IncludeWithParseError_ThrowsParserRuntimeException()
    {
        var context = new TemplateContext { TemplateLoader = new Loader(new Dictionary<string, string> { ["bad"] = "{{ 1 + }}" }) };

        var render = () => Template.Parse("{{ include 'bad' }}").Render(context);

        var ex = render.Should().Throw<ScriptParserRuntimeException>().Which;
        ex.Message.Should().StartWith("<input>(1,4) : error : Error while parsing template `bad` Parser messages:\n bad(1,8) : error : ");
        ex.ParserMessages.Should().ContainSingle();
    }

    [Fact]
    public void Render_IncludeWithArguments_SeesGlobalsAndArguments()
    {
        var context = new TemplateContext { TemplateLoader = new Loader(new Dictionary<string, string> { ["row"] = "{{ $0 }}:{{ $1 }}-{{ $.unit }}-{{ year }}" }) };
        context.PushGlobal(new ScriptObject { ["year"] = 2025 });

        Template.Parse("{{ include 'row' 42 unit: 'hộ' }}").Render(context).Should().Be("row:42-hộ-2025");
    }

    [Fact]
    public void Render_SharedTemplateCache_LoadsCacheableIncludesOnceAndOthersEveryTime()
    {
        var cache = new ConcurrentDictionary<string, Template>();
        var loader = new CountingLoader();
        var template = Template.Parse("{{ include 'row' 1 }}|{{ include 'data:note' }}");
        var outputs = new List<string>();

        for (var i = 0; i < 3; i++)
        {
            loader.Note = "ghi chú " + i;
            outputs.Add(template.Render(new TemplateContext { TemplateLoader = loader, TemplateCache = cache }));
        }

        outputs.Should().Equal("hàng 1|ghi chú 0", "hàng 1|ghi chú 1", "hàng 1|ghi chú 2");
        loader.Loads("row").Should().Be(1);
        loader.Loads("data:note").Should().Be(3);
        cache.Keys.Should().Equal("row");
    }

    [Fact]
    public void Render_SharedTemplateCacheFromManyThreads_GivesIdenticalOutput()
    {
        var cache = new ConcurrentDictionary<string, Template>();
        var loader = new CountingLoader();
        var template = Template.Parse("{{ for i in 1..20 }}{{ include 'row' (i * factor) }};{{ end }}");
        var results = new ConcurrentBag<(int Factor, string Text)>();

        Parallel.For(0, 64, i =>
        {
            var factor = (i % 4) + 1;
            var context = new TemplateContext { TemplateLoader = loader, TemplateCache = cache };
            context.PushGlobal(new ScriptObject { ["factor"] = factor });
            results.Add((factor, template.Render(context)));
        });

        results.Should().HaveCount(64);
        foreach (var (factor, text) in results)
        {
            text.Should().Be(string.Concat(Enumerable.Range(1, 20).Select(i => "hàng " + (i * factor) + ";")));
        }

        cache.Keys.Should().Equal("row");
    }

    private sealed class CountingLoader : ITemplateLoader
    {
        private readonly ConcurrentDictionary<string, int> _loads = new();

        public string Note { get; set; } = string.Empty;

        public int Loads(string path) => _loads.GetValueOrDefault(path);

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            _loads.AddOrUpdate(templatePath, 1, (_, n) => n + 1);
            return templatePath == "row" ? "hàng {{ $1 }}" : Note;
        }

        public bool IsCacheable(string templatePath) => !templatePath.StartsWith("data:", StringComparison.Ordinal);
    }

    private sealed class Loader : ITemplateLoader
    {
        private readonly Dictionary<string, string> _templates;

        public Loader(Dictionary<string, string> templates)
        {
            _templates = templates;
        }

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => _templates[templatePath];
    }
}
