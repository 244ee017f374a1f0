using System.Globalization;
using FluentAssertions;
using GovReports.Model;
using GovReports.Rendering;
using GovReports.Tests.Examples;

namespace GovReports.Tests.Rendering;

public sealed class ReportRendererTests
{
    private static byte[] RenderBytes(ReportRenderer renderer, Report report)
    {
        var stream = new MemoryStream();
        renderer.Render(report, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Templates_BuiltIn_ListsTheShippedReportTemplatesWithDescriptions()
    {
        var templates = new ReportRenderer().Templates;

        templates.Select(t => t.Name).Should().Contain(["program-report", "notice"]);
        templates.Should().OnlyContain(t => t.Source == "built-in" && t.Description.Length > 0);
        templates.Select(t => t.Name).Should().NotContain(n => n.Contains('/'), "blocks and partials are not report templates");
    }

    [Fact]
    public void Package_EveryShippedTemplate_IsEmbeddedInTheAssembly()
    {
        var folder = Path.Combine(ExampleFiles.RootPath, "templates");
        var shipped = Directory.EnumerateFiles(folder, "*.sbn", SearchOption.AllDirectories)
            .Select(f => "GovReports.Templates." + Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'));

        typeof(ReportRenderer).Assembly.GetManifestResourceNames().Should().Contain(shipped);
    }

    [Fact]
    public void Render_SameReportTwice_GivesIdenticalBytes()
    {
        var report = ExampleFiles.Load("002-phong-tho-nq24.json");
        var renderer = new ReportRenderer();

        RenderBytes(renderer, report).Should().Equal(RenderBytes(new ReportRenderer(), report));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    public void Render_UnderAnyCurrentCulture_GivesTheSameBytes(string culture)
    {
        var report = ExampleFiles.Load("001-krong-pa-6-thang-2021.json");
        var expected = RenderBytes(new ReportRenderer(), report);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            RenderBytes(new ReportRenderer(), ExampleFiles.Load("001-krong-pa-6-thang-2021.json")).Should().Equal(expected);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public async Task RenderAsync_Example_GivesTheSameBytesAsRender()
    {
        var report = ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json");
        var renderer = new ReportRenderer();
        var stream = new MemoryStream();

        await renderer.RenderAsync(report, stream);

        stream.ToArray().Should().Equal(RenderBytes(renderer, report));
    }

    [Fact]
    public void Render_CancelledToken_Throws()
    {
        var report = ExampleFiles.Load("002-phong-tho-nq24.json");
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => new ReportRenderer().Render(report, new MemoryStream(), cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void GetTemplate_SameName_IsParsedOnceAndCached()
    {
        var renderer = new ReportRenderer();

        renderer.GetTemplate("program-report").Should().BeSameAs(renderer.GetTemplate("program-report.sbn"));
    }

    [Fact]
    public void RenderMarkup_FolderTemplate_OverridesTheBuiltInOfTheSameName()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "{{## Thông báo thử ##}}\nNgày họp {{ vn.upper frame.place }}.\n");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });
        var report = ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json");

        renderer.RenderMarkup(report).Should().Be("\nNgày họp " + GovReports.Formatting.VietnameseFormat.ToUpper(report.Frame.Place) + ".\n");
        renderer.Templates.Should().ContainSingle(t => t.Name == "notice").Which.Source.Should().Be(folder.Path);
        renderer.Templates.Should().Contain(t => t.Name == "program-report" && t.Source == "built-in");
    }

    [Fact]
    public void RenderMarkup_VnFact_FindsTheFirstFactWithTheKeyOrNull()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "{{~ include 'partials/helpers' ~}}\n{{ f = vn.fact 'communes' }}{{ f.value }} {{ f.unit }}|{{ vn.fact 'missing' == null }}|{{ vn.fact 5 == null }}|{{ fv 'communes' }}\n");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });
        var report = ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json");
        report = report with
        {
            Results = report.Results with
            {
                Facts =
                [
                    new GovReports.Model.Fact { Key = "area", Value = 1034.6m },
                    new GovReports.Model.Fact { Key = "communes", Value = 1017, Unit = "xã" },
                    new GovReports.Model.Fact { Key = "communes", Value = 5 },
                ],
            },
        };

        renderer.RenderMarkup(report).Should().Be("1017 xã|true|true|1.017\n");
    }

    [Fact]
    public void RenderMarkup_FolderTemplateWithSyntaxError_ThrowsWithFileLineAndColumn()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "Dòng một\n{{ if true }}chưa đóng\n");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });

        var act = () => renderer.RenderMarkup(ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json"));

        act.Should().Throw<TemplateException>().Which.Messages.Should().ContainSingle()
            .Which.Should().StartWith(Path.Combine(folder.Path, "notice.sbn") + "(2,").And.Contain("The <end> statement was not found");
    }

    [Fact]
    public void RenderMarkup_RuntimeErrorInATemplate_NamesTheTemplateLine()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "a\nb {{ vn.money \"không phải tiền\" }}\n");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });

        var act = () => renderer.RenderMarkup(ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json"));

        act.Should().Throw<TemplateException>().WithMessage("*notice.sbn(2,*vn.money expects an amount of money*");
    }

    [Fact]
    public void RenderMarkup_MissingNarrativeBlock_SaysWhichDataKey()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "{{ include \"narrative:khong-co\" }}");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });

        var act = () => renderer.RenderMarkup(ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json"));

        act.Should().Throw<TemplateException>().WithMessage("*notice.sbn(1,*narrative.khong-co*");
    }

    [Fact]
    public void RenderMarkup_BodyTextNamedWithLeadingZero_RendersTheSameEntryUnderTheNameAsWritten()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "{{ include \"body:1\" }}|{{ include \"body:01\" }}|{{ include \"body:1\" }}");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });
        var report = ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json");

        var parts = renderer.RenderMarkup(report).Split('|');

        parts.Should().HaveCount(3).And.OnlyContain(part => part == parts[0]);
        parts[0].Should().NotBeEmpty();
    }

    [Fact]
    public void RenderMarkup_MissingBodyText_SaysWhichEntryAsWritten()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "{{ include \"body:0999\" }}");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });

        var act = () => renderer.RenderMarkup(ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json"));

        act.Should().Throw<TemplateException>().WithMessage("*notice.sbn(1,*no body text `0999` (body[0999].text)*");
    }

    [Fact]
    public void Render_MarkupThatCannotBeLaidOut_NamesTheMarkupLineAndTheTemplateLine()
    {
        using var folder = new TempFolder();
        folder.Write("notice.sbn", "Đoạn một của thông báo.\n\n<div>Khối HTML không được phép</div>\n");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });

        var act = () => renderer.Render(ExampleFiles.Load("004-dak-nong-ket-luan-ra-soat.json"), new MemoryStream());

        var error = act.Should().Throw<GovReports.Markup.MarkupException>().Which;
        error.Line.Should().Be(3);
        error.TemplateLocation.Should().Be(Path.Combine(folder.Path, "notice.sbn") + "(3)");
        error.Message.Should().StartWith("report markup(3,1) [");
    }

    [Fact]
    public void Lint_ShippedTemplates_FindNothingUnknown()
    {
        var renderer = new ReportRenderer();

        foreach (var t in renderer.Templates)
            renderer.Lint(t.Name).Should().BeEmpty(t.Name);
    }

    [Fact]
    public void Lint_TemplateWithTypos_ListsUnknownVariablesAndFunctions()
    {
        using var folder = new TempFolder();
        folder.Write("typo.sbn", "{{## Lỗi chính tả ##}}\n{{ vn.mony results.credit }} {{ reslts.funding }} {{ frame.place | string.upcase }} {{ vn.percent 1 }}\n");
        var renderer = new ReportRenderer(new ReportRendererOptions { TemplateDirectory = folder.Path });

        var messages = renderer.Lint("typo").Where(m => m.Template.EndsWith("typo.sbn", StringComparison.Ordinal)).Select(m => (m.Kind, m.Name));

        messages.Should().BeEquivalentTo([("function", "vn.mony"), ("variable", "reslts")]);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("govreports-tpl-").FullName;

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
