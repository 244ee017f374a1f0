using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GovReports.Model.Json;

internal sealed record MemberShape(string JsonName, Type Type, bool Required, bool Nullable, PropertyInfo Property, ParameterInfo? Parameter);

/// <summary>How a model type maps to JSON: its writable members (init properties or primary-constructor parameters) in camelCase.</summary>
internal sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

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
    }

    public Type Type { get; }

    public ConstructorInfo? Constructor { get; }

    public object? DefaultInstance { get; }

    public IReadOnlyList<MemberShape> Members { get; }

    public static TypeShape Of(Type type) => Cache.GetOrAdd(type, t => new TypeShape(t));

    public MemberShape? Find(string jsonName) => Members.FirstOrDefault(m => m.JsonName == jsonName);

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
