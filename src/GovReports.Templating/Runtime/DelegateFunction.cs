using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using GovReports.Templating.Parsing;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Runtime;

/// <summary>Overrides the template name of a builtin method.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ScriptNameAttribute : Attribute
{
    public ScriptNameAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}

/// <summary>A .NET method exposed as a template function, with argument conversion from template values.</summary>
internal sealed class DelegateFunction : ScriptFunction
{
    private readonly MethodInfo _method;
    private readonly object? _target;
    private readonly ParameterInfo[] _parameters;
    private readonly int _required;
    private readonly int _max;
    private readonly bool _hasParams;
    private Func<object?[], object?>? _invoker;

    public DelegateFunction(string name, MethodInfo method, object? target)
        : base(name)
    {
        _method = method;
        _target = target;
        _parameters = method.GetParameters();
        foreach (var p in _parameters)
        {
            if (IsInjected(p.ParameterType))
            {
                continue;
            }

            if (p.IsDefined(typeof(ParamArrayAttribute)))
            {
                _hasParams = true;
                continue;
            }

            _max++;
            if (!p.HasDefaultValue)
            {
                _required++;
            }
        }
    }

    private static bool IsInjected(Type type) => type == typeof(TemplateContext) || type == typeof(SourceSpan) || type == typeof(ScriptNode);

    public override object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments)
    {
        var namedCount = namedArguments?.Count ?? 0;
        if (!_hasParams && arguments.Count > _max)
        {
            throw ArgumentCountError(callSite, arguments.Count, _max, Name);
        }

        var values = new object?[_parameters.Length];
        var position = 0;
        for (var i = 0; i < _parameters.Length; i++)
        {
            var p = _parameters[i];
            var type = p.ParameterType;
            if (type == typeof(TemplateContext))
            {
                values[i] = context;
                continue;
            }

            if (type == typeof(SourceSpan))
            {
                values[i] = callSite.Span;
                continue;
            }

            if (type == typeof(ScriptNode))
            {
                values[i] = callSite;
                continue;
            }

            if (p.IsDefined(typeof(ParamArrayAttribute)))
            {
                var elementType = type.GetElementType()!;
                if (arguments.Count - position == 1 && elementType != typeof(object) && ObjectAccess.IsList(arguments[position]))
                {
                    // A single list passed to a typed `params` array fills it, as C# does with an array argument.
                    values[i] = Convert(context, arguments[position++], type, callSite);
                    continue;
                }

                var rest = Array.CreateInstance(elementType, Math.Max(0, arguments.Count - position));
                for (var k = 0; position < arguments.Count; k++)
                {
                    rest.SetValue(Convert(context, arguments[position++], elementType, callSite), k);
                }

                values[i] = rest;
                continue;
            }

            if (position < arguments.Count)
            {
                values[i] = Convert(context, arguments[position++], type, callSite);
                continue;
            }

            if (TryGetNamed(namedArguments, p.Name!, out var namedValue))
            {
                values[i] = Convert(context, namedValue, type, callSite);
                continue;
            }

            if (p.HasDefaultValue)
            {
                values[i] = p.DefaultValue is DBNull or Missing ? null : p.DefaultValue;
                continue;
            }

            throw ArgumentCountError(callSite, arguments.Count + namedCount, _required, Name);
        }

        var invoker = _invoker ??= CompileInvoker();
        try
        {
            return ObjectAccess.Normalize(invoker(values));
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException and not OperationCanceledException)
        {
            throw new ScriptRuntimeException(callSite.Span, ex.Message, ex);
        }
    }

    /// <summary>Compiles a direct call so that each invocation avoids reflection.</summary>
    private Func<object?[], object?> CompileInvoker()
    {
        var args = System.Linq.Expressions.Expression.Parameter(typeof(object?[]), "args");
        var parameters = new System.Linq.Expressions.Expression[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            var element = System.Linq.Expressions.Expression.ArrayIndex(args, System.Linq.Expressions.Expression.Constant(i));
            parameters[i] = System.Linq.Expressions.Expression.Convert(element, _parameters[i].ParameterType);
        }

        var instance = _method.IsStatic || _target is null ? null : System.Linq.Expressions.Expression.Constant(_target, _method.DeclaringType!);
        System.Linq.Expressions.Expression call = System.Linq.Expressions.Expression.Call(instance, _method, parameters);
        call = _method.ReturnType == typeof(void)
            ? System.Linq.Expressions.Expression.Block(call, System.Linq.Expressions.Expression.Constant(null, typeof(object)))
            : System.Linq.Expressions.Expression.Convert(call, typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<object?[], object?>>(call, args).Compile();
    }

    private static bool TryGetNamed(List<KeyValuePair<string, object?>>? named, string parameterName, out object? value)
    {
        if (named is not null)
        {
            var renamed = StandardMemberRenamer.Rename(parameterName);
            foreach (var pair in named)
            {
                if (pair.Key == parameterName || pair.Key == renamed)
                {
                    value = pair.Value;
                    return true;
                }
            }
        }

        value = null;
        return false;
    }

    private static string FriendlyName(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ when type == typeof(float) => "float",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(string) => "string",
        _ => type.Name,
    };

    public static object? Convert(TemplateContext context, object? value, Type type, ScriptNode callSite)
    {
        value = ObjectAccess.Normalize(value);
        if (type == typeof(object))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null)
        {
            return type.IsValueType && underlying is null ? Activator.CreateInstance(type) : null;
        }

        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = underlying ?? type;
        if (target == typeof(string))
        {
            return ScriptValue.ToText(value, context);
        }

        if (target == typeof(bool))
        {
            return ScriptValue.IsTrue(value);
        }

        if (ScriptValue.IsNumber(value) || value is string || value is bool)
        {
            try
            {
                if (value is string s)
                {
                    if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        throw new FormatException();
                    }

                    value = s.Contains('.', StringComparison.Ordinal) || s.Contains('e', StringComparison.OrdinalIgnoreCase)
                        ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)
                        : (object)BigInteger.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
                }

                if (value is bool b)
                {
                    value = b ? 1 : 0;
                }

                if (target == typeof(int))
                {
                    return value is BigInteger bi ? (int)bi : System.Convert.ToInt32(value, CultureInfo.InvariantCulture);
                }

                if (target == typeof(long))
                {
                    return value is BigInteger bi ? (long)bi : System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
                }

                if (target == typeof(double))
                {
                    return ScriptValue.ToDouble(value);
                }

                if (target == typeof(float))
                {
                    return (float)ScriptValue.ToDouble(value);
                }

                if (target == typeof(decimal))
                {
                    return ScriptValue.ToDecimal(value);
                }

                if (target == typeof(BigInteger))
                {
                    return ScriptValue.ToBig(value);
                }
            }
            catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
            {
                throw new ScriptRuntimeException(callSite.Span, "Unable to convert type `" + ScriptValue.TypeName(value) + "` to " + FriendlyName(target));
            }
        }

        if (target == typeof(IEnumerable) || target == typeof(IList) || target == typeof(IList<object?>) || target == typeof(IEnumerable<object?>) || target == typeof(ScriptArray))
        {
            if (ObjectAccess.IsList(value))
            {
                return value is ScriptArray ? value : ObjectAccess.ToArray(value);
            }
        }

        if (target.IsArray && ObjectAccess.IsList(value))
        {
            var elementType = target.GetElementType()!;
            var items = ObjectAccess.ToArray(value);
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(Convert(context, items[i], elementType, callSite), i);
            }

            return array;
        }

        if (target == typeof(DateTime) && value is string text)
        {
            return Functions.DateFunctions.Parse(context, text);
        }

        throw new ScriptRuntimeException(callSite.Span, "Unable to convert type `" + ScriptValue.TypeName(value) + "` to " + FriendlyName(target));
    }
}
