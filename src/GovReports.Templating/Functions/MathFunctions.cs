using System.Globalization;
using System.Numerics;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Functions;

/// <summary>The <c>math.*</c> builtins.</summary>
internal static class MathFunctions
{
    public static object? Abs(object? value) => value switch
    {
        null => null,
        int i => i == int.MinValue ? -(long)i : Math.Abs(i),
        long l => l == long.MinValue ? BigInteger.Abs(l) : Math.Abs(l),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        BigInteger b => BigInteger.Abs(b),
        _ => value,
    };

    public static object? Ceil(object? value) => value is null ? null : value is decimal m ? Math.Ceiling(m) : Math.Ceiling(ScriptValue.ToDouble(value));

    public static object? Floor(object? value) => value is null ? null : value is decimal m ? Math.Floor(m) : Math.Floor(ScriptValue.ToDouble(value));

    public static object? Round(object? value, int precision = 0)
    {
        if (value is null)
        {
            return null;
        }

        if (ScriptValue.IsInteger(value))
        {
            return value;
        }

        return value is decimal m ? Math.Round(m, precision) : Math.Round(ScriptValue.ToDouble(value), precision);
    }

    public static object? DividedBy(TemplateContext context, ScriptNode callSite, object? value, object? divisor)
    {
        if (value is null || divisor is null)
        {
            return null;
        }

        var result = Operators.Binary(context, BinaryOp.Divide, value, divisor, callSite.Span, callSite.Span);
        if (ScriptValue.IsInteger(divisor) && result is double d)
        {
            return ScriptValue.FromBig(new BigInteger(Math.Floor(d)));
        }

        return result;
    }

    public static object? Plus(TemplateContext context, ScriptNode callSite, object? value, object? with) =>
        value is null || with is null ? null : Operators.Binary(context, BinaryOp.Add, value, with, callSite.Span, callSite.Span);

    public static object? Minus(TemplateContext context, ScriptNode callSite, object? value, object? with) =>
        value is null || with is null ? null : Operators.Binary(context, BinaryOp.Subtract, value, with, callSite.Span, callSite.Span);

    public static object? Times(TemplateContext context, ScriptNode callSite, object? value, object? with) =>
        value is null || with is null ? null : Operators.Binary(context, BinaryOp.Multiply, value, with, callSite.Span, callSite.Span);

    public static object? Modulo(TemplateContext context, ScriptNode callSite, object? value, object? with) =>
        value is null || with is null ? null : Operators.Binary(context, BinaryOp.Modulus, value, with, callSite.Span, callSite.Span);

    public static bool IsNumber(object? value) => ScriptValue.IsNumber(value);

    public static string Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null) =>
        ObjectFunctions.FormatValue(context, span, value, format, culture);
}
