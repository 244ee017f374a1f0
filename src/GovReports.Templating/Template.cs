using System.Buffers;
using System.Text;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating;

/// <summary>A parsed template: immutable and safe to render from many threads, each with its own <see cref="TemplateContext"/>.</summary>
public sealed class Template
{
    private readonly ScriptBlock _page;

    private Template(string text, string? sourcePath, ScriptBlock page, IReadOnlyList<LogMessage> messages)
    {
        Text = text;
        SourcePath = sourcePath;
        _page = page;
        Messages = messages;
        HasErrors = messages.Count > 0;
    }

    /// <summary>Gets the template text.</summary>
    public string Text { get; }

    /// <summary>Gets the source path given to <see cref="Parse"/>, if any.</summary>
    public string? SourcePath { get; }

    /// <summary>Gets a value indicating whether parsing reported errors.</summary>
    public bool HasErrors { get; }

    /// <summary>Gets the parser messages in source order.</summary>
    public IReadOnlyList<LogMessage> Messages { get; }

    internal ScriptBlock Page => _page;

    /// <summary>Parses template text; syntax errors are collected in <see cref="Messages"/>, never thrown.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="sourcePath">The file name used in messages; <c>&lt;input&gt;</c> when null.</param>
    public static Template Parse(string text, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var messages = new List<LogMessage>();
        var page = Parser.ParseTemplate(text, sourcePath ?? "<input>", messages);
        return new Template(text, sourcePath, page, messages);
    }

    /// <summary>Renders the template with a model whose members become global variables (.NET members renamed to snake_case).</summary>
    /// <param name="model">A .NET object, dictionary, <see cref="ScriptObject"/>, or JSON (<c>JsonElement</c>/<c>JsonNode</c>); may be null.</param>
    public string Render(object? model = null)
    {
        var context = new TemplateContext();
        if (model is not null)
        {
            var globals = new ScriptObject();
            globals.ImportMembers(model, context.MemberRenamer);
            context.PushGlobal(globals);
        }

        return Render(context);
    }

    /// <summary>Renders the template with a prepared context.</summary>
    /// <param name="context">The context holding globals, limits and the include loader.</param>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TemplateContext.ToTextAndRecycle(RenderToBuilder(context));
    }

    /// <summary>
    /// Renders into a buffer rented from <see cref="ArrayPool{T}.Shared"/> instead of a new string, for a caller that only
    /// reads the text before going on (GovReports parses a report's markup this way); disposing the result returns the buffer.
    /// </summary>
    internal PooledText RenderPooled(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = RenderToBuilder(context);
        var buffer = ArrayPool<char>.Shared.Rent(output.Length);
        var length = output.Length;
        output.CopyTo(0, buffer, length);
        TemplateContext.Recycle(output);
        return new PooledText(buffer, length);
    }

    private StringBuilder RenderToBuilder(TemplateContext context)
    {
        if (HasErrors)
        {
            throw new InvalidOperationException(
                "This template has errors. Check the <Template.HasError> and <Template.Messages> before evaluating a template. Messages:\n" + string.Join("\n", Messages));
        }

        var savedFrame = context.Frame;
        context.Frame = new LocalFrame(null);
        context.PushOutput();
        try
        {
            _page.Execute(context);
        }
        finally
        {
            context.Flow = FlowState.None;
            context.ReturnValue = null;
            context.Frame = savedFrame;
        }

        return context.PopOutputBuilder();
    }

    /// <summary>Lists the global variables and functions the template refers to (for linting).</summary>
    public TemplateNames GetReferencedNames()
    {
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        var functions = new SortedSet<string>(StringComparer.Ordinal);
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ScriptNode node)
        {
            switch (node)
            {
                case ScriptCall call:
                    if (PathOf(call.Target) is { } path)
                    {
                        functions.Add(path);
                        foreach (var argument in call.Arguments)
                        {
                            Visit(argument);
                        }

                        return;
                    }

                    break;
                case ScriptPipe pipe:
                    Visit(pipe.From);
                    if (PathOf(pipe.To) is { } target)
                    {
                        functions.Add(target);
                        return;
                    }

                    break;
                case ScriptVariable variable:
                    variables.Add(variable.Name);
                    break;
                case ScriptAssignStatement { Target: ScriptVariable v }:
                    assigned.Add(v.Name);
                    break;
                case ScriptFunctionStatement function:
                    if (function.Name is ScriptVariable f)
                    {
                        assigned.Add(f.Name);
                    }

                    foreach (var parameter in function.Function.Parameters ?? Array.Empty<Runtime.ScriptParameter>())
                    {
                        assigned.Add(parameter.Name);
                    }

                    break;
                case ScriptCaptureStatement { Target: ScriptVariable captured }:
                    assigned.Add(captured.Name);
                    break;
                case ScriptForStatement { Variable: ScriptVariable loopVariable }:
                    assigned.Add(loopVariable.Name);
                    break;
            }

            node.VisitChildren(Visit);
        }

        Visit(_page);
        variables.ExceptWith(assigned);
        variables.Remove("this");
        variables.Remove("empty");
        functions.ExceptWith(assigned);
        return new TemplateNames(variables.ToArray(), functions.ToArray(), assigned.Order(StringComparer.Ordinal).ToArray());
    }

    private static string? PathOf(ScriptExpression expression) => expression switch
    {
        ScriptVariable v => v.Name,
        ScriptMember { Target: var t } m when PathOf(t) is { } parent => parent + "." + m.Name,
        _ => null,
    };
}

/// <summary>The names a template refers to.</summary>
/// <param name="Variables">Global variables read but never assigned by the template.</param>
/// <param name="Functions">Functions called explicitly or as pipe targets, as dotted paths (e.g. <c>vn.money</c>), other than the template's own.</param>
/// <param name="Defined">Names the template assigns or defines itself (variables, functions and their parameters), which other templates rendered in the same context may use.</param>
public sealed record TemplateNames(IReadOnlyList<string> Variables, IReadOnlyList<string> Functions, IReadOnlyList<string> Defined);
