using System.Reflection;
using System.Text;

namespace GovReports.Testing;

/// <summary>Describes an assembly's public surface as sorted text, so every API change shows up as a snapshot diff.</summary>
public static class PublicApi
{
    /// <summary>One line per exported type, then its public members, indented.</summary>
    public static string Describe(Assembly assembly)
    {
        var types = assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var type in types)
        {
            text.Append(Kind(type)).Append(' ').Append(type.Namespace).Append('.').Append(Name(type)).Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !m.Name.StartsWith('<') && m is not Type)
                .Select(Describe)
                .Where(d => d.Length > 0)
                .OrderBy(d => d, StringComparer.Ordinal);
            foreach (var member in members) text.Append("  ").Append(member).Append('\n');
        }
        return text.ToString();
    }

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsInterface: true } => "interface",
        { IsSealed: true } => "sealed class",
        { IsAbstract: true } => "abstract class",
        _ => "class",
    };

    private static string Describe(MemberInfo member) => member switch
    {
        FieldInfo { IsSpecialName: true } => "",
        FieldInfo { IsLiteral: true, DeclaringType.IsEnum: true } f => f.Name,
        FieldInfo f => $"field {Name(f.FieldType)} {f.Name}",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod is not null ? "get; " : "")}{(p.SetMethod is { IsPublic: true } ? "init; " : "")}}}",
        MethodInfo m when m.DeclaringType!.IsEnum => "",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        ConstructorInfo c => $"ctor({Parameters(c)})",
        _ => "",
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            $"{(p.IsOut ? "out " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type)
    {
        if (type.IsByRef) return Name(type.GetElementType()!);
        if (Nullable.GetUnderlyingType(type) is { } inner) return Name(inner) + "?";
        if (!type.IsGenericType) return type.Name;
        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
