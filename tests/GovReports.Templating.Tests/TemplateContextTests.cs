using FluentAssertions;

namespace GovReports.Templating.Tests;

public sealed class TemplateContextTests
{
    [Fact]
    public void Render_LoopOverDefaultLimit_ThrowsIterationLimitError()
    {
        var template = Template.Parse("{{ for i in 1..40 }}{{ for j in 1..40 }}{{ end }}{{ end }}");

        var render = () => template.Render(new TemplateContext());

        render.Should().Throw<ScriptRuntimeException>().Which.OriginalMessage.Should().Be("Exceeding number of iteration limit `1000` for loop statement.");
    }

    [Fact]
    public void Render_LoopLimitZero_AllowsLongLoops()
    {
        var template = Template.Parse("{{ n = 0; for i in 1..3000; n += 1; end; n }}");

        template.Render(new TemplateContext { LoopLimit = 0 }).Should().Be("3000");
    }

    [Fact]
    public void Render_SequentialLoopsUnderLimit_DoNotAccumulate()
    {
        var template = Template.Parse("{{ for i in 1..800 }}{{ end }}{{ for i in 1..800 }}{{ end }}ok");

        template.Render(new TemplateContext()).Should().Be("ok");
    }

    [Fact]
    public void Render_WhileOverCustomLimit_Throws()
    {
        var template = Template.Parse("{{ while true; end }}");

        var render = () => template.Render(new TemplateContext { LoopLimit = 10 });

        render.Should().Throw<ScriptRuntimeException>().WithMessage("<input>(1,4) : error : Exceeding number of iteration limit `10` for loop statement.");
    }

    [Fact]
    public void Render_DeepRecursion_ThrowsRecursiveLimitError()
    {
        var template = Template.Parse("{{ func down; ret down; end; down }}");

        var render = () => template.Render(new TemplateContext { RecursiveLimit = 20 });

        render.Should().Throw<ScriptRuntimeException>().Which.OriginalMessage.Should().Be("Exceeding number of recursive depth limit `20` for node: `down`");
    }

    [Fact]
    public void Render_CancelledToken_StopsLoop()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var template = Template.Parse("{{ for i in 1..10 }}{{ i }}{{ end }}");

        var render = () => template.Render(new TemplateContext { CancellationToken = cts.Token });

        render.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Render_StrictVariables_ReportsUndefinedVariable()
    {
        var render = () => Template.Parse("{{ missing }}").Render(new TemplateContext { StrictVariables = true });

        render.Should().Throw<ScriptRuntimeException>().WithMessage("<input>(1,4) : error : The variable or function `missing` was not found");
    }

    [Fact]
    public void Render_LimitToString_StopsRunawayOutput()
    {
        var render = () => Template.Parse("{{ for i in 1..100 }}0123456789{{ end }}").Render(new TemplateContext { LimitToString = 50 });

        render.Should().Throw<InvalidOperationException>().WithMessage("*LimitToString*");
    }

    [Fact]
    public void PushGlobal_PopGlobal_ScopesVariables()
    {
        var context = new TemplateContext();
        var scope = new ScriptObject { ["x"] = 1 };
        context.PushGlobal(scope);
        Template.Parse("{{ y = x + 1 }}").Render(context);

        context.PopGlobal().Should().BeSameAs(scope);
        scope["y"].Should().Be(2);
        Template.Parse("{{ x }}").Render(context).Should().BeEmpty();
    }

    [Fact]
    public void Render_DateNow_UsesHostProvidedTime()
    {
        var context = new TemplateContext { Now = new DateTime(2025, 6, 30, 8, 0, 0) };

        Template.Parse("{{ date.now | date.to_string '%d/%m/%Y' }}").Render(context).Should().Be("30/06/2025");
    }
}
