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
    private readonly Signature _signature;
    private Func<object?, object?[], object?>? _invoker;

    // Functions are often created per render (a host's per-report helpers), so a compiled call is shared by every function over the same method.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(MethodInfo, bool), Func<object?, object?[], object?>> Invokers = new();

    public DelegateFunction(string name, MethodInfo method, object? target)
        : base(name)
    {
        _method = method;
        _target = target;
        _signature = Signatures.GetOrAdd(method, static m => new Signature(m));
    }

    // Read once per method: hosts create functions per render, and reflecting over parameters costs more than a call.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MethodInfo, Signature> Signatures = new();

    /// <summary>What the calls of one method need to know about its parameters; never changed once built.</summary>
    private sealed class Signature
    {
        public Signature(MethodInfo method)
        {
            Parameters = method.GetParameters();
            Kinds = new ParameterKind[Parameters.Length];
            Defaults = new object?[Parameters.Length];
            HasDefault = new bool[Parameters.Length];
            PassThrough = new Type?[Parameters.Length];
            Types = new Type[Parameters.Length];
            for (var i = 0; i < Parameters.Length; i++)
            {
                var p = Parameters[i];
                Types[i] = p.ParameterType;
                Kinds[i] = p.ParameterType == typeof(TemplateContext) ? ParameterKind.Context
                    : p.ParameterType == typeof(SourceSpan) ? ParameterKind.Span
                    : p.ParameterType == typeof(ScriptNode) ? ParameterKind.Node
                    : p.IsDefined(typeof(ParamArrayAttribute)) ? ParameterKind.Params
                    : ParameterKind.Value;
                if (Kinds[i] == ParameterKind.Value && ObjectAccess.IsNormalType(p.ParameterType))
                {
                    PassThrough[i] = p.ParameterType;
                }

                if (p.HasDefaultValue)
                {
                    HasDefault[i] = true;
                    Defaults[i] = p.DefaultValue is DBNull or Missing ? null : p.DefaultValue;
                }

                if (Kinds[i] is ParameterKind.Context or ParameterKind.Span or ParameterKind.Node)
                {
                    continue;
                }

                if (Kinds[i] == ParameterKind.Params)
                {
                    HasParams = true;
                    continue;
                }

                Max++;
                if (!p.HasDefaultValue)
                {
                    Required++;
                }
            }
        }

        public ParameterInfo[] Parameters { get; }

        public ParameterKind[] Kinds { get; }

        public object?[] Defaults { get; }

        public bool[] HasDefault { get; }

        /// <summary>Gets the parameter types (reading <see cref="ParameterInfo.ParameterType"/> costs a call each time).</summary>
        public Type[] Types { get; }

        /// <summary>Gets, per parameter, the type whose values <see cref="Convert"/> would return unchanged (string, int, …), or null.</summary>
        public Type?[] PassThrough { get; }

        public int Required { get; }

        public int Max { get; }

        public bool HasParams { get; }
    }

    /// <summary>How each parameter is filled, worked out once so that calls do no reflection.</summary>
    private enum ParameterKind
    {
        Value,
        Context,
        Span,
        Node,
        Params,
    }

    public override object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments)
    {
        var signature = _signature;
        var namedCount = namedArguments?.Count ?? 0;
        if (!signature.HasParams && arguments.Count > signature.Max)
        {
            throw ArgumentCountError(callSite, arguments.Count, signature.Max, Name);
        }

        var values = context.RentArgumentArray(signature.Parameters.Length);
        var position = 0;
        for (var i = 0; i < signature.Parameters.Length; i++)
        {
            var type = signature.Types[i];
            switch (signature.Kinds[i])
            {
                case ParameterKind.Context:
                    values[i] = context;
                    continue;
                case ParameterKind.Span:
                    values[i] = callSite.BoxedSpan;
                    continue;
                case ParameterKind.Node:
                    values[i] = callSite;
                    continue;
                case ParameterKind.Params:
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
                var argument = arguments[position++];
                values[i] = PassesThrough(argument, signature.PassThrough[i]) ? argument : Convert(context, argument, type, callSite);
                continue;
            }

            if (TryGetNamed(namedArguments, signature.Parameters[i].Name!, out var namedValue))
            {
                values[i] = Convert(context, namedValue, type, callSite);
                continue;
            }

            if (signature.HasDefault[i])
            {
                values[i] = signature.Defaults[i];
                continue;
            }

            throw ArgumentCountError(callSite, arguments.Count + namedCount, signature.Required, Name);
        }

        var invoker = _invoker ??= Invokers.GetOrAdd((_method, _method.IsStatic || _target is null), static key => CompileInvoker(key.Item1, key.Item2));
        try
        {
            var result = invoker(_target, values);
            context.ReturnArgumentArray(values);
            return ObjectAccess.Normalize(result);
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException and not OperationCanceledException)
        {
            throw new ScriptRuntimeException(callSite.Span, ex.Message, ex);
        }
    }

    // Strings are the common case: an `is` test is cheaper than reading the argument's Type.
    private static bool PassesThrough(object? argument, Type? passThrough) =>
        passThrough is not null && (passThrough == typeof(string) ? argument is string : argument is not null && argument.GetType() == passThrough);

    /// <summary>Compiles a direct call so that each invocation avoids reflection; the target is passed in, so one compiled call serves every instance.</summary>
    private static Func<object?, object?[], object?> CompileInvoker(MethodInfo method, bool withoutInstance)
    {
        var target = System.Linq.Expressions.Expression.Parameter(typeof(object), "target");
        var args = System.Linq.Expressions.Expression.Parameter(typeof(object?[]), "args");
        var methodParameters = method.GetParameters();
        var parameters = new System.Linq.Expressions.Expression[methodParameters.Length];
        for (var i = 0; i < methodParameters.Length; i++)
        {
            var element = System.Linq.Expressions.Expression.ArrayIndex(args, System.Linq.Expressions.Expression.Constant(i));
            parameters[i] = System.Linq.Expressions.Expression.Convert(element, methodParameters[i].ParameterType);
        }

        var instance = withoutInstance ? null : System.Linq.Expressions.Expression.Convert(target, method.DeclaringType!);
        System.Linq.Expressions.Expression call = System.Linq.Expressions.Expression.Call(instance, method, parameters);
        call = method.ReturnType == typeof(void)
            ? System.Linq.Expressions.Expression.Block(call, System.Linq.Expressions.Expression.Constant(null, typeof(object)))
            : System.Linq.Expressions.Expression.Convert(call, typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<object?, object?[], object?>>(call, target, args).Compile();
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
