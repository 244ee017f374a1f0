using System.Text;
using FluentAssertions;
using GovReports.Model;
using GovReports.Rendering;
using GovReports.Tests.Examples;
using GovReports.Tests.Word;
using Xunit.Abstractions;

namespace GovReports.Tests.Reliability;

/// <summary>
/// The shipped templates and partials, mutated one file at a time in an override folder and rendered with the example data:
/// only documented exceptions (also from linting), every error names a place, every .docx produced is well-formed (a sample validated).
/// </summary>
public sealed class ShippedTemplateFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("govreports-tfuzz-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Render_MutatedShippedTemplates_OnlyDocumentedExceptionsAndValidDocx()
    {
        var root = Path.Combine(ExampleFiles.RootPath, "templates");
        var files = Directory.GetFiles(root, "*.sbn", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var sources = files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(root, f)), StringComparer.Ordinal);
        var reports = new[] { "001-krong-pa-6-thang-2021.json", "002-phong-tho-nq24.json", "004-dak-nong-ket-luan-ra-soat.json" }.Select(ExampleFiles.Load).ToArray();
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = _folder.FullName, Timeout = TimeSpan.FromSeconds(10) });

        var count = Fuzz.Count(1500);
        var random = new Random(Fuzz.Seed(20260711));
        var failures = new Fuzz.Failures("templates");
        int rendered = 0, validated = 0, templateErrors = 0, markupErrors = 0;
        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            if (previous is not null) File.Delete(Path.Combine(_folder.FullName, previous));
            var file = files[random.Next(files.Length)];
            var mutated = Fuzz.Mutate(sources[file], random, 1 + random.Next(3));
            var report = reports[random.Next(reports.Length)];
            var top = !file.Contains('/');
            var name = top ? $"case{i}" : file;
            previous = top ? name + ".sbn" : file;
            var path = Path.Combine(_folder.FullName, previous);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, mutated, new UTF8Encoding(false));
            var target = top ? report with { Template = name } : report;
            var validate = rendered % 10 == 0;
            var lint = i % 3 == 0;
            var failure = Fuzz.RunCase(mutated, token =>
            {
                if (lint)
                {
                    try
                    {
                        renderer.Lint(target.Template).Where(m => m.Template.Length == 0).Should().BeEmpty();
                    }
                    catch (TemplateException)
                    {
                    }
                }
                try
                {
                    using var docx = new MemoryStream();
                    renderer.Render(target, docx, token);
                    Interlocked.Increment(ref rendered);
                    var produced = new DocxFile(docx.ToArray());
                    if (validate)
                    {
                        var problems = produced.Validate();
                        problems.Should().BeEmpty(DocxFile.Describe(problems));
                        Interlocked.Increment(ref validated);
                    }
                }
                catch (TemplateException ex)
                {
                    Interlocked.Increment(ref templateErrors);
                    ex.Message.Should().MatchRegex(@"\S+\(\d+,\d+\) : error : ", "a template error names file(line,col), or the data path of a body text");
                }
                catch (GovReports.Markup.MarkupException ex)
                {
                    Interlocked.Increment(ref markupErrors);
                    ex.Line.Should().BeGreaterThan(0);
                }
            });
            if (failure is not null) failures.Add(i, $"{file} ({report.Template})\n{mutated}", failure);
        }

        output.WriteLine($"{count} mutated templates: {rendered} rendered ({validated} validated with OpenXmlValidator), {templateErrors} template errors, {markupErrors} markup errors");
        failures.Count.Should().Be(0, failures.ToString());
        rendered.Should().BeGreaterThan(count / 10);
    }
}
