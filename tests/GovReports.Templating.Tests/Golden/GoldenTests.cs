using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace GovReports.Templating.Tests.Golden;

public sealed class GoldenTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static IEnumerable<object[]> Names() =>
        Directory.GetFiles(Folder, "*.sbn").Select(f => new object[] { Path.GetFileNameWithoutExtension(f) }).OrderBy(x => (string)x[0]);

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_JsonElementModel_MatchesGoldenFile(string name)
    {
        using var doc = JsonDocument.Parse(ReadModel(name));
        Render(name, doc.RootElement).Should().Be(Expected(name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_JsonNodeModel_MatchesGoldenFile(string name)
    {
        var node = JsonNode.Parse(ReadModel(name));
        Render(name, node).Should().Be(Expected(name));
    }

    private static string ReadModel(string name)
    {
        var path = Path.Combine(Folder, name + ".json");
        return File.Exists(path) ? File.ReadAllText(path) : "{}";
    }

    private static string Expected(string name) => File.ReadAllText(Path.Combine(Folder, name + ".expected")).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Render(string name, object? model)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".sbn")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var template = Template.Parse(text);
        if (template.HasErrors)
        {
            return string.Join("\n", template.Messages);
        }

        try
        {
            return template.Render(model);
        }
        catch (ScriptRuntimeException ex)
        {
            return ex.Message;
        }
    }
}
