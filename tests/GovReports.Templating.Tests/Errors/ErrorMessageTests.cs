using System.Text.Json;
using FluentAssertions;

namespace GovReports.Templating.Tests.Errors;

public sealed class ErrorMessageTests
{
    private static readonly Lazy<IReadOnlyList<ErrorCase>> Cases = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Errors", "error-cases.json");
        return JsonSerializer.Deserialize<List<ErrorCase>>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    });

    public static IEnumerable<object[]> Names() => Cases.Value.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public void ParseOrRender_DocumentedError_ReportsSameTextLineAndColumn(string name)
    {
        var c = Cases.Value.Single(x => x.Name == name);
        var template = Template.Parse(c.Template, c.File);
        if (c.Kind == "parse")
        {
            template.HasErrors.Should().BeTrue();
            string.Join("\n", template.Messages).Should().Be(c.Expected);
            var render = () => template.Render(new TemplateContext());
            render.Should().Throw<InvalidOperationException>()
                .Which.Message.Should().Be("This template has errors. Check the <Template.HasError> and <Template.Messages> before evaluating a template. Messages:\n" + c.Expected);
        }
        else
        {
            template.Messages.Should().BeEmpty();
            var render = () => template.Render(new TemplateContext());
            var ex = render.Should().Throw<ScriptRuntimeException>().Which;
            ex.Message.Should().Be(c.Expected);
            ex.OriginalMessage.Should().Be(c.Expected.Substring(c.Expected.IndexOf(" : error : ", StringComparison.Ordinal) + 11));
            ex.Span.FileName.Should().Be(c.File ?? "<input>");
        }
    }

    public sealed record ErrorCase(string Name, string Kind, string? File, string Template, string Expected);
}
