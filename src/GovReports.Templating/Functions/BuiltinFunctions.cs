using System.Reflection;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Functions;

/// <summary>The builtin modules shared (read-only) by every context.</summary>
internal static class BuiltinFunctions
{
    public static readonly ScriptObject Shared = Create();

    private static ScriptObject Create()
    {
        var root = new ScriptObject();
        root.SetValue("string", Module("string", typeof(StringFunctions)), true);
        root.SetValue("array", Module("array", typeof(ArrayFunctions)), true);
        root.SetValue("math", Module("math", typeof(MathFunctions)), true);
        root.SetValue("object", Module("object", typeof(ObjectFunctions)), true);
        root.SetValue("date", Module("date", typeof(DateFunctions)), true);
        root.SetValue("include", new IncludeFunction(), true);
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

    public override object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments)
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
        if (!context.IncludeCache.TryGetValue(path, out var template))
        {
            var text = loader.Load(context, callSite.Span, path)
                ?? throw new ScriptRuntimeException(callSite.Span, "The result of including `" + name + "->" + path + "` cannot be null");
            template = Template.Parse(text, path);
            if (template.HasErrors)
            {
                throw new ScriptParserRuntimeException(callSite.Span, "Error while parsing template `" + path + "`", template.Messages);
            }

            context.IncludeCache[path] = template;
        }

        var frame = new LocalFrame(context.Frame);
        var args = new ScriptArray(arguments);
        if (namedArguments is not null)
        {
            // Named arguments are readable as $.name and, like parameters, as plain names inside the include.
            args.Members = new ScriptObject();
            frame.Parameters = new ScriptObject();
            foreach (var pair in namedArguments)
            {
                args.Members[pair.Key] = pair.Value;
                frame.Parameters[pair.Key] = pair.Value;
            }
        }

        frame.Arguments = args;
        context.EnterCall(callSite, this);
        var savedFrame = context.Frame;
        var savedIndent = context.CurrentIndent;
        context.Frame = frame;
        context.CurrentIndent = null;
        context.PushOutput();
        try
        {
            template.Page.Execute(context);
        }
        finally
        {
            context.Flow = FlowState.None;
            context.ReturnValue = null;
            context.Frame = savedFrame;
            context.CurrentIndent = savedIndent;
            context.CallDepth--;
        }

        return context.PopOutput();
    }
}
