using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GovReports.Model.Json;

internal sealed record MemberShape(string JsonName, Type Type, bool Required, bool Nullable, PropertyInfo Property, ParameterInfo? Parameter)
{
    /// <summary>How the loader reads this member's value.</summary>
    public ValueShape Value { get; } = ValueShape.Of(Type);
}

/// <summary>How a model type maps to JSON: its writable members (init properties or primary-constructor parameters) in camelCase.</summary>
internal sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    private TypeShape(Type type)
    {
        Type = type;
        var parameterless = type.GetConstructor(Type.EmptyTypes);
        var members = new List<MemberShape>();
        if (parameterless is null)
        {
            Constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var p in Constructor.GetParameters())
            {
                var prop = type.GetProperty(p.Name!)!;
                var nullable = IsNullable(p.ParameterType, () => NullabilityOf(p));
                members.Add(new MemberShape(Camel(p.Name!), p.ParameterType, !p.HasDefaultValue && !nullable, nullable, prop, p));
            }
        }
        else
        {
            foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (prop.SetMethod is not { IsPublic: true } || prop.GetIndexParameters().Length > 0) continue;
                var nullable = IsNullable(prop.PropertyType, () => NullabilityOf(prop));
                members.Add(new MemberShape(Camel(prop.Name), prop.PropertyType, prop.IsDefined(typeof(RequiredMemberAttribute)), nullable, prop, null));
            }
            DefaultInstance = Activator.CreateInstance(type);
        }
        Members = members;
        JsonNames = members.Select(m => m.JsonName).ToList();
        for (var i = 0; i < members.Count; i++) _indexes.TryAdd(members[i].JsonName, i);
        // Readers build thousands of objects: look the constructor, setters and defaults up once per type.
        Invoker = ConstructorInvoker.Create(Constructor ?? parameterless!);
        if (Constructor is not null) Defaults = members.Select(DefaultOf).ToArray();
        else Setters = members.Select(m => MethodInvoker.Create(m.Property.SetMethod!)).ToArray();
    }

    public Type Type { get; }

    public ConstructorInfo? Constructor { get; }

    public object? DefaultInstance { get; }

    public IReadOnlyList<MemberShape> Members { get; }

    /// <summary>The members' JSON names, in member order.</summary>
    public IReadOnlyList<string> JsonNames { get; }

    /// <summary>Calls <see cref="Constructor"/>, or the parameterless constructor when there is none.</summary>
    public ConstructorInvoker Invoker { get; }

    /// <summary>The value of each constructor parameter when the JSON leaves it out; empty for types with a parameterless constructor.</summary>
    public object?[] Defaults { get; } = [];

    /// <summary>The setter of each member, for types with a parameterless constructor; empty otherwise.</summary>
    public MethodInvoker[] Setters { get; } = [];

    public static TypeShape Of(Type type) => Cache.GetOrAdd(type, t => new TypeShape(t));

    /// <summary>The index in <see cref="Members"/> of the member with this JSON name, or -1.</summary>
    public int IndexOf(string jsonName) => _indexes.TryGetValue(jsonName, out var i) ? i : -1;

    /// <summary>The value a member has when the JSON leaves it out.</summary>
    public object? DefaultOf(MemberShape member)
    {
        if (member.Parameter is { } p)
            return p.HasDefaultValue && p.DefaultValue is not DBNull ? p.DefaultValue : null;
        return member.Property.GetValue(DefaultInstance);
    }

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static bool IsNullable(Type type, Func<NullabilityInfo> info) =>
        type.IsValueType ? System.Nullable.GetUnderlyingType(type) is not null : info().WriteState == NullabilityState.Nullable;

    private static NullabilityInfo NullabilityOf(ParameterInfo p)
    {
        lock (Nullability) return Nullability.Create(p);
    }

    private static NullabilityInfo NullabilityOf(PropertyInfo p)
    {
        lock (Nullability) return Nullability.Create(p);
    }
}

/// <summary>What kind of JSON value a model type is read from.</summary>
internal enum ValueKind
{
    String,
    Int,
    Long,
    Decimal,
    Bool,
    Enum,
    Money,
    Amount,
    DocumentType,
    Date,
    DocumentNumber,
    Indicator,
    Authority,
    Distribution,
    List,
    Dictionary,
    Object,
}

/// <summary>How the loader reads one model type, worked out once per type instead of once per value.</summary>
internal sealed class ValueShape
{
    private static readonly ConcurrentDictionary<Type, ValueShape> Cache = new();

    private readonly Lazy<TypeShape>? _object;

    private ValueShape(Type type)
    {
        Type = type;
        IsNullableValue = Nullable.GetUnderlyingType(type) is not null;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        Kind = KindOf(t);
        if (Kind == ValueKind.Enum)
        {
            EnumNames = Enum.GetNames(t).Select(TypeShape.Camel).ToList();
            EnumValues = Enum.GetValues(t).Cast<object>().ToArray();
        }
        if (Kind == ValueKind.List) Element = Of(t.GetGenericArguments()[0]);
        // Resolved on first use: model types refer to each other.
        if (Kind is ValueKind.Object or ValueKind.Amount or ValueKind.Date or ValueKind.DocumentNumber or ValueKind.Authority or ValueKind.Distribution)
            _object = new Lazy<TypeShape>(() => TypeShape.Of(t));
    }

    /// <summary>The declared type.</summary>
    public Type Type { get; }

    /// <summary>Whether the declared type is <see cref="Nullable{T}"/>.</summary>
    public bool IsNullableValue { get; }

    public ValueKind Kind { get; }

    /// <summary>The camelCase names of an enum's values, in declaration order.</summary>
    public IReadOnlyList<string> EnumNames { get; } = [];

    /// <summary>An enum's values, boxed once, in the order of <see cref="EnumNames"/>.</summary>
    public object[] EnumValues { get; } = [];

    /// <summary>The element of a list.</summary>
    public ValueShape? Element { get; }

    /// <summary>The members of a type read from a JSON object.</summary>
    public TypeShape Object => _object!.Value;

    public static ValueShape Of(Type type) => Cache.GetOrAdd(type, t => new ValueShape(t));

    private static ValueKind KindOf(Type t)
    {
        if (t == typeof(string)) return ValueKind.String;
        if (t == typeof(int)) return ValueKind.Int;
        if (t == typeof(long)) return ValueKind.Long;
        if (t == typeof(decimal)) return ValueKind.Decimal;
        if (t == typeof(bool)) return ValueKind.Bool;
        if (t.IsEnum) return ValueKind.Enum;
        if (t == typeof(Money)) return ValueKind.Money;
        if (t == typeof(Amount)) return ValueKind.Amount;
        if (t == typeof(DocumentType)) return ValueKind.DocumentType;
        if (t == typeof(DocumentDate)) return ValueKind.Date;
        if (t == typeof(DocumentNumber)) return ValueKind.DocumentNumber;
        if (t == typeof(DeprivationIndicator)) return ValueKind.Indicator;
        if (t == typeof(AuthorityLine)) return ValueKind.Authority;
        if (t == typeof(DistributionItem)) return ValueKind.Distribution;
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return ValueKind.List;
        if (t == typeof(IReadOnlyDictionary<string, string>)) return ValueKind.Dictionary;
        return ValueKind.Object;
    }
}
