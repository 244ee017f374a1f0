using FluentAssertions;

namespace GovReports.Templating.Tests.Reliability;

/// <summary>Hostile templates that once crashed the process, hung, or ran past the limits: each now stops with a located error.</summary>
public sealed class EngineLimitTests
{
    private static TemplateContext Context(CancellationToken token = default) =>
        new() { LoopLimit = 1_000_000, RecursiveLimit = 64, LimitToString = 1_000_000, CancellationToken = token };

    private static string Render(string text, TemplateContext? context = null)
    {
        var template = Template.Parse(text, "t.sbn");
        if (template.HasErrors) throw new InvalidOperationException("parse: " + string.Join("\n", template.Messages));
        return template.Render(context ?? Context());
    }

    private static Task<string> RenderWithin(string text, TemplateContext? context = null) =>
        Task.Run(() => Render(text, context)).WaitAsync(TimeSpan.FromSeconds(30));

    [Theory]
    [InlineData("{{ x = 'a'; for i in 1..40; x = x + x; end; x.size }}")]
    [InlineData("{{ x = 'a'; for i in 1..40; x = x * 2; end; x.size }}")]
    [InlineData("{{ ('x' * 100000000).size }}")]
    [InlineData("{{ ('x' | string.pad_left 1000000000).size }}")]
    [InlineData("{{ ('x' | string.pad_right 1000000000).size }}")]
    [InlineData("{{ a = [1]; for i in 1..40; a = a + a; end; a.size }}")]
    public async Task Render_ValueGrowingPastTheOutputLimit_ScriptRuntimeExceptionWithLocation(string text)
    {
        var act = () => RenderWithin(text);
        (await act.Should().ThrowAsync<ScriptRuntimeException>()).Which.Message.Should().StartWith("t.sbn(1,");
    }

    [Theory]
    [InlineData("{{ 'x' * 99999999999999 }}")]
    [InlineData("{{ 'x' * -5 }}|")]
    [InlineData("{{ 'ab' * 1073741824 }}")]
    public async Task Render_StringRepeatExtremeCounts_EmptyOrLocatedError(string text)
    {
        try
        {
            (await RenderWithin(text)).Should().NotContain("x");
        }
        catch (ScriptRuntimeException ex)
        {
            ex.Message.Should().StartWith("t.sbn(1,");
        }
    }

    [Fact]
    public async Task Render_ExponentialRecursionWithoutLoops_HonoursCancellation()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var act = () => RenderWithin("{{ func f(n)\n if n > 0; f(n-1); f(n-1); end\nend\nf(40) }}", Context(cts.Token));
        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.Message.Should().StartWith("t.sbn(");
    }

    [Fact]
    public async Task Render_CancelledInALoop_MessageNamesTheLoop()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var context = Context(cts.Token);
        context.LoopLimit = 0;
        var act = () => RenderWithin("line\n{{ while true; end }}", context);
        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.Message.Should().StartWith("t.sbn(2,");
    }

    [Fact]
    public void Render_OutputPastLimit_ScriptRuntimeExceptionWithLocation()
    {
        var context = Context();
        context.LimitToString = 100;
        var act = () => Render("{{ for i in 1..100 }}0123456789{{ end }}", context);
        act.Should().Throw<ScriptRuntimeException>().Which.Message.Should().StartWith("t.sbn(1,").And.Contain("100");
    }

    [Theory]
    [InlineData("{{ ４ }}")]
    [InlineData("{{ 1 ４ 1 }}")]
    [InlineData("{{ x = ٣ }}")]
    [InlineData("{{ 1٣ }}")]
    public async Task Parse_NonAsciiDigits_NoHang(string text)
    {
        var parse = Task.Run(() => Template.Parse(text, "t.sbn"));
        (await parse.WaitAsync(TimeSpan.FromSeconds(10))).Should().NotBeNull();
    }

    [Theory]
    [InlineData("{{ 1e99999999999 }}")]
    [InlineData("{{ 1.5e-99999999999 }}")]
    [InlineData("{{ 1e400m }}")]
    [InlineData("{{ 255 | 1e308math.format 'X4' }}")]
    public void Parse_NumberLiteralsOutOfRange_ParseErrorOrValueNotOverflowException(string text)
    {
        var template = Template.Parse(text, "t.sbn");
        if (template.HasErrors)
        {
            template.Messages.Should().OnlyContain(m => m.ToString().StartsWith("t.sbn(1,", StringComparison.Ordinal));
            return;
        }

        var act = () => template.Render(Context());
        act.Should().NotThrow<OverflowException>();
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("-", "")]
    [InlineData("!", "")]
    [InlineData("{a:", "}")]
    public void Parse_NestedOneHundredThousandDeep_ErrorNotStackOverflow(string open, string close)
    {
        var text = "{{ " + string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000)) + " }}";
        var template = Template.Parse(text, "t.sbn");
        template.HasErrors.Should().BeTrue();
        template.Messages.Should().Contain(m => m.ToString().StartsWith("t.sbn(1,", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BlocksNestedOneHundredThousandDeep_ErrorNotStackOverflow()
    {
        var text = string.Concat(Enumerable.Repeat("{{ if true }}", 100_000)) + "x" + string.Concat(Enumerable.Repeat("{{ end }}", 100_000));
        Template.Parse(text, "t.sbn").HasErrors.Should().BeTrue();
    }

    [Fact]
    public void Render_LongOperatorChain_ErrorOrResultNotStackOverflow()
    {
        var text = "{{ 1" + string.Concat(Enumerable.Repeat(" + 1", 100_000)) + " }}";
        var template = Template.Parse(text, "t.sbn");
        if (template.HasErrors) return;
        try
        {
            template.Render(Context()).Should().Be("100001");
        }
        catch (ScriptRuntimeException ex)
        {
            ex.Message.Should().StartWith("t.sbn(1,");
        }
    }

    [Theory]
    [InlineData("{{ a = [1]; a << a; a }}")]
    [InlineData("{{ o = {}; o.self = o; o }}")]
    [InlineData("{{ a = [1]; a[0] = a; a | array.join ',' }}")]
    [InlineData("{{ o = {}; o.self = o; o | object.to_json }}")]
    public async Task Render_SelfReferencingValues_NoStackOverflow(string text)
    {
        try
        {
            await RenderWithin(text);
        }
        catch (ScriptRuntimeException ex)
        {
            ex.Message.Should().StartWith("t.sbn(1,");
        }
    }
}
