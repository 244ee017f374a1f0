using System.Reflection;
using System.Text;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Functions;

/// <summary>The builtin modules shared (read-only) by every context.</summary>
internal static class BuiltinFunctions
{
    public static readonly ScriptObject Shared = Create();

    /// <summary>The builtin <c>math.format</c>, which statements printing its result may run by writing the number straight to the output.</summary>
    public static readonly ScriptFunction MathFormat = (ScriptFunction)((ScriptObject)Shared["math"]!)["format"]!;

    /// <summary>The builtin <c>string</c> module, whose <c>rstrip</c> a statement printing an include may apply while copying the include's output.</summary>
    public static readonly ScriptObject StringModule = (ScriptObject)Shared["string"]!;

    /// <summary>Returns whether <see cref="Shared"/> holds this name (a fixed set, so no lookup is needed).</summary>
    public static bool IsBuiltinName(string name) => name switch
    {
        "string" or "array" or "math" or "object" or "date" or "regex" or "html" or "include" or "include_join" => true,
        _ => false,
    };

    private static ScriptObject Create()
    {
        var root = new ScriptObject();
        root.SetValue("string", Module("string", typeof(StringFunctions)), true);
        root.SetValue("array", Module("array", typeof(ArrayFunctions)), true);
        root.SetValue("math", Module("math", typeof(MathFunctions)), true);
        root.SetValue("object", Module("object", typeof(ObjectFunctions)), true);
        root.SetValue("date", Module("date", typeof(DateFunctions)), true);
        root.SetValue("regex", Module("regex", typeof(RegexFunctions)), true);
        root.SetValue("html", Module("html", typeof(HtmlFunctions)), true);
        root.SetValue("include", new IncludeFunction(), true);
        root.SetValue("include_join", new IncludeJoinFunction(), true);
        ((ScriptObject)root["date"]!).SetValue("default_format", DateFunctions.DefaultFormat, true);
        return root;
    }

    private static ScriptObject Module(string name, Type type)
    {
        var module = new ScriptObject { IsBuiltinModule = true };
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var scriptName = method.GetCustomAttribute<ScriptNameAttribute>()?.Name ?? StandardMemberRenamer.Rename(method.Name);
            module.SetValue(scriptName, new DelegateFunction(name + "." + scriptName, method, null), true);
        }

        return module;
    }
}

/// <summary>The <c>include</c> function: loads, parses (cached per context) and renders another template.</summary>
internal sealed class IncludeFunction : ScriptFunction
{
    public IncludeFunction()
        : base("include")
    {
    }

    public override object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments) =>
        TemplateContext.ToTextAndRecycle(Render(context, callSite, arguments, namedArguments, straight: false).Builder!);

    /// <summary>
    /// Renders the include into a builder of its own, or, when <paramref name="straight"/>, straight into the current output
    /// (its limits still counted from where it began), for a statement that prints it.
    /// </summary>
    public PrintedInclude Render(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments, bool straight)
    {
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(callSite.Span, "Expecting at least the name of the template to include for the <include> function");
        }

        var name = ScriptValue.ToText(arguments[0], context);
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(callSite.Span, "Include template name cannot be null or empty");
        }

        var loader = context.TemplateLoader
            ?? throw new ScriptRuntimeException(callSite.Span, "Unable to include <" + name + ">. No TemplateLoader registered in TemplateContext.TemplateLoader");
        var path = loader.GetPath(context, callSite.Span, name)
            ?? throw new ScriptRuntimeException(callSite.Span, "Include template path cannot be null");
        // The host's shared cache only ever gains templates, so it pins them for the render as the context's own cache does for the rest.
        var shared = context.TemplateCache is { } cache && loader.IsCacheable(path) ? cache : null;
        if (!(shared is null ? context.IncludeCache.TryGetValue(path, out var template) : shared.TryGetValue(path, out template)))
        {
            var text = loader.Load(context, callSite.Span, path)
                ?? throw new ScriptRuntimeException(callSite.Span, "The result of including `" + name + "->" + path + "` cannot be null");
            template = shared is null ? ParsedTextCache.GetOrParse(text, path) : Template.Parse(text, path);
            if (template.HasErrors)
            {
                throw new ScriptParserRuntimeException(callSite.Span, "Error while parsing template `" + path + "`", template.Messages);
            }

            if (shared is null)
            {
                context.IncludeCache[path] = template;
            }
            else
            {
                template = shared.GetOrAdd(path, template);
            }
        }

        var frame = context.RentFrame(context.Frame);
        if (namedArguments is not null)
        {
            // Named arguments are readable as $.name and, like parameters, as plain names inside the include.
            var args = new ScriptArray(arguments) { Members = new ScriptObject() };
            frame.Parameters = new ScriptObject();
            foreach (var pair in namedArguments)
            {
                args.Members[pair.Key] = pair.Value;
                frame.Parameters[pair.Key] = pair.Value;
            }

            frame.Arguments = args;
        }
        else
        {
            frame.SetCallArguments(arguments);
        }

        context.EnterCall(callSite, this);
        var savedFrame = context.Frame;
        var savedIndent = context.CurrentIndent;
        var hasParameters = frame.Parameters is not null;
        if (hasParameters)
        {
            context.ParameterFrames++;
        }

        context.Frame = frame;
        context.CurrentIndent = null;
        var start = 0;
        var savedStart = 0;
        if (straight)
        {
            savedStart = context.BeginPrintedOutput(out start);
        }
        else
        {
            context.PushOutput();
        }

        try
        {
            template.Page.Execute(context);
        }
        finally
        {
            if (straight)
            {
                context.RestoreOutputStart(savedStart);
            }

            context.Flow = FlowState.None;
            context.ReturnValue = null;
            context.Frame = savedFrame;
            if (hasParameters)
            {
                context.ParameterFrames--;
            }

            context.CurrentIndent = savedIndent;
            context.CallDepth--;
            context.ReturnFrame(frame);
        }

        return straight ? new PrintedInclude(null, start) : new PrintedInclude(context.PopOutputBuilder(), 0);
    }
}

/// <summary>The <c>include_join</c> function: renders several templates with a separator and optional begin/end parts (<c>tpl:</c> names are templates).</summary>
internal sealed class IncludeJoinFunction : ScriptFunction
{
    public IncludeJoinFunction()
        : base("include_join")
    {
    }

    public override object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments)
    {
        if (arguments.Count < 2 || arguments.Count > 4)
        {
            throw ArgumentCountError(callSite, arguments.Count, arguments.Count < 2 ? 2 : 4, Name);
        }

        var include = (ScriptFunction)context.BuiltinObject["include"]!;
        var sb = new System.Text.StringBuilder();
        var separator = Part(context, callSite, include, arguments[1]);
        var first = true;
        foreach (var name in ObjectAccess.Enumerate(arguments[0]))
        {
            if (!first)
            {
                sb.Append(separator);
            }

            first = false;
            sb.Append(ScriptValue.ToText(include.Invoke(context, callSite, new List<object?> { name }, null), context));
        }

        if (sb.Length == 0)
        {
            return string.Empty;
        }

        var begin = arguments.Count > 2 ? Part(context, callSite, include, arguments[2]) : string.Empty;
        var end = arguments.Count > 3 ? Part(context, callSite, include, arguments[3]) : string.Empty;
        return begin + sb + end;
    }

    private static string Part(TemplateContext context, ScriptNode callSite, ScriptFunction include, object? value)
    {
        var text = ScriptValue.ToText(value, context);
        return text.StartsWith("tpl:", StringComparison.Ordinal)
            ? ScriptValue.ToText(include.Invoke(context, callSite, new List<object?> { text.Substring(4) }, null), context)
            : text;
    }
}
