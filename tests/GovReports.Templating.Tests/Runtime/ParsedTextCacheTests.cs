using FluentAssertions;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Tests.Runtime;

public sealed class ParsedTextCacheTests
{
    [Fact]
    public void GetOrParse_SameTextAndPath_ReturnsTheParsedTemplateAgain()
    {
        var text = "{{ 1 + 1 }} same " + Guid.NewGuid().ToString("N");

        var first = ParsedTextCache.GetOrParse(text, "narrative:a");
        var second = ParsedTextCache.GetOrParse(new string(text.AsSpan()), "narrative:a");

        second.Should().BeSameAs(first);
        second.Render().Should().StartWith("2 same ");
    }

    [Fact]
    public void GetOrParse_SameTextOtherPath_ParsesForThatPath()
    {
        var text = "{{ x = }} " + Guid.NewGuid().ToString("N");

        var a = ParsedTextCache.GetOrParse(text, "narrative:a");
        var b = ParsedTextCache.GetOrParse(text, "narrative:b");

        b.Should().NotBeSameAs(a);
        a.Messages.Should().ContainSingle().Which.ToString().Should().StartWith("narrative:a(");
        b.Messages.Should().ContainSingle().Which.ToString().Should().StartWith("narrative:b(");
    }

    [Fact]
    public void GetOrParse_TextsDifferingInOneUnsampledCharacter_AreParsedApart()
    {
        var body = new string('a', 4000);
        var one = body[..1001] + "{{ 'x' }}" + body[1001..];
        var other = body[..1001] + "{{ 'y' }}" + body[1001..];

        ParsedTextCache.GetOrParse(one, "body[0].text").Render().Should().Contain("x").And.NotContain("y");
        ParsedTextCache.GetOrParse(other, "body[0].text").Render().Should().Contain("y").And.NotContain("x");
    }

    [Fact]
    public void GetOrParse_ManyDistinctTexts_StaysBounded()
    {
        for (var i = 0; i < 3000; i++)
        {
            ParsedTextCache.GetOrParse("text " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "narrative:n");
        }

        // Two generations; threads racing at the bound may overshoot by a few entries.
        ParsedTextCache.Count.Should().BeLessThanOrEqualTo((2 * ParsedTextCache.MaxEntries) + 64);
    }

    [Fact]
    public void GetOrParse_TextSharedByEveryReportOfABatch_IsParsedOnce()
    {
        var shared = "{{ 'shared' }} " + Guid.NewGuid().ToString("N");
        var first = ParsedTextCache.GetOrParse(shared, "narrative:s");

        for (var i = 0; i < 5 * ParsedTextCache.MaxEntries; i++)
        {
            ParsedTextCache.GetOrParse("unique " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "narrative:u");
            ParsedTextCache.GetOrParse(new string(shared.AsSpan()), "narrative:s").Should().BeSameAs(first);
        }
    }

    [Fact]
    public void GetOrParse_SameTextObjectUnderTwoPaths_ParsesForEachPath()
    {
        var text = "{{ x = }} " + Guid.NewGuid().ToString("N");

        for (var i = 0; i < 3; i++)
        {
            ParsedTextCache.GetOrParse(text, "narrative:a").SourcePath.Should().Be("narrative:a");
            ParsedTextCache.GetOrParse(text, "narrative:b").SourcePath.Should().Be("narrative:b");
        }
    }

    [Fact]
    public void Render_UncacheablePathWithNewText_RendersTheNewText()
    {
        var loader = new ChangingLoader();
        var template = Template.Parse("{{ include 'narrative:k' }}");

        loader.Text = "first {{ 1 }}";
        template.Render(new TemplateContext { TemplateLoader = loader, TemplateCache = new() }).Should().Be("first 1");
        loader.Text = "second {{ 2 }}";
        template.Render(new TemplateContext { TemplateLoader = loader, TemplateCache = new() }).Should().Be("second 2");
    }

    private sealed class ChangingLoader : ITemplateLoader
    {
        public string Text { get; set; } = string.Empty;

        public string GetPath(TemplateContext context, Parsing.SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, Parsing.SourceSpan callerSpan, string templatePath) => Text;

        public bool IsCacheable(string templatePath) => false;
    }
}
