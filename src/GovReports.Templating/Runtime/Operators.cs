using System.Numerics;
using System.Text;
using GovReports.Templating.Parsing;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Runtime;

/// <summary>Arithmetic, comparison and range operators with the template language's number rules.</summary>
internal static class Operators
{
    private static ScriptRuntimeException DivideByZero(SourceSpan operatorSpan) => new(operatorSpan, "Attempted to divide by zero.");

    private static ScriptRuntimeException NotSupported(BinaryOp op, object? left, object? right, SourceSpan operatorSpan) =>
        new(operatorSpan, "Operator `" + Symbol(op) + "` is not supported between `" + ScriptValue.TypeName(left) + "` and `" + ScriptValue.TypeName(right) + "`");

    private static ScriptRuntimeException NotSupportedOnStrings(BinaryOp op, SourceSpan operatorSpan) =>
        new(operatorSpan, "Operator `" + Symbol(op) + "` is not supported on string objects");

    private static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.DivideRound => "//",
        BinaryOp.Modulus => "%",
        BinaryOp.ShiftLeft => "<<",
        BinaryOp.ShiftRight => ">>",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.RangeInclusive => "..",
        BinaryOp.RangeExclusive => "..<",
        _ => op.ToString(),
    };

    /// <summary>Returns whether <c>left + right</c> (both normalised) joins text: one side is a string, and not both are lists (lists concatenate).</summary>
    public static bool AddsText(object? left, object? right) =>
        (left is string || right is string) && !(ObjectAccess.IsList(left) && ObjectAccess.IsList(right));

    public static object? Binary(TemplateContext context, BinaryOp op, object? left, object? right, SourceSpan operatorSpan, SourceSpan span)
    {
        left = ObjectAccess.Normalize(left);
        right = ObjectAccess.Normalize(right);
        switch (op)
        {
            case BinaryOp.Equal:
                return ScriptValue.Box(ScriptValue.AreEqual(left, right));
            case BinaryOp.NotEqual:
                return ScriptValue.Box(!ScriptValue.AreEqual(left, right));
            case BinaryOp.Less:
            case BinaryOp.LessOrEqual:
            case BinaryOp.Greater:
            case BinaryOp.GreaterOrEqual:
                return ScriptValue.Box(Compare(op, left, right, operatorSpan));
            case BinaryOp.RangeInclusive:
            case BinaryOp.RangeExclusive:
                return Range(context, op, left, right, operatorSpan);
            case BinaryOp.ShiftLeft when left is IList<object?> list:
                list.Add(right);
                return list;
            case BinaryOp.ShiftRight when right is IList<object?> list:
                list.Insert(0, left);
                return list;
            case BinaryOp.Add when AddsText(left, right):
                var leftText = ScriptValue.ToText(left, context);
                var rightText = ScriptValue.ToText(right, context);
                context.CheckLength(span, (long)leftText.Length + rightText.Length);
                return leftText + rightText;
            case BinaryOp.Add when ObjectAccess.IsList(left) && ObjectAccess.IsList(right):
                context.CheckCount(span, (long)ObjectAccess.Count(left) + ObjectAccess.Count(right));
                var concatenated = ObjectAccess.ToArray(left);
                concatenated.AddRange(ObjectAccess.Enumerate(right));
                return concatenated;
        }

        if (left is string || right is string)
        {
            switch (op)
            {
                case BinaryOp.Multiply:
                    if (left is string ls && ScriptValue.IsInteger(right))
                    {
                        return Repeat(context, span, ls, ScriptValue.ToBig(right));
                    }

                    if (right is string rs && ScriptValue.IsInteger(left))
                    {
                        return Repeat(context, span, rs, ScriptValue.ToBig(left));
                    }

                    if (left is null || right is null)
                    {
                        return null;
                    }

                    throw new ScriptRuntimeException(span, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
                default:
                    throw NotSupportedOnStrings(op, operatorSpan);
            }
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (left is bool || right is bool || !ScriptValue.IsNumber(left) || !ScriptValue.IsNumber(right))
        {
            throw NotSupported(op, left, right, operatorSpan);
        }

        return Arithmetic(op, left, right, operatorSpan);
    }

    private static string Repeat(TemplateContext context, SourceSpan span, string text, System.Numerics.BigInteger times)
    {
        if (times <= 0 || text.Length == 0)
        {
            return string.Empty;
        }

        var length = text.Length * times;
        if (length > int.MaxValue || (context.LimitToString > 0 && length > context.LimitToString))
        {
            throw new ScriptRuntimeException(span, "The result would be " + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters long, more than LimitToString `" + context.LimitToString.ToString(System.Globalization.CultureInfo.InvariantCulture) + "`");
        }

        var count = (int)times;
        var sb = new StringBuilder((int)length);
        for (var i = 0; i < count; i++)
        {
            sb.Append(text);
        }

        return sb.ToString();
    }

    private static object? Arithmetic(BinaryOp op, object left, object right, SourceSpan operatorSpan)
    {
        if (ScriptValue.IsInteger(left) && ScriptValue.IsInteger(right))
        {
            if (left is not BigInteger && right is not BigInteger)
            {
                var a = left is int li ? li : (long)left;
                var b = right is int ri ? ri : (long)right;
                try
                {
                    switch (op)
                    {
                        case BinaryOp.Add:
                            return ScriptValue.FromLong(checked(a + b));
                        case BinaryOp.Subtract:
                            return ScriptValue.FromLong(checked(a - b));
                        case BinaryOp.Multiply:
                            return ScriptValue.FromLong(checked(a * b));
                        case BinaryOp.Divide:
                            return (double)a / b;
                        case BinaryOp.DivideRound:
                            if (b == 0)
                            {
                                throw DivideByZero(operatorSpan);
                            }

                            return ScriptValue.FromLong(a / b);
                        case BinaryOp.Modulus:
                            if (b == 0)
                            {
                                throw DivideByZero(operatorSpan);
                            }

                            return ScriptValue.FromLong(a % b);
                        case BinaryOp.ShiftLeft:
                            return ScriptValue.FromBig((BigInteger)a << (int)b);
                        case BinaryOp.ShiftRight:
                            return ScriptValue.FromLong(a >> (int)b);
                    }
                }
                catch (OverflowException)
                {
                    // Falls through to BigInteger arithmetic below.
                }
            }

            var x = ScriptValue.ToBig(left);
            var y = ScriptValue.ToBig(right);
            switch (op)
            {
                case BinaryOp.Add:
                    return ScriptValue.FromBig(x + y);
                case BinaryOp.Subtract:
                    return ScriptValue.FromBig(x - y);
                case BinaryOp.Multiply:
                    return ScriptValue.FromBig(x * y);
                case BinaryOp.Divide:
                    return (double)x / (double)y;
                case BinaryOp.DivideRound:
                case BinaryOp.Modulus:
                    if (y.IsZero)
                    {
                        throw DivideByZero(operatorSpan);
                    }

                    return ScriptValue.FromBig(op == BinaryOp.DivideRound ? BigInteger.Divide(x, y) : BigInteger.Remainder(x, y));
                case BinaryOp.ShiftLeft:
                    return ScriptValue.FromBig(x << (int)y);
                case BinaryOp.ShiftRight:
                    return ScriptValue.FromBig(x >> (int)y);
            }
        }

        if ((left is decimal || right is decimal) && left is not double && right is not double && left is not float && right is not float)
        {
            var a = ScriptValue.ToDecimal(left);
            var b = ScriptValue.ToDecimal(right);
            if (b == 0 && op is BinaryOp.Divide or BinaryOp.DivideRound or BinaryOp.Modulus)
            {
                throw DivideByZero(operatorSpan);
            }

            switch (op)
            {
                case BinaryOp.Add:
                    return a + b;
                case BinaryOp.Subtract:
                    return a - b;
                case BinaryOp.Multiply:
                    return a * b;
                case BinaryOp.Divide:
                    return a / b;
                case BinaryOp.DivideRound:
                    return Math.Round(a / b);
                case BinaryOp.Modulus:
                    return a % b;
            }
        }

        var da = ScriptValue.ToDouble(left);
        var db = ScriptValue.ToDouble(right);
        var bothFloat = (left is float || right is float) && left is not double && right is not double;
        double r;
        switch (op)
        {
            case BinaryOp.Add:
                r = da + db;
                break;
            case BinaryOp.Subtract:
                r = da - db;
                break;
            case BinaryOp.Multiply:
                r = da * db;
                break;
            case BinaryOp.Divide:
                r = da / db;
                break;
            case BinaryOp.DivideRound:
                r = Math.Round(da / db);
                break;
            case BinaryOp.Modulus:
                r = da % db;
                break;
            default:
                throw NotSupported(op, left, right, operatorSpan);
        }

        return bothFloat ? (object)(float)r : r;
    }

    private static bool Compare(BinaryOp op, object? left, object? right, SourceSpan operatorSpan)
    {
        int c;
        if (left is null || right is null)
        {
            if (left is null && right is null)
            {
                return op is BinaryOp.LessOrEqual or BinaryOp.GreaterOrEqual;
            }

            return false;
        }

        if (ScriptValue.IsNumber(left) && ScriptValue.IsNumber(right))
        {
            c = ScriptValue.CompareNumbers(left, right);
        }
        else if (left is string || right is string)
        {
            c = string.CompareOrdinal(ScriptValue.ToText(left), ScriptValue.ToText(right));
        }
        else if (left is bool lb && right is bool rb)
        {
            c = lb.CompareTo(rb);
        }
        else if (left is DateTime ld && right is DateTime rd)
        {
            c = ld.CompareTo(rd);
        }
        else
        {
            throw NotSupported(op, left, right, operatorSpan);
        }

        return op switch
        {
            BinaryOp.Less => c < 0,
            BinaryOp.LessOrEqual => c <= 0,
            BinaryOp.Greater => c > 0,
            _ => c >= 0,
        };
    }

    private static object? Range(TemplateContext context, BinaryOp op, object? left, object? right, SourceSpan operatorSpan)
    {
        if (left is string || right is string)
        {
            throw NotSupportedOnStrings(op, operatorSpan);
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (!ScriptValue.IsNumber(left) || !ScriptValue.IsNumber(right))
        {
            throw NotSupported(op, left, right, operatorSpan);
        }

        var start = (long)ScriptValue.ToDouble(left);
        var end = (long)ScriptValue.ToDouble(right);
        var range = new ScriptRange(start, end, op == BinaryOp.RangeInclusive);
        if (context.LoopLimit > 0 && range.Count > context.LoopLimit)
        {
            throw new ScriptRuntimeException(operatorSpan, "Range expression exceeds LoopLimit `" + context.LoopLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) + "`.");
        }

        return range;
    }

    public static object? Negate(object? value, SourceSpan span)
    {
        value = ObjectAccess.Normalize(value);
        return value switch
        {
            null => null,
            int i => i == int.MinValue ? -(long)i : -i,
            long l => l == long.MinValue ? -(BigInteger)l : -l,
            double d => -d,
            float f => -f,
            decimal m => -m,
            BigInteger b => ScriptValue.FromBig(-b),
            _ => throw new ScriptRuntimeException(span, "Unexpected value `" + ScriptValue.ToText(value) + "` for unary minus. Expecting a number."),
        };
    }
}

/// <summary>Conversions of template values to .NET types for indexers, loop options and function parameters.</summary>
internal static class Conversions
{
    public static int ToInt(TemplateContext context, object? value, ScriptNode node)
    {
        value = ObjectAccess.Normalize(value);
        switch (value)
        {
            case null:
                return 0;
            case int i:
                return i;
            case long l:
                return (int)l;
            case double d:
                return (int)d;
            case float f:
                return (int)f;
            case decimal m:
                return (int)m;
            case BigInteger b:
                return (int)b;
            case bool b:
                return b ? 1 : 0;
            case string s when int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                throw new ScriptRuntimeException(node.Span, "Unable to convert type `" + ScriptValue.TypeName(value) + "` to int");
        }
    }
}
