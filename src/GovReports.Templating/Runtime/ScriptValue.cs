using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovReports.Templating.Functions;

namespace GovReports.Templating.Runtime;

/// <summary>Value rules of the template language: printing, truthiness, type names, equality and ordering.</summary>
internal static class ScriptValue
{
    private const int MaxPrintDepth = 64;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static object FromLong(long value) => value >= int.MinValue && value <= int.MaxValue ? (int)value : value;

    public static object FromBig(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return (int)value;
        }

        return value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
    }

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    /// <summary>Boxes a bool without allocating: conditions and comparisons produce many.</summary>
    public static object Box(bool value) => value ? BoxedTrue : BoxedFalse;

    // Loop indexes and the small whole numbers of report data (project numbers, counts) are read far more often than they vary.
    private const int MinCachedInt = -1;
    private const int MaxCachedInt = 1023;
    private static readonly object[] SmallInts = Enumerable.Range(MinCachedInt, MaxCachedInt - MinCachedInt + 1).Select(i => (object)i).ToArray();

    /// <summary>Boxes an int, handing out shared boxes for small values (boxes are never mutated, and compare by value).</summary>
    public static object Box(int value) =>
        value is >= MinCachedInt and <= MaxCachedInt ? SmallInts[value - MinCachedInt] : value;

    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        _ => true,
    };

    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or short or byte or sbyte or ushort or uint or ulong;

    public static bool IsInteger(object? value) =>
        value is int or long or BigInteger or short or byte or sbyte or ushort or uint or ulong;

    public static string TypeName(object? value) => value switch
    {
        null => "null",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        bool => "bool",
        string => "string",
        ScriptObject => "object",
        ScriptArray => "array",
        ScriptFunction => "function",
        _ => value.GetType().Name,
    };

    public static string ToText(object? value, TemplateContext? context = null)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case int i:
                return i.ToString(Inv);
            case EmptyValue:
                return string.Empty;

            // The other numbers print as AppendText prints them, without a builder.
            case long l:
                return l.ToString(context?.Culture ?? Inv);
            case double d:
                return d.ToString(context?.Culture ?? Inv);
            case float f:
                return f.ToString(context?.Culture ?? Inv);
            case decimal m:
                return m.ToString(context?.Culture ?? Inv);
            case BigInteger big:
                return big.ToString(context?.Culture ?? Inv);
        }

        var sb = new StringBuilder();
        AppendText(sb, value, false, context);
        return sb.ToString();
    }

    public static void AppendText(StringBuilder sb, object? value, bool quoted, TemplateContext? context) =>
        AppendText(sb, value, quoted, context, 0);

    private static void AppendText(StringBuilder sb, object? value, bool quoted, TemplateContext? context, int depth)
    {
        value = ObjectAccess.Normalize(value);
        if (depth > MaxPrintDepth)
        {
            // Self-referencing arrays or objects would otherwise recurse forever.
            sb.Append("...");
            return;
        }

        switch (value)
        {
            case null:
                if (quoted)
                {
                    sb.Append("null");
                }

                return;
            case string s:
                if (quoted)
                {
                    AppendQuoted(sb, s);
                }
                else
                {
                    sb.Append(s);
                }

                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case int i:
                sb.Append(i.ToString(context?.Culture ?? Inv));
                return;
            case long l:
                sb.Append(l.ToString(context?.Culture ?? Inv));
                return;
            case double d:
                sb.Append(d.ToString(context?.Culture ?? Inv));
                return;
            case float f:
                sb.Append(f.ToString(context?.Culture ?? Inv));
                return;
            case decimal m:
                sb.Append(m.ToString(context?.Culture ?? Inv));
                return;
            case BigInteger big:
                sb.Append(big.ToString(context?.Culture ?? Inv));
                return;
            case DateTime dt:
                sb.Append(DateFunctions.Format(dt, context?.DateFormat ?? DateFunctions.DefaultFormat));
                return;
            case EmptyValue:
                return;
            case ScriptFunction:
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is DateTimeOffset or TimeSpan or Guid:
                sb.Append(formattable.ToString(null, Inv));
                return;
        }

        if (ObjectAccess.IsList(value))
        {
            sb.Append('[');
            var first = true;
            foreach (var item in ObjectAccess.Enumerate(value))
            {
                if (!first)
                {
                    sb.Append(", ");
                }

                first = false;
                AppendText(sb, item, true, context, depth + 1);
            }

            sb.Append(']');
            return;
        }

        if (ObjectAccess.IsObject(value))
        {
            sb.Append('{');
            var first = true;
            foreach (var pair in ObjectAccess.GetMembers(value!, context?.MemberRenamer ?? StandardMemberRenamer.Default))
            {
                if (!first)
                {
                    sb.Append(", ");
                }

                first = false;
                sb.Append(pair.Key).Append(": ");
                AppendText(sb, pair.Value, true, context, depth + 1);
            }

            sb.Append('}');
            return;
        }

        sb.Append(value!.ToString());
    }

    public static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\0':
                    sb.Append("\\0");
                    break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", Inv));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    public static double ToDouble(object? value) => value switch
    {
        null => 0,
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        BigInteger b => (double)b,
        bool b => b ? 1 : 0,
        string s => double.TryParse(s, NumberStyles.Float, Inv, out var r) ? r : 0,
        IConvertible c => c.ToDouble(Inv),
        _ => 0,
    };

    public static decimal ToDecimal(object? value) => value switch
    {
        decimal m => m,
        int i => i,
        long l => l,
        BigInteger b => (decimal)b,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => (decimal)ToDouble(value),
    };

    public static BigInteger ToBig(object? value) => value switch
    {
        int i => i,
        long l => l,
        BigInteger b => b,
        IConvertible c => new BigInteger(c.ToInt64(Inv)),
        _ => BigInteger.Zero,
    };

    public static bool AreEqual(object? left, object? right) => AreEqual(left, right, 0);

    /// <summary>
    /// Returns whether two non-null values of this type are compared by <see cref="AreEqual(object?, object?)"/> with their own <c>Equals</c>:
    /// plain .NET objects, which are neither numbers, strings, lists nor JSON.
    /// </summary>
    public static bool ComparesByEquals(Type type) =>
        !type.IsValueType && type != typeof(string) && type != typeof(EmptyValue) && type != typeof(JsonDocument)
        && !typeof(IEnumerable).IsAssignableFrom(type) && !typeof(JsonNode).IsAssignableFrom(type);

    private static bool AreEqual(object? left, object? right, int depth)
    {
        // Two strings compare as text (what the tests below end in for them, without testing for numbers first).
        if (left is string leftText && right is string rightText)
        {
            return string.Equals(leftText, rightText, StringComparison.Ordinal);
        }

        left = ObjectAccess.Normalize(left);
        right = ObjectAccess.Normalize(right);
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left is EmptyValue || right is EmptyValue)
        {
            var other = left is EmptyValue ? right : left;
            return other is EmptyValue || (other is not string && ObjectAccess.IsEmptyCollection(other));
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }

        if (left is string ls && right is string rs)
        {
            return string.Equals(ls, rs, StringComparison.Ordinal);
        }

        if (left is string || right is string)
        {
            if (IsNumber(left) || IsNumber(right) || left is bool || right is bool)
            {
                return string.Equals(ToText(left), ToText(right), StringComparison.Ordinal);
            }

            return false;
        }

        if (left is bool lb && right is bool rb)
        {
            return lb == rb;
        }

        if (ObjectAccess.IsList(left) && ObjectAccess.IsList(right))
        {
            // A list that contains itself (a << a) compares by identity past a sane depth.
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (depth > 64)
            {
                return false;
            }

            var a = ObjectAccess.ToArray(left);
            var b = ObjectAccess.ToArray(right);
            if (a.Count != b.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Count; i++)
            {
                if (!AreEqual(a[i], b[i], depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        return left.Equals(right);
    }

    public static int CompareNumbers(object left, object right)
    {
        if (IsInteger(left) && IsInteger(right))
        {
            if (left is int li && right is int ri)
            {
                return li.CompareTo(ri);
            }

            return ToBig(left).CompareTo(ToBig(right));
        }

        if (left is decimal || right is decimal)
        {
            if (left is not double && right is not double && left is not float && right is not float)
            {
                return ToDecimal(left).CompareTo(ToDecimal(right));
            }
        }

        return ToDouble(left).CompareTo(ToDouble(right));
    }

    /// <summary>Orders values for <c>array.sort</c> the way <c>Comparer&lt;object&gt;.Default</c> does.</summary>
    public static int CompareForSort(object? left, object? right)
    {
        left = ObjectAccess.Normalize(left);
        right = ObjectAccess.Normalize(right);
        if (left is null)
        {
            return right is null ? 0 : -1;
        }

        if (right is null)
        {
            return 1;
        }

        if (left is string ls && right is string rs)
        {
            return string.Compare(ls, rs, Inv, CompareOptions.None);
        }

        if (left.GetType() != right.GetType())
        {
            throw new InvalidOperationException("Failed to compare two elements in the array.");
        }

        if (left is IComparable comparable)
        {
            return comparable.CompareTo(right);
        }

        throw new InvalidOperationException("Failed to compare two elements in the array.");
    }
}
