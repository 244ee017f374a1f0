using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using GovReports.Runner;
using GovReports.Tests.Examples;
using Spectre.Console;

namespace GovReports.Tests.Reliability;

/// <summary>The runner in-process: exit codes, never overwriting without --force, atomic output, folder runs that survive bad files, located data errors.</summary>
public sealed class RunnerTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("govreports-runner-");
    private readonly StringWriter _out = new();
    private readonly string _good;

    public RunnerTests()
    {
        _good = File.ReadAllText(Path.Combine(ExampleFiles.RootPath, "examples", "data", "002-phong-tho-nq24.json"));
    }

    public void Dispose() => _work.Delete(recursive: true);

    private string Output => _out.ToString();

    private string PathOf(string name) => Path.Combine(_work.FullName, name);

    private string Data(string name, string json)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    private int Run(Func<string?, IReportBackend>? factory, params string[] args) => Run(_out, plain: false, factory, args);

    private static int Run(StringWriter output, bool plain, Func<string?, IReportBackend>? factory, params string[] args)
    {
        return new RunnerApp(RunnerApp.PlainConsole(output), factory ?? (dir => new LibraryBackend(dir)), plain ? output : null).Run(args);
    }

    private int Run(params string[] args) => Run(null, args);

    private string[] TempFiles() => Directory.GetFiles(_work.FullName, "*.tmp", SearchOption.AllDirectories);

    [Fact]
    public void Render_GoodData_ExitZeroAndDocxWritten()
    {
        var target = PathOf("out/002.docx");
        Run("render", Data("002.json", _good), "-o", target).Should().Be(RunnerApp.Success, Output);
        File.ReadAllBytes(target).AsSpan(0, 2).ToArray().Should().Equal((byte)'P', (byte)'K');
        TempFiles().Should().BeEmpty();
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "x.json")]
    [InlineData("render", "x.json", "-o", "y.docx", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check")]
    public void Run_BadCommandLine_ExitTwo(params string[] args)
    {
        Run(args).Should().Be(RunnerApp.UsageError, Output);
    }

    [Fact]
    public void Templates_BuiltIn_ExitZeroAndListed()
    {
        Run("templates").Should().Be(RunnerApp.Success);
        Output.Should().Contain("program-report").And.Contain("notice");
    }

    [Fact]
    public void Check_MissingFile_ExitTwo()
    {
        Run("check", PathOf("missing.json")).Should().Be(RunnerApp.UsageError);
        Output.Should().Contain("no such file");
    }

    [Fact]
    public void RenderFolder_OutputIsAFile_ExitTwo()
    {
        Data("in/01.json", _good);
        File.WriteAllText(PathOf("out.docx"), "x");
        Run("render", PathOf("in"), "-o", PathOf("out.docx")).Should().Be(RunnerApp.UsageError);
        File.ReadAllText(PathOf("out.docx")).Should().Be("x");
    }

    [Fact]
    public void RenderFolder_ExistingOutputsWithoutForce_KeptAndReported()
    {
        Data("in/01-good.json", _good);
        Directory.CreateDirectory(PathOf("out"));
        File.WriteAllText(PathOf("out/01-good.docx"), "the good report");
        Run("render", PathOf("in"), "-o", PathOf("out")).Should().Be(RunnerApp.InputErrors);
        File.ReadAllText(PathOf("out/01-good.docx")).Should().Be("the good report");
        Output.Should().Contain("--force");
    }

    [Fact]
    public void Render_MissingInputFile_ExitTwo()
    {
        Run("render", PathOf("missing.json"), "-o", PathOf("x.docx")).Should().Be(RunnerApp.UsageError);
        Output.Should().Contain("no such file");
    }

    [Fact]
    public void Render_MissingTemplateFolder_ExitTwo()
    {
        Run("render", Data("002.json", _good), "-o", PathOf("x.docx"), "--templates", PathOf("nope")).Should().Be(RunnerApp.UsageError);
    }

    [Fact]
    public void Render_MalformedJson_ExitOneWithLine()
    {
        var path = Data("bad.json", "{\n  \"template\": \"program-report\",\n  \"frame\": {\n");
        Run("render", path, "-o", PathOf("bad.docx")).Should().Be(RunnerApp.InputErrors);
        Output.Should().MatchRegex(@"bad\.json\(\d+,\d+\)");
        File.Exists(PathOf("bad.docx")).Should().BeFalse();
    }

    [Fact]
    public void Render_ExistingOutputWithoutForce_NotOverwrittenExitOne()
    {
        var target = PathOf("report.docx");
        File.WriteAllText(target, "the good report");
        Run("render", Data("002.json", _good), "-o", target).Should().Be(RunnerApp.InputErrors);
        File.ReadAllText(target).Should().Be("the good report");
        Output.Should().Contain("--force");
        TempFiles().Should().BeEmpty();
    }

    [Fact]
    public void Render_ExistingOutputWithForce_Overwritten()
    {
        var target = PathOf("report.docx");
        File.WriteAllText(target, "the old report");
        Run("render", Data("002.json", _good), "-o", target, "--force").Should().Be(RunnerApp.Success, Output);
        File.ReadAllBytes(target)[0].Should().Be((byte)'P');
    }

    [Fact]
    public void Render_FailsMidWrite_OriginalUntouchedAndNoTempFile()
    {
        var target = PathOf("report.docx");
        File.WriteAllText(target, "the good report");
        var code = Run(dir => new FailingBackend(new LibraryBackend(dir)), "render", Data("002.json", _good), "-o", target, "--force");

        code.Should().Be(RunnerApp.InputErrors);
        File.ReadAllText(target).Should().Be("the good report");
        TempFiles().Should().BeEmpty();
        Output.Should().Contain("disk full halfway");
    }

    [Fact]
    public void Render_FailsMidWriteWithoutExistingFile_NoFileLeft()
    {
        var target = PathOf("new/report.docx");
        Run(dir => new FailingBackend(new LibraryBackend(dir)), "render", Data("002.json", _good), "-o", target).Should().Be(RunnerApp.InputErrors);
        File.Exists(target).Should().BeFalse();
        TempFiles().Should().BeEmpty();
    }

    [Fact]
    public void Render_HostileTemplate_ExitOneWithTemplateLocation()
    {
        var templates = Directory.CreateDirectory(PathOf("templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "program-report.sbn"), "# PHẦN I\n\n{{ func f\n f\nend }}{{ f }}");
        var target = PathOf("x.docx");
        Run("render", Data("002.json", _good), "-o", target, "--templates", templates).Should().Be(RunnerApp.InputErrors);
        Output.Should().Contain("program-report.sbn(4,");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void RenderFolder_BadFilesAmongGood_EachReportedGoodOnesWrittenExitOne()
    {
        var input = PathOf("in");
        Data("in/01-good.json", _good);
        Data("in/02-malformed.json", _good[..(_good.Length / 2)]);
        Data("in/03-wrong-type.json", _good.Replace("\"place\": \"Phong Thổ\"", "\"place\": 42", StringComparison.Ordinal));
        Data("in/04-unknown-template.json", _good.Replace("\"template\": \"program-report\"", "\"template\": \"no-such-template\"", StringComparison.Ordinal));
        Data("in/05-good.json", _good);
        var outDir = PathOf("out");

        Run("render", input, "-o", outDir).Should().Be(RunnerApp.InputErrors);

        File.Exists(Path.Combine(outDir, "01-good.docx")).Should().BeTrue();
        File.Exists(Path.Combine(outDir, "05-good.docx")).Should().BeTrue();
        Directory.GetFiles(outDir).Select(Path.GetFileName).Should().BeEquivalentTo(["01-good.docx", "05-good.docx"]);
        Output.Should().MatchRegex(@"02-malformed\.json\(\d+,\d+\)");
        Output.Should().MatchRegex(@"03-wrong-type\.json\(7,\d+\) frame\.place");
        Output.Should().Contain("04-unknown-template.json").And.Contain("no-such-template");
        Output.Should().Contain("2 of 5 rendered, 3 failed");
        TempFiles().Should().BeEmpty();
    }

    [Fact]
    public void RenderFolder_PlainOutput_SameLinesAsTheConsoleWithoutProgress()
    {
        var input = PathOf("in");
        Data("in/01-good.json", _good);
        Data("in/02-malformed.json", _good[..(_good.Length / 2)]);
        Data("in/03-wrong-type.json", _good.Replace("\"place\": \"Phong Thổ\"", "\"place\": 42", StringComparison.Ordinal));
        // Brackets and colons would be markup or emoji codes to the console if they were not escaped.
        Data("in/04-good [Tè] :x:.json", _good.Replace("Phong Thổ", "Mường [Tè] :x: *", StringComparison.Ordinal));
        var console = new StringWriter();
        var plain = new StringWriter();

        Run(console, plain: false, null, "render", input, "-o", PathOf("out1")).Should().Be(RunnerApp.InputErrors);
        Run(plain, plain: true, null, "render", input, "-o", PathOf("out2")).Should().Be(RunnerApp.InputErrors);

        static string[] Lines(StringWriter w, string outDir) => w.ToString().Split('\n')
            .Where(l => !l.StartsWith("Rendering", StringComparison.Ordinal))
            .Select(l => l.Replace(outDir, "OUT", StringComparison.Ordinal).TrimEnd())
            .ToArray();
        var fromPlain = Lines(plain, PathOf("out2"));
        fromPlain.Should().Equal(Lines(console, PathOf("out1")));
        fromPlain.Should().Contain(l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains("04-good [Tè] :x:.json", StringComparison.Ordinal));
        fromPlain.Should().Contain("wrote OUT/04-good [Tè] :x:.docx".Replace('/', Path.DirectorySeparatorChar));
        plain.ToString().Split('\n').Where(l => l.StartsWith("Rendering", StringComparison.Ordinal)).Should()
            .Equal("Rendering: 20%", "Rendering: 50%", "Rendering: 70%", "Rendering: 100%");
    }

    [Fact]
    public void Check_GoodData_ExitZero()
    {
        Run("check", Data("002.json", _good)).Should().Be(RunnerApp.Success, Output);
    }

    public static TheoryData<string, string, string, string> BrokenData => new()
    {
        // name, text to replace in the 002 example, replacement, what the output must show (regex)
        { "wrong type", "\"place\": \"Phong Thổ\"", "\"place\": true", @"\(7,\d+\) frame\.place" },
        { "missing required", "\"place\": \"Phong Thổ\",", "", @"\(\d+,\d+\) frame.*place" },
        { "negative money", "\"allocated\": \"71.570 triệu đồng\"", "\"allocated\": \"-71.570 triệu đồng\"", @"\(240,\d+\) results\.funding\[0\]\.projects\[0\]\.subProjects\[0\]\.allocated" },
        { "overflowing money", "\"allocated\": \"71.570 triệu đồng\"", "\"allocated\": 99999999999999999999999999999", @"\(240,\d+\) results\.funding\[0\]\.projects\[0\]\.subProjects\[0\]\.allocated" },
        { "money that would overflow a sum", "\"allocated\": \"71.570 triệu đồng\"", "\"allocated\": 9223372036854775807", @"\(240,\d+\) results\.funding\[0\]\.projects\[0\]\.subProjects\[0\]\.allocated.*1\.000\.000 tỷ đồng" },
        { "unknown project", "\"projects\": [\n          {\n            \"number\": 1,", "\"projects\": [\n          {\n            \"number\": 99,", @"\(234,\d+\) results\.funding\[0\]\.projects\[0\]\.number.*project 99" },
        { "date that does not exist", "\"date\": \"2022-06-30\"", "\"date\": \"2022-02-30\"", @"\(247,\d+\) results\.funding\[0\]\.projects\[0\]\.subProjects\[0\]\.basis\.date" },
        { "unknown property", "\"place\": \"Phong Thổ\",", "\"place\": \"Phong Thổ\", \"plaec\": 1,", @"\(7,\d+\) frame\.plaec" },
    };

    [Theory]
    [MemberData(nameof(BrokenData))]
    public void Check_BrokenData_ExitOneWithPathAndLine(string name, string find, string replace, string expected)
    {
        _good.Should().Contain(find, name);
        var path = Data("broken.json", _good.Replace(find, replace, StringComparison.Ordinal));

        Run("check", path).Should().Be(RunnerApp.InputErrors, name + "\n" + Output);
        Output.Should().MatchRegex("broken\\.json" + expected, name);
    }

    [Fact]
    public void Check_ManyErrors_AllListed()
    {
        var json = _good
            .Replace("\"place\": \"Phong Thổ\"", "\"place\": 1", StringComparison.Ordinal)
            .Replace("\"date\": \"2022-06-30\"", "\"date\": \"2022-13-01\"", StringComparison.Ordinal)
            .Replace("\"allocated\": \"71.570 triệu đồng\"", "\"allocated\": \"71.5700 triệu\"", StringComparison.Ordinal);
        Run("check", Data("many.json", json)).Should().Be(RunnerApp.InputErrors);
        Regex.Matches(Output, @"many\.json\(\d+,\d+\)").Count.Should().BeGreaterThanOrEqualTo(3, Output);
    }

    [Fact]
    public void Render_BrokenData_NoFileWritten()
    {
        var target = PathOf("x.docx");
        Run("render", Data("broken.json", _good.Replace("\"date\": \"2022-06-30\"", "\"date\": \"2022-02-30\"", StringComparison.Ordinal)), "-o", target)
            .Should().Be(RunnerApp.InputErrors);
        Output.Should().MatchRegex(@"broken\.json\(247,\d+\)");
        File.Exists(target).Should().BeFalse();
    }

    /// <summary>Writes part of a real report, then fails, like a full disk or a killed process.</summary>
    private sealed class FailingBackend(IReportBackend inner) : IReportBackend
    {
        public Prepared Prepare(string dataPath) => inner.Prepare(dataPath);

        public void Render(Prepared prepared, Stream output, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            inner.Render(prepared, buffer, cancellationToken);
            output.Write(buffer.GetBuffer(), 0, (int)(buffer.Length / 2));
            output.Flush();
            throw new IOException("disk full halfway");
        }

        public IReadOnlyList<TemplateInfo> Templates() => inner.Templates();
    }
}
