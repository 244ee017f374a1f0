using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovReports.Templating.Runtime;

/// <summary>Uniform member, index and iteration access over script values, dictionaries, lists, JSON and .NET objects.</summary>
internal static class ObjectAccess
{
    private static readonly ConcurrentDictionary<(Type, Func<MemberInfo, string>), TypeAccessor> Accessors = new();

    public static object? Normalize(object? value)
    {
        if (value is null)
        {
            return null;
        }

        // The values templates see most need no change; exact-type tests (compiled to type-handle compares) are cheaper than the switch below.
        if (value is string or int or decimal or bool or long or double)
        {
            return value;
        }

        // Of the reference types only JSON values change: script values and .NET objects pass without the value-type tests below.
        if (value is not ValueType && value is not (JsonValue or JsonDocument))
        {
            return value;
        }

        switch (value)
        {
            case JsonElement element:
                return NormalizeElement(element);
            case JsonDocument document:
                return NormalizeElement(document.RootElement);
            case JsonValue jsonValue:
                if (jsonValue.TryGetValue<JsonElement>(out var inner))
                {
                    return NormalizeElement(inner);
                }

                return Normalize(jsonValue.GetValue<object>());
            case short s:
                return (int)s;
            case byte b:
                return (int)b;
            case sbyte sb:
                return (int)sb;
            case ushort us:
                return (int)us;
            case uint ui:
                return ScriptValue.FromLong(ui);
            case ulong ul:
                return ul <= long.MaxValue ? ScriptValue.FromLong((long)ul) : new System.Numerics.BigInteger(ul);
            case char c:
                return c.ToString();
            case Enum e:
                return e.ToString();
            default:
                return value;
        }
    }

    /// <summary>Returns whether values of this type are the common ones <see cref="Normalize"/> returns unchanged.</summary>
    public static bool IsNormalType(Type type) =>
        type == typeof(string) || type == typeof(int) || type == typeof(decimal) || type == typeof(bool) || type == typeof(long) || type == typeof(double);

    private static object? NormalizeElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }

                if (element.TryGetInt64(out var l))
                {
                    return l;
                }

                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            default:
                return element;
        }
    }

    public static bool IsList(object? value) => value switch
    {
        null or string => false,
        ScriptArray or ScriptRange => true,
        JsonElement e => e.ValueKind == JsonValueKind.Array,
        JsonArray => true,
        ScriptObject or IDictionary or JsonObject => false,
        IDictionary<string, object?> => false,
        IEnumerable => true,
        _ => false,
    };

    public static bool IsObject(object? value) => value switch
    {
        null or string or ScriptFunction or EmptyValue => false,
        ScriptObject or JsonObject or IDictionary or IDictionary<string, object?> => true,
        JsonElement e => e.ValueKind == JsonValueKind.Object,
        _ => !IsList(value) && !ScriptValue.IsNumber(value) && value is not bool && value is not DateTime,
    };

    public static IEnumerable<object?> Enumerate(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case IList<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    yield return list[i];
                }

                yield break;
            case ScriptRange range:
                foreach (var item in range)
                {
                    yield return item;
                }

                yield break;
            case JsonElement { ValueKind: JsonValueKind.Array } e:
                foreach (var item in e.EnumerateArray())
                {
                    yield return Normalize(item);
                }

                yield break;
            case JsonArray array:
                foreach (var item in array)
                {
                    yield return Normalize(item);
                }

                yield break;
            case string:
                yield break;
            case IEnumerable enumerable:
                foreach (var item in enumerable)
                {
                    yield return Normalize(item);
                }

                yield break;
        }
    }

    public static ScriptArray ToArray(object? value)
    {
        var result = new ScriptArray();
        foreach (var item in Enumerate(value))
        {
            result.Add(item);
        }

        return result;
    }

    public static int Count(object? value) => value switch
    {
        null => 0,
        string s => s.Length,
        ICollection<object?> c => c.Count,
        ScriptRange r => r.Count,
        ICollection c => c.Count,
        ScriptObject o => o.Count,
        JsonElement { ValueKind: JsonValueKind.Array } e => e.GetArrayLength(),
        JsonElement { ValueKind: JsonValueKind.Object } e => e.EnumerateObject().Count(),
        JsonArray a => a.Count,
        JsonObject o => o.Count,
        IEnumerable e => e.Cast<object?>().Count(),
        _ => 0,
    };

    public static bool IsEmptyCollection(object value) => (IsList(value) || IsObject(value)) && Count(value) == 0 && value is not string;

    public static IEnumerable<KeyValuePair<string, object?>> GetMembers(object value, Func<MemberInfo, string> renamer)
    {
        switch (value)
        {
            case ScriptObject so:
                foreach (var pair in so)
                {
                    yield return pair;
                }

                yield break;
            case IDictionary<string, object?> dict:
                foreach (var pair in dict)
                {
                    yield return new KeyValuePair<string, object?>(pair.Key, Normalize(pair.Value));
                }

                yield break;
            case JsonElement { ValueKind: JsonValueKind.Object } e:
                foreach (var prop in e.EnumerateObject())
                {
                    yield return new KeyValuePair<string, object?>(prop.Name, Normalize(prop.Value));
                }

                yield break;
            case JsonObject jo:
                foreach (var pair in jo)
                {
                    yield return new KeyValuePair<string, object?>(pair.Key, Normalize(pair.Value));
                }

                yield break;
            case IDictionary d:
                foreach (DictionaryEntry entry in d)
                {
                    yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, Normalize(entry.Value));
                }

                yield break;
            case ScriptArray or ScriptRange or string or JsonElement or JsonArray:
                yield break;
        }

        if (IsList(value) || ScriptValue.IsNumber(value) || value is bool)
        {
            yield break;
        }

        var accessor = GetAccessor(value.GetType(), renamer);
        foreach (var pair in accessor.Getters)
        {
            yield return new KeyValuePair<string, object?>(pair.Key, pair.Value(value));
        }
    }

    public static bool TryGetMember(object target, string name, Func<MemberInfo, string> renamer, out object? value)
    {
        switch (target)
        {
            case ScriptObject so:
                if (so.TryGetValue(name, out value))
                {
                    return true;
                }

                if (name == "empty?")
                {
                    value = so.Count == 0;
                    return true;
                }

                return false;
            case ScriptArray array:
                if (name == "size")
                {
                    value = array.Count;
                    return true;
                }

                if (name == "empty?")
                {
                    value = array.Count == 0;
                    return true;
                }

                if (array.Members is not null && array.Members.TryGetValue(name, out value))
                {
                    return true;
                }

                value = null;
                return false;
            case string s:
                value = name switch
                {
                    "size" => s.Length,
                    "empty?" => s.Length == 0,
                    _ => null,
                };
                return value is not null;
            case LoopState loop:
                return loop.TryGetMember(name, out value);
            case IDictionary<string, object?> dict:
                if (dict.TryGetValue(name, out value))
                {
                    value = Normalize(value);
                    return true;
                }

                return SpecialCollectionMember(target, name, out value);
            case JsonElement e:
                if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var prop))
                {
                    value = Normalize(prop);
                    return true;
                }

                return SpecialCollectionMember(target, name, out value);
            case JsonObject jo:
                if (jo.TryGetPropertyValue(name, out var node))
                {
                    value = Normalize(node);
                    return true;
                }

                return SpecialCollectionMember(target, name, out value);
            case IDictionary d:
                if (d.Contains(name))
                {
                    value = Normalize(d[name]);
                    return true;
                }

                return SpecialCollectionMember(target, name, out value);
        }

        if (IsList(target))
        {
            return SpecialCollectionMember(target, name, out value);
        }

        if (ScriptValue.IsNumber(target) || target is bool or ScriptFunction or EmptyValue)
        {
            value = null;
            return false;
        }

        var accessor = GetAccessor(target.GetType(), renamer);
        if (accessor.Getters.TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Finds the compiled getter of a .NET member (which returns template values, already normalised), for call sites that cache it per type.</summary>
    public static Func<object, object?>? FindGetter(Type type, string name, Func<MemberInfo, string> renamer) =>
        GetAccessor(type, renamer).Getters.TryGetValue(name, out var getter) ? getter : null;

    /// <summary>Returns whether values of this type are read through reflected getters (plain .NET objects).</summary>
    public static bool UsesReflection(object target) =>
        target is not (ScriptObject or ScriptArray or string or LoopState or IDictionary<string, object?> or JsonElement or JsonNode or IDictionary or ScriptFunction or EmptyValue or bool)
        && !ScriptValue.IsNumber(target) && !IsList(target);

    private static bool SpecialCollectionMember(object target, string name, out object? value)
    {
        if (name == "size" && IsList(target))
        {
            value = Count(target);
            return true;
        }

        if (name == "empty?")
        {
            value = Count(target) == 0;
            return true;
        }

        value = null;
        return false;
    }

    public static bool TrySetMember(object target, string name, object? value)
    {
        switch (target)
        {
            case ScriptObject { IsBuiltinModule: true }:
                return false;
            case ScriptObject so:
                so[name] = value;
                return true;
            case ScriptArray array:
                (array.Members ??= new ScriptObject())[name] = value;
                return true;
            case IDictionary<string, object?> dict:
                dict[name] = value;
                return true;
            case JsonObject jo:
                jo[name] = JsonValue.Create(value);
                return true;
            case IDictionary d:
                d[name] = value;
                return true;
            default:
                return false;
        }
    }

    private static TypeAccessor GetAccessor(Type type, Func<MemberInfo, string> renamer) =>
        Accessors.GetOrAdd((type, renamer), static key => new TypeAccessor(key.Item1, key.Item2));

    /// <summary>Compiled getters for the public instance properties and fields of one type.</summary>
    private sealed class TypeAccessor
    {
        public TypeAccessor(Type type, Func<MemberInfo, string> renamer)
        {
            Getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || !property.GetMethod.IsPublic)
                {
                    continue;
                }

                Getters.TryAdd(renamer(property), Compile(type, property));
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                Getters.TryAdd(renamer(field), Compile(type, field));
            }
        }

        public Dictionary<string, Func<object, object?>> Getters { get; }

        private static Func<object, object?> Compile(Type type, MemberInfo member)
        {
            var parameter = Expression.Parameter(typeof(object), "o");
            var typed = type.IsValueType ? Expression.Unbox(parameter, type) : (Expression)Expression.Convert(parameter, type);
            var access = Expression.MakeMemberAccess(typed, member);

            // Flags are read often (conditions in loops): hand out two shared boxes instead of boxing each read.
            var body = access.Type == typeof(bool)
                ? Expression.Condition(access, Expression.Constant(ScriptValue.Box(true), typeof(object)), Expression.Constant(ScriptValue.Box(false), typeof(object)))
                : access.Type == typeof(int)
                    ? Expression.Call(typeof(ScriptValue).GetMethod(nameof(ScriptValue.Box), [typeof(int)])!, access)
                    : (Expression)Expression.Convert(access, typeof(object));

            // The getter hands out template values: it normalises only when the declared type can hold a value that needs it.
            if (NeedsNormalize(access.Type))
            {
                body = Expression.Call(typeof(ObjectAccess).GetMethod(nameof(Normalize))!, body);
            }

            return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
        }

        /// <summary>
        /// Returns whether values of a declared type may change in <see cref="Normalize"/>: value types other than the common ones
        /// (enums, short, char, JSON elements…), and types that can hold those boxed or hold JSON values (object, interfaces, JsonNode…).
        /// </summary>
        private static bool NeedsNormalize(Type type) =>
            type.IsValueType
                ? !IsNormalType(type)
                : type == typeof(object) || type.IsInterface || type == typeof(ValueType) || type == typeof(Enum)
                    || typeof(JsonNode).IsAssignableFrom(type) || type == typeof(JsonDocument);
    }
}
