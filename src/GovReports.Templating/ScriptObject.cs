using System.Collections;
using GovReports.Templating.Runtime;

namespace GovReports.Templating;

/// <summary>A dictionary of names to values that templates read as variables and members (global scopes, namespaces such as <c>vn</c>).</summary>
public sealed class ScriptObject : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values;
    private HashSet<string>? _readOnly;

    /// <summary>Creates an empty object.</summary>
    public ScriptObject()
    {
        _values = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    internal ScriptObject(int capacity)
    {
        _values = new Dictionary<string, object?>(capacity, StringComparer.Ordinal);
    }

    /// <summary>Gets or sets a value indicating whether this object is a shared builtin module that templates must not modify.</summary>
    internal bool IsBuiltinModule { get; set; }

    /// <summary>
    /// Gets a value indicating whether a member was ever named like a builtin (<c>math</c>, <c>include</c>, …), so that it may hide the builtin;
    /// lookups of builtin names skip scopes that never held one.
    /// </summary>
    internal bool MayShadowBuiltin { get; private set; }

    /// <summary>Gets or sets a value indicating whether this object, used as a scope, was handed to a template (<c>this</c>) or a host, so it must not be reused.</summary>
    internal bool IsExposed { get; set; }

    /// <summary>Gets a number that changes whenever a member is stored or removed, so that a value read earlier can be known to be still current.</summary>
    internal long Version { get; private set; }

    /// <summary>Gets the number of members.</summary>
    public int Count => _values.Count;

    /// <summary>Gets the member names in insertion order.</summary>
    public ICollection<string> Keys => _values.Keys;

    /// <summary>Gets the member values in insertion order.</summary>
    public ICollection<object?> Values => _values.Values;

    /// <summary>Gets a value indicating whether the object is read-only (it never is; members may be).</summary>
    public bool IsReadOnly => false;

    /// <summary>Gets or sets a member; a missing member reads as <c>null</c>.</summary>
    /// <param name="key">The member name.</param>
    public object? this[string key]
    {
        get => _values.TryGetValue(key, out var value) ? value : null;
        set => SetValue(key, value, false);
    }

    /// <summary>Sets a member, optionally marking it read-only for templates.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value.</param>
    /// <param name="readOnly">Whether templates may not assign the member afterwards.</param>
    public void SetValue(string name, object? value, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(name);
        Store(name, value);
        SetReadOnly(name, readOnly);
    }

    /// <summary>Marks a member read-only or writable for templates.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="readOnly">Whether the member is read-only.</param>
    public void SetReadOnly(string name, bool readOnly)
    {
        if (readOnly)
        {
            (_readOnly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
        else
        {
            _readOnly?.Remove(name);
        }
    }

    /// <summary>Returns whether a member is read-only for templates.</summary>
    /// <param name="name">The member name.</param>
    public bool IsMemberReadOnly(string name) => _readOnly is not null && _readOnly.Contains(name);

    /// <summary>Copies the members of an object into this one: a <see cref="ScriptObject"/>, a dictionary, JSON, the public properties and fields of a .NET object, or — for a <see cref="Type"/> — its public static fields, properties and methods (methods become functions); .NET names are renamed to snake_case.</summary>
    /// <param name="obj">The object whose members are copied.</param>
    public void Import(object? obj) => ImportMembers(obj, StandardMemberRenamer.Default);

    internal void ImportMembers(object? obj, Func<System.Reflection.MemberInfo, string> renamer, bool respectReadOnly = false)
    {
        if (obj is Type type)
        {
            ImportType(type, renamer);
            return;
        }

        obj = ObjectAccess.Normalize(obj);
        if (obj is null)
        {
            return;
        }

        foreach (var pair in ObjectAccess.GetMembers(obj, renamer))
        {
            if (respectReadOnly && IsMemberReadOnly(pair.Key))
            {
                continue;
            }

            Store(pair.Key, pair.Value);
        }
    }

    private void ImportType(Type type, Func<System.Reflection.MemberInfo, string> renamer)
    {
        const System.Reflection.BindingFlags Flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static;
        foreach (var field in type.GetFields(Flags))
        {
            Store(renamer(field), ObjectAccess.Normalize(field.GetValue(null)));
        }

        foreach (var property in type.GetProperties(Flags))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                Store(renamer(property), ObjectAccess.Normalize(property.GetValue(null)));
            }
        }

        foreach (var method in type.GetMethods(Flags))
        {
            if (method.IsSpecialName || method.IsGenericMethodDefinition || method.DeclaringType == typeof(object))
            {
                continue;
            }

            var name = renamer(method);
            Store(name, new DelegateFunction(name, method, null));
        }
    }

    /// <summary>Registers a .NET delegate as a template function; its parameters are converted from template values.</summary>
    /// <param name="name">The function name used in templates.</param>
    /// <param name="function">The delegate to call.</param>
    public void Import(string name, Delegate function)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(function);
        Store(name, new DelegateFunction(name, function.Method, function.Target));
    }

    private void Store(string name, object? value)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_values, name, out var exists);
        slot = value;
        Version++;
        if (!exists)
        {
            NoteName(name);
        }
    }

    private void NoteName(string name)
    {
        if (!MayShadowBuiltin && Functions.BuiltinFunctions.IsBuiltinName(name))
        {
            MayShadowBuiltin = true;
        }
    }

    /// <summary>Returns whether a member exists.</summary>
    /// <param name="key">The member name.</param>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Gets a member if it exists.</summary>
    /// <param name="key">The member name.</param>
    /// <param name="value">The value when found.</param>
    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);

    /// <summary>Adds a member.</summary>
    /// <param name="key">The member name.</param>
    /// <param name="value">The value.</param>
    public void Add(string key, object? value)
    {
        _values.Add(key, value);
        Version++;
        NoteName(key);
    }

    /// <summary>Removes a member.</summary>
    /// <param name="key">The member name.</param>
    public bool Remove(string key)
    {
        _readOnly?.Remove(key);
        Version++;
        return _values.Remove(key);
    }

    /// <summary>Removes all members.</summary>
    public void Clear()
    {
        _values.Clear();
        _readOnly?.Clear();
        Version++;
    }

    /// <summary>Adds a member from a pair.</summary>
    /// <param name="item">The pair.</param>
    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    /// <summary>Returns whether the pair is present.</summary>
    /// <param name="item">The pair.</param>
    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_values).Contains(item);

    /// <summary>Copies the members into an array.</summary>
    /// <param name="array">The destination.</param>
    /// <param name="arrayIndex">The first index to write.</param>
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_values).CopyTo(array, arrayIndex);

    /// <summary>Removes a pair.</summary>
    /// <param name="item">The pair.</param>
    public bool Remove(KeyValuePair<string, object?> item)
    {
        Version++;
        return ((ICollection<KeyValuePair<string, object?>>)_values).Remove(item);
    }

    /// <summary>Enumerates the members in insertion order.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();

    /// <summary>Formats the object as a template prints it: <c>{a: 1, b: "x"}</c>.</summary>
    public override string ToString() => ScriptValue.ToText(this);
}
