using System.Collections;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Functions;

/// <summary>The <c>array.*</c> builtins.</summary>
internal static class ArrayFunctions
{
    private static ScriptArray Copy(IEnumerable? list) => ObjectAccess.ToArray(list);

    public static ScriptArray Add(IEnumerable? list, object? value)
    {
        var result = Copy(list);
        result.Add(value);
        return result;
    }

    public static ScriptArray AddRange(IEnumerable? list, IEnumerable? values)
    {
        var result = Copy(list);
        result.AddRange(ObjectAccess.Enumerate(values));
        return result;
    }

    public static ScriptArray? Compact(IEnumerable? list)
    {
        if (list is null)
        {
            return null;
        }

        var result = new ScriptArray();
        foreach (var item in ObjectAccess.Enumerate(list))
        {
            if (item is not null)
            {
                result.Add(item);
            }
        }

        return result;
    }

    public static ScriptArray? Concat(IEnumerable? list, IEnumerable? values)
    {
        if (list is null && values is null)
        {
            return null;
        }

        return AddRange(list, values);
    }

    public static bool Contains(IEnumerable? list, object? item) =>
        ObjectAccess.Enumerate(list).Any(x => ScriptValue.AreEqual(x, item));

    public static object? Cycle(TemplateContext context, object? list, object? group = null)
    {
        if (list is string && ObjectAccess.IsList(group))
        {
            (list, group) = (group, list);
        }

        var items = ObjectAccess.ToArray(list);
        if (items.Count == 0)
        {
            return null;
        }

        var key = group is null ? ScriptValue.ToText(items, context) : "group:" + ScriptValue.ToText(group, context);
        context.CycleState.TryGetValue(key, out var index);
        context.CycleState[key] = index + 1;
        return items[index % items.Count];
    }

    public static bool Any(TemplateContext context, ScriptNode callSite, IEnumerable? list, ScriptFunction function, params object?[] arguments)
    {
        foreach (var item in ObjectAccess.Enumerate(list))
        {
            if (ScriptValue.IsTrue(Call(context, callSite, function, item, arguments)))
            {
                return true;
            }
        }

        return false;
    }

    public static ScriptArray Each(TemplateContext context, ScriptNode callSite, IEnumerable? list, ScriptFunction function)
    {
        var result = new ScriptArray();
        foreach (var item in ObjectAccess.Enumerate(list))
        {
            result.Add(Call(context, callSite, function, item, Array.Empty<object?>()));
        }

        return result;
    }

    public static ScriptArray Filter(TemplateContext context, ScriptNode callSite, IEnumerable? list, ScriptFunction function)
    {
        var result = new ScriptArray();
        foreach (var item in ObjectAccess.Enumerate(list))
        {
            if (ScriptValue.IsTrue(Call(context, callSite, function, item, Array.Empty<object?>())))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static object? Call(TemplateContext context, ScriptNode callSite, ScriptFunction function, object? item, object?[] extra)
    {
        var args = new List<object?>(1 + extra.Length) { item };
        args.AddRange(extra);
        var savedPipe = context.SwapPipe(false, null);
        try
        {
            return function.Invoke(context, callSite, args, null);
        }
        finally
        {
            context.RestorePipe(savedPipe);
        }
    }

    public static object? First(IEnumerable? list) => list is null ? null : ObjectAccess.Enumerate(list).FirstOrDefault();

    public static object? Last(IEnumerable? list) => list is null ? null : ObjectAccess.Enumerate(list).LastOrDefault();

    public static ScriptArray InsertAt(TemplateContext context, SourceSpan span, IEnumerable? list, int index, object? value)
    {
        context.CheckCount(span, (long)index + 1);
        var result = Copy(list);
        if (index < 0)
        {
            index = Math.Max(0, result.Count + index);
        }

        while (result.Count < index)
        {
            result.Add(null);
        }

        result.Insert(index, value);
        return result;
    }

    public static string Join(TemplateContext context, ScriptNode callSite, IEnumerable? list, string? delimiter, ScriptFunction? function = null)
    {
        if (list is null)
        {
            return string.Empty;
        }

        var sb = new System.Text.StringBuilder();
        var first = true;
        foreach (var item in ObjectAccess.Enumerate(list))
        {
            if (!first)
            {
                sb.Append(delimiter);
            }

            first = false;
            var value = function is null ? item : Call(context, callSite, function, item, Array.Empty<object?>());
            sb.Append(ScriptValue.ToText(value, context));
        }

        return sb.ToString();
    }

    public static ScriptArray Limit(IEnumerable? list, int count) => new(ObjectAccess.Enumerate(list).Take(Math.Max(0, count)));

    public static ScriptArray Offset(IEnumerable? list, int count) => new(ObjectAccess.Enumerate(list).Skip(Math.Max(0, count)));

    public static ScriptArray Map(TemplateContext context, IEnumerable? list, string? member)
    {
        var result = new ScriptArray();
        if (member is null)
        {
            return result;
        }

        foreach (var item in ObjectAccess.Enumerate(list))
        {
            if (item is not null && ObjectAccess.TryGetMember(item, member, context.MemberRenamer, out var value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    public static ScriptArray RemoveAt(IEnumerable? list, int index)
    {
        var result = Copy(list);
        if (index < 0)
        {
            index += result.Count;
        }

        if (index >= 0 && index < result.Count)
        {
            result.RemoveAt(index);
        }

        return result;
    }

    public static ScriptArray Reverse(IEnumerable? list)
    {
        var result = Copy(list);
        result.Reverse();
        return result;
    }

    public static int Size(object? list) => ObjectAccess.Count(list);

    public static ScriptArray Sort(TemplateContext context, SourceSpan span, object? list, string? member = null)
    {
        if (list is null)
        {
            return new ScriptArray();
        }

        if (!ObjectAccess.IsList(list))
        {
            return new ScriptArray { list };
        }

        var items = ObjectAccess.ToArray(list);
        Func<object?, object?> key = member is null ? static x => x : x => GetPath(context, x, member);
        try
        {
            var keys = items.Select(key).ToArray();
            var order = Enumerable.Range(0, items.Count).ToArray();
            var comparer = Comparer<int>.Create((a, b) =>
            {
                var c = ScriptValue.CompareForSort(keys[a], keys[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
            Array.Sort(order, comparer);
            return new ScriptArray(order.Select(i => items[i]));
        }
        catch (InvalidOperationException)
        {
            throw new ScriptRuntimeException(span, "Failed to compare two elements in the array.");
        }
    }

    private static object? GetPath(TemplateContext context, object? item, string path)
    {
        foreach (var part in path.Split('.'))
        {
            if (item is null || !ObjectAccess.TryGetMember(item, part, context.MemberRenamer, out item))
            {
                return null;
            }
        }

        return item;
    }

    public static ScriptArray? Uniq(IEnumerable? list)
    {
        if (list is null)
        {
            return null;
        }

        var result = new ScriptArray();
        foreach (var item in ObjectAccess.Enumerate(list))
        {
            if (!result.Any(x => ScriptValue.AreEqual(x, item)))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
