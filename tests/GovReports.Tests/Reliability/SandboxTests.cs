using System.Collections;
using System.Reflection;
using System.Text;
using FluentAssertions;
using GovReports.Model;
using GovReports.Rendering;
using GovReports.Tests.Examples;

namespace GovReports.Tests.Reliability;

/// <summary>A hostile template meets limits with a clear error and its location, and reaches only the model, the functions and its own folder.</summary>
public sealed class SandboxTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("govreports-sandbox-");
    private readonly string _templates;
    private readonly string _secret;
    private readonly Report _report = ExampleFiles.Load("002-phong-tho-nq24.json");

    public SandboxTests()
    {
        _templates = Directory.CreateDirectory(Path.Combine(_work.FullName, "templates")).FullName;
        _secret = Path.Combine(_work.FullName, "secret.sbn");
        File.WriteAllText(_secret, "TOP-SECRET-CONTENT");
    }

    public void Dispose() => _work.Delete(recursive: true);

    private string RenderWith(string template, ReportRendererOptions? options = null, CancellationToken token = default)
    {
        File.WriteAllText(Path.Combine(_templates, "hostile.sbn"), template, new UTF8Encoding(false));
        var renderer = new ReportRenderer((options ?? ReportRendererOptions.Default) with { TemplateDirectory = _templates });
        return renderer.RenderMarkup(_report with { Template = "hostile" }, token);
    }

    private Action Rendering(string template, ReportRendererOptions? options = null, CancellationToken token = default) =>
        () => RenderWith(template, options, token);

    [Fact]
    public void Options_Default_LimitsFitANationalReport()
    {
        var d = ReportRendererOptions.Default;
        d.LoopLimit.Should().Be(1_000_000);
        d.RecursiveLimit.Should().Be(64);
        d.OutputLimit.Should().Be(20_000_000);
        d.Timeout.Should().BeNull();
    }

    [Fact]
    public void Render_LoopBeyondLimit_TemplateExceptionWithLocation()
    {
        Rendering("line one\n{{ for i in 1..10 }}{{ for j in 1..10 }}{{ end }}{{ end }}", ReportRendererOptions.Default with { LoopLimit = 50 })
            .Should().Throw<TemplateException>().Which.Message.Should().Contain("hostile.sbn(2,").And.Contain("50");
    }

    [Fact]
    public void Render_LoopOfAMillionCommunes_WithinDefaultLimit()
    {
        RenderWith("{{ n = 0 }}{{ for i in 1..999999 }}{{ n = n + 1 }}{{ end }}{{ n }}").Should().Be("999999");
    }

    [Fact]
    public void Render_InfiniteWhile_StopsAtLoopLimit()
    {
        Rendering("{{ while true }}{{ end }}").Should().Throw<TemplateException>().Which.Message.Should().Contain("hostile.sbn(1,");
    }

    [Fact]
    public void Render_UnboundedRecursion_TemplateExceptionWithLocation()
    {
        Rendering("{{ func f\n f\nend }}\n{{ f }}").Should().Throw<TemplateException>().Which.Message.Should().Contain("hostile.sbn(").And.Contain("64");
    }

    [Fact]
    public void Render_IncludeItself_StopsAtRecursionLimit()
    {
        Rendering("x{{ include 'hostile' }}").Should().Throw<TemplateException>().Which.Message.Should().Contain("hostile.sbn(1,");
    }

    [Fact]
    public void Render_OutputBeyondLimit_TemplateException()
    {
        Rendering("{{ for i in 1..1000 }}0123456789{{ end }}", ReportRendererOptions.Default with { OutputLimit = 5_000 })
            .Should().Throw<TemplateException>().Which.Message.Should().Contain("/hostile.sbn(1,").And.Contain("5000").And.Contain("ReportRendererOptions.OutputLimit");
    }

    [Fact]
    public void Render_OutputWithinLimit_Renders()
    {
        RenderWith("{{ for i in 1..400 }}0123456789{{ end }}", ReportRendererOptions.Default with { OutputLimit = 5_000 }).Should().HaveLength(4_000);
    }

    [Fact]
    public void Render_LongerThanTimeout_TemplateExceptionNamingTheLimit()
    {
        var options = ReportRendererOptions.Default with { LoopLimit = 0, Timeout = TimeSpan.FromMilliseconds(200) };
        var started = System.Diagnostics.Stopwatch.StartNew();
        Rendering("{{ while true }}{{ end }}", options)
            .Should().Throw<TemplateException>().Which.Message.Should().Contain("/hostile.sbn(1,").And.Contain("time limit").And.Contain("0.2 s");
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Render_RecursionLongerThanTimeout_TemplateExceptionWithLocation()
    {
        var options = ReportRendererOptions.Default with { Timeout = TimeSpan.FromMilliseconds(200) };
        Rendering("{{ func f(n)\n if n > 0; f(n-1); f(n-1); end\nend }}{{ f(50) }}", options)
            .Should().Throw<TemplateException>().Which.Message.Should().Contain("/hostile.sbn(").And.Contain("time limit");
    }

    [Theory]
    [InlineData("{{ x = 'a'; for i in 1..40; x = x + x; end }}")]
    [InlineData("{{ 'x' * 99999999999 }}")]
    [InlineData("{{ 'x' | string.pad_left 2000000000 }}")]
    public void Render_ValueGrowingPastOutputLimit_TemplateExceptionWithLocation(string template)
    {
        Rendering(template).Should().Throw<TemplateException>().Which.Message.Should().Contain("/hostile.sbn(1,").And.Contain("ReportRendererOptions.OutputLimit");
    }

    [Fact]
    public void Render_CallerCancels_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Rendering("{{ while true }}{{ end }}", ReportRendererOptions.Default with { LoopLimit = 0, Timeout = TimeSpan.FromMinutes(5) }, cts.Token)
            .Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData("{{ template.get_type }}")]
    [InlineData("{{ template.GetType }}")]
    [InlineData("{{ frame.get_type }}{{ frame.GetType() }}")]
    [InlineData("{{ frame | object.typeof }}")]
    [InlineData("{{ results.surveys[0].get_type.assembly }}")]
    [InlineData("{{ frame.date.to_local_date }}{{ frame.date.ToLocalDate }}")]
    [InlineData("{{ vn.money.method }}{{ vn.money.target }}{{ vn.get_type }}")]
    [InlineData("{{ for m in frame }}{{ m.key }}={{ m.value }};{{ end }}")]
    [InlineData("{{ system.io.file.read_all_text '/etc/passwd' }}")]
    [InlineData("{{ System.IO.File.ReadAllText('/etc/passwd') }}")]
    [InlineData("{{ object.eval 'System.Environment.Exit(1)' }}")]
    public void Render_ReflectionAttempt_ReachesNoDotNetType(string template)
    {
        string output;
        try
        {
            output = RenderWith(template);
        }
        catch (TemplateException)
        {
            return;
        }
        output.Should().NotContainAny("System.", "GovReports.", "RuntimeType", "Assembly", "root:", "MethodInfo");
    }

    [Fact]
    public void Model_EveryReachableMember_IsPlainData()
    {
        // What a template can reach through the model: public instance properties and fields, recursively.
        var allowed = new HashSet<Type> { typeof(string), typeof(decimal), typeof(bool), typeof(int), typeof(long), typeof(double) };
        var seen = new HashSet<Type>();
        var offending = new List<string>();
        void Visit(Type type, string path)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (allowed.Contains(type) || type.IsEnum || !seen.Add(type)) return;
            if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
            {
                foreach (var arg in type.GetGenericArguments()) Visit(arg, path + "[]");
                return;
            }
            if (type.Namespace?.StartsWith("GovReports", StringComparison.Ordinal) != true)
            {
                offending.Add($"{path}: {type.FullName}");
                return;
            }
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Visit(p.PropertyType, path + "." + p.Name);
            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Instance)) Visit(f.FieldType, path + "." + f.Name);
        }
        Visit(typeof(Report), "report");
        offending.Should().BeEmpty("a template must reach only GovReports data, strings, numbers and collections");
    }

    [Fact]
    public void Include_ParentFolder_Refused()
    {
        var act = Rendering("{{ include '../secret' }}");
        act.Should().Throw<Exception>().Which.Should().Match<Exception>(e => e is TemplateException || e is TemplateNotFoundException);
        act.Should().Throw<Exception>().Which.Message.Should().NotContain("TOP-SECRET").And.Contain("..");
    }

    [Fact]
    public void Include_AbsolutePath_Refused()
    {
        var act = Rendering($"{{{{ include '{_secret.Replace("\\", "/", StringComparison.Ordinal)}' }}}}");
        act.Should().Throw<Exception>().Which.Message.Should().NotContain("TOP-SECRET").And.Contain("absolute");
    }

    [Theory]
    [InlineData("a\\u0000b")]
    [InlineData("..\\\\secret")]
    [InlineData("partials/../../secret")]
    [InlineData("partials//x")]
    [InlineData("./secret")]
    [InlineData("\\\\\\\\server\\\\share\\\\x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("~/secret")]
    [InlineData("%2e%2e/secret")]
    [InlineData("body:-1")]
    [InlineData("body:99999999999999999999")]
    [InlineData("narrative:no-such-key")]
    [InlineData("")]
    public void Include_HostileName_TemplateExceptionNoCrash(string name)
    {
        var act = Rendering("{{ include \"" + name + "\" }}");
        act.Should().Throw<TemplateException>().Which.Message.Should().Contain("hostile.sbn(1,").And.NotContain("TOP-SECRET");
    }

    [Fact]
    public void Include_VeryLongName_TemplateException()
    {
        Rendering("{{ include '" + new string('a', 5000) + "' }}").Should().Throw<TemplateException>().Which.Message.Should().Contain("hostile.sbn(1,");
    }

    [Fact]
    public void Include_SymlinkedFileOutsideRoot_Refused()
    {
        File.CreateSymbolicLink(Path.Combine(_templates, "leak.sbn"), _secret);
        var act = Rendering("{{ include 'leak' }}");
        act.Should().Throw<Exception>().Which.Message.Should().NotContain("TOP-SECRET").And.Contain("outside the template folder");
    }

    [Fact]
    public void Include_SymlinkedFolderOutsideRoot_Refused()
    {
        Directory.CreateSymbolicLink(Path.Combine(_templates, "partials2"), _work.FullName);
        var act = Rendering("{{ include 'partials2/secret' }}");
        act.Should().Throw<Exception>().Which.Message.Should().NotContain("TOP-SECRET").And.Contain("outside the template folder");
    }

    [Fact]
    public void Render_LinkOutOfTheFolderNotIncluded_DoesNotStopOtherReports()
    {
        Directory.CreateSymbolicLink(Path.Combine(_templates, "partials2"), _work.FullName);
        File.WriteAllText(Path.Combine(_templates, "hostile.sbn"), "# PHẦN I\n\nVăn bản {{ frame.place }}.\n");
        using var output = new MemoryStream();
        new ReportRenderer(new ReportRendererOptions { TemplateDirectory = _templates }).Render(_report with { Template = "hostile" }, output);
        output.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Include_SymlinkInsideRoot_Allowed()
    {
        var real = Path.Combine(_templates, "real.sbn");
        File.WriteAllText(real, "inside");
        File.CreateSymbolicLink(Path.Combine(_templates, "alias.sbn"), real);
        RenderWith("{{ include 'alias' }}").Should().Be("inside");
    }

    [Fact]
    public void Include_PartialInTemplateFolder_Allowed()
    {
        Directory.CreateDirectory(Path.Combine(_templates, "parts"));
        File.WriteAllText(Path.Combine(_templates, "parts", "x.sbn"), "part {{ frame.place }}");
        RenderWith("{{ include 'parts/x' }}").Should().Be("part Phong Thổ");
    }

    [Fact]
    public void Render_TemplateFolderItselfASymlink_IncludesWork()
    {
        var link = Path.Combine(_work.FullName, "linked-templates");
        Directory.CreateSymbolicLink(link, _templates);
        File.WriteAllText(Path.Combine(_templates, "p.sbn"), "P");
        File.WriteAllText(Path.Combine(_templates, "hostile.sbn"), "{{ include 'p' }}");
        new ReportRenderer(new ReportRendererOptions { TemplateDirectory = link }).RenderMarkup(_report with { Template = "hostile" }).Should().Be("P");
    }
}
