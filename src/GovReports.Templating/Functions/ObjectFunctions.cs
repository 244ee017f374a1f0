using System.Globalization;
using System.Numerics;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Functions;

/// <summary>The <c>object.*</c> builtins.</summary>
internal static class ObjectFunctions
{
    public static object? Default(object? value, object? defaultValue) =>
        value is null || (value is string s && s.Length == 0) ? defaultValue : value;

    public static string Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null) =>
        FormatValue(context, span, value, format, culture);

    internal static string FormatValue(TemplateContext context, SourceSpan span, object? value, string? format, string? culture)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var info = culture is null ? context.Culture : CultureInfo.GetCultureInfo(culture);
        return value is IFormattable formattable ? formattable.ToString(format, info) : ScriptValue.ToText(value, context);
    }

    public static bool HasKey(TemplateContext context, object? value, string? key) =>
        value is not null && key is not null && ObjectAccess.IsObject(value) && ObjectAccess.TryGetMember(value, key, context.MemberRenamer, out _);

    public static bool HasValue(TemplateContext context, object? value, string? key) =>
        value is not null && key is not null && ObjectAccess.IsObject(value) && ObjectAccess.TryGetMember(value, key, context.MemberRenamer, out var member) && member is not null;

    public static ScriptArray Keys(TemplateContext context, object? value)
    {
        var result = new ScriptArray();
        if (value is not null && ObjectAccess.IsObject(value))
        {
            foreach (var pair in ObjectAccess.GetMembers(value, context.MemberRenamer))
            {
                result.Add(pair.Key);
            }
        }

        return result;
    }

    public static ScriptArray Values(TemplateContext context, object? value)
    {
        var result = new ScriptArray();
        if (value is not null && ObjectAccess.IsObject(value))
        {
            foreach (var pair in ObjectAccess.GetMembers(value, context.MemberRenamer))
            {
                result.Add(pair.Value);
            }
        }

        return result;
    }

    public static int Size(object? value) => value is null || ScriptValue.IsNumber(value) || value is bool ? 0 : ObjectAccess.Count(value);

    public static string? Typeof(object? value) => value switch
    {
        null => null,
        bool => "boolean",
        string => "string",
        ScriptFunction => "function",
        DateTime => "date",
        ScriptArray => "array",
        System.Collections.IList => "array",
        System.Text.Json.Nodes.JsonArray => "array",
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } => "array",
        _ when ScriptValue.IsNumber(value) => "number",
        _ when ObjectAccess.IsList(value) => "iterator",
        _ => "object",
    };

    public static string? Kind(object? value) => value switch
    {
        null => null,
        bool => "bool",
        string => "string",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        ScriptRange => "range",
        ScriptFunction => "function",
        _ when ObjectAccess.IsList(value) => "array",
        _ => "object",
    };

    public static object? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return JsonConvert.ToScript(doc.RootElement);
    }

    public static string ToJson(TemplateContext context, object? value)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonConvert.Write(context, writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static object? EvalTemplate(TemplateContext context, ScriptNode callSite, object? value)
    {
        if (value is not string text)
        {
            return value is ScriptFunction f ? f.Invoke(context, callSite, new List<object?>(), null) : value;
        }

        var template = Template.Parse(text, "<eval>");
        if (template.HasErrors)
        {
            throw new ScriptRuntimeException(callSite.Span, "Error while evaluating template: " + string.Join("\n", template.Messages));
        }

        var savedFrame = context.Frame;
        context.PushOutput();
        try
        {
            template.Page.Execute(context);
        }
        finally
        {
            context.Flow = FlowState.None;
            context.Frame = savedFrame;
        }

        return context.PopOutput();
    }

    public static object? Eval(TemplateContext context, ScriptNode callSite, object? value)
    {
        if (value is ScriptFunction function)
        {
            return function.Invoke(context, callSite, new List<object?>(), null);
        }

        if (value is not string text || text.Length == 0)
        {
            return value;
        }

        var messages = new List<LogMessage>();
        var block = Parser.ParseCode(text, "<eval>", 0, default, text.Length, messages);
        if (messages.Count > 0)
        {
            throw new ScriptRuntimeException(callSite.Span, "Error while evaluating `" + text + "`: " + string.Join("\n", messages));
        }

        if (block.Statements.Count == 1 && block.Statements[0] is ScriptExpressionStatement single)
        {
            return single.Expression.Evaluate(context);
        }

        context.PushOutput();
        try
        {
            block.Execute(context);
        }
        finally
        {
            context.Flow = FlowState.None;
        }

        return context.PopOutput();
    }
}
