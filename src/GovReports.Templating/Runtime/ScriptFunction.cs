using GovReports.Templating.Parsing;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Runtime;

/// <summary>A callable template value: a builtin, a registered delegate, or a function declared in a template.</summary>
internal abstract class ScriptFunction
{
    protected ScriptFunction(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public abstract object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments);

    public static ScriptRuntimeException ArgumentCountError(ScriptNode callSite, int given, int expected, string name) =>
        new(At(callSite.Span.End, callSite.Span.FileName),
            "Invalid number of arguments `" + given.ToString(System.Globalization.CultureInfo.InvariantCulture) + "` passed to `" + name + "` while expecting `" + expected.ToString(System.Globalization.CultureInfo.InvariantCulture) + "` arguments");

    private static SourceSpan At(TextPosition position, string file) => new(file, position, position);
}

/// <summary>Parameters of a function declared with <c>func name(a, b = 1, c...)</c>.</summary>
internal sealed class ScriptParameter
{
    public ScriptParameter(string name, ScriptExpression? defaultValue, bool isVariadic, SourceSpan span)
    {
        Name = name;
        DefaultValue = defaultValue;
        IsVariadic = isVariadic;
        Span = span;
    }

    public string Name { get; }

    public ScriptExpression? DefaultValue { get; }

    public bool IsVariadic { get; }

    public SourceSpan Span { get; }
}

/// <summary>A function declared in a template (<c>func</c>, inline <c>f(x) = …</c>, or anonymous <c>do … end</c>).</summary>
internal sealed class UserFunction : ScriptFunction
{
    public UserFunction(string name, IReadOnlyList<ScriptParameter>? parameters, ScriptBlock? body, ScriptExpression? inlineBody)
        : base(name)
    {
        Parameters = parameters;
        Body = body;
        InlineBody = inlineBody;
        foreach (var p in parameters ?? [])
        {
            if (p.IsVariadic)
            {
                _hasVariadic = true;
            }
            else if (p.DefaultValue is null)
            {
                _requiredCount++;
            }
        }
    }

    private readonly int _requiredCount;
    private readonly bool _hasVariadic;

    public IReadOnlyList<ScriptParameter>? Parameters { get; }

    public ScriptBlock? Body { get; }

    public ScriptExpression? InlineBody { get; }

    /// <summary>Gets or sets a value indicating whether the body runs in the caller's frame (the body of a <c>wrap</c> statement).</summary>
    public bool SharesCallerFrame { get; init; }

    public override object? Invoke(TemplateContext context, ScriptNode callSite, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments)
    {
        if (SharesCallerFrame)
        {
            return InvokeInCallerFrame(context, callSite);
        }

        var frame = context.RentFrame(context.Frame);
        if (namedArguments is not null && Parameters is null)
        {
            var args = new ScriptArray(arguments) { Members = new ScriptObject() };
            foreach (var pair in namedArguments)
            {
                args.Members[pair.Key] = pair.Value;
            }

            frame.Arguments = args;
        }
        else
        {
            frame.SetCallArguments(arguments);
        }

        frame.WrapBody = context.PendingWrapBody;
        context.PendingWrapBody = null;
        context.EnterCall(callSite, this);
        if (Parameters is not null)
        {
            try
            {
                BindParameters(context, callSite, frame, arguments, namedArguments);
            }
            catch
            {
                context.CallDepth--;
                throw;
            }
        }

        var savedFrame = context.Frame;
        context.Frame = frame;

        // A parametric function opens its own global scope holding the parameters; plain assignments stay in it.
        var scope = frame.Parameters;
        frame.Parameters = null;
        if (scope is not null)
        {
            context.PushScopeInternal(scope);
        }

        try
        {
            if (InlineBody is not null)
            {
                return InlineBody.Evaluate(context);
            }

            Body!.Execute(context);
            var result = TakeReturnValue(context);

            // A break or continue cannot leave a function body.
            context.Flow = FlowState.None;
            return result;
        }
        finally
        {
            if (scope is not null)
            {
                context.PopScopeInternal();
                context.ReturnScope(scope);
            }

            context.Frame = savedFrame;
            context.CallDepth--;
            context.ReturnFrame(frame);
        }
    }

    private object? InvokeInCallerFrame(TemplateContext context, ScriptNode callSite)
    {
        context.EnterCall(callSite, this);
        try
        {
            // Sharing the caller's frame, the body leaves a break or continue set for the caller; only a return is settled.
            Body!.Execute(context);
            return TakeReturnValue(context);
        }
        finally
        {
            context.CallDepth--;
        }
    }

    /// <summary>Takes the value of a <c>ret</c> that ended the body and clears the return state; null when the body did not return.</summary>
    private static object? TakeReturnValue(TemplateContext context)
    {
        if (context.Flow != FlowState.Return)
        {
            return null;
        }

        var result = context.ReturnValue;
        context.ReturnValue = null;
        context.Flow = FlowState.None;
        return result;
    }

    private void BindParameters(TemplateContext context, ScriptNode callSite, LocalFrame frame, List<object?> arguments, List<KeyValuePair<string, object?>>? namedArguments)
    {
        var parameters = Parameters!;
        var values = context.RentScope(parameters.Count);
        var required = _requiredCount;
        var maxPositional = _hasVariadic ? int.MaxValue : parameters.Count;
        if (arguments.Count > maxPositional)
        {
            throw ArgumentCountError(callSite, arguments.Count, parameters.Count, Name);
        }

        var position = 0;
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            if (p.IsVariadic)
            {
                var rest = new ScriptArray();
                while (position < arguments.Count)
                {
                    rest.Add(arguments[position++]);
                }

                values[p.Name] = rest;
                continue;
            }

            if (position < arguments.Count)
            {
                values[p.Name] = arguments[position++];
                continue;
            }

            var named = false;
            if (namedArguments is not null)
            {
                foreach (var pair in namedArguments)
                {
                    if (pair.Key == p.Name)
                    {
                        values[p.Name] = pair.Value;
                        named = true;
                        break;
                    }
                }
            }

            if (named)
            {
                continue;
            }

            if (p.DefaultValue is null)
            {
                throw ArgumentCountError(callSite, arguments.Count + (namedArguments?.Count ?? 0), required, Name);
            }

            values[p.Name] = p.DefaultValue.Evaluate(context);
        }

        frame.Parameters = values;
    }
}

/// <summary>Per-call storage: <c>$locals</c>, the argument array <c>$</c>, parameters and the <c>wrap</c> body.</summary>
internal sealed class LocalFrame
{
    public LocalFrame(LocalFrame? parent)
    {
        Parent = parent;
    }

    public LocalFrame? Parent { get; set; }

    public Dictionary<string, object?>? Locals { get; set; }

    private IReadOnlyList<object?>? _callArguments;
    private ScriptArray? _arguments;

    /// <summary>Gets or sets the argument array <c>$</c>; for a call it is copied from the call's arguments only when the body first reads it.</summary>
    public ScriptArray? Arguments
    {
        get => _arguments ??= _callArguments is null ? null : new ScriptArray(_callArguments);
        set
        {
            _arguments = value;
            _callArguments = null;
        }
    }

    /// <summary>Reads <c>$N</c> without copying the call's arguments.</summary>
    public object? GetArgument(int index)
    {
        IReadOnlyList<object?>? arguments = _arguments ?? _callArguments;
        return arguments is not null && index < arguments.Count ? arguments[index] : null;
    }

    /// <summary>Keeps the call's argument list, which stays unchanged while the call runs (the frame does not outlive it), for <see cref="Arguments"/>.</summary>
    public void SetCallArguments(IReadOnlyList<object?> arguments)
    {
        _arguments = null;
        _callArguments = arguments;
    }

    public ScriptObject? Parameters { get; set; }

    public ScriptFunction? WrapBody { get; set; }

    public int LoopDepth { get; set; }

    /// <summary>Forgets the call this frame served, keeping the (emptied) locals table for the next call.</summary>
    public void Clear()
    {
        Parent = null;
        Locals?.Clear();
        _callArguments = null;
        _arguments = null;
        Parameters = null;
        WrapBody = null;
        LoopDepth = 0;
    }
}

internal enum FlowState
{
    None,
    Break,
    Continue,
    Return,
}

/// <summary>The state behind <c>for.index</c>, <c>while.first</c> and friends.</summary>
internal sealed class LoopState
{
    public LoopState(string kind)
    {
        Kind = kind;
    }

    public string Kind { get; }

    public int Index { get; set; }

    public int Length { get; set; }

    public bool Changed { get; set; }

    public int Columns { get; set; }

    public bool TryGetMember(string name, out object? value)
    {
        switch (name)
        {
            case "index":
                value = ScriptValue.Box(Index);
                return true;
            case "rindex":
                value = ScriptValue.Box(Length - Index - 1);
                return true;
            case "first":
                value = ScriptValue.Box(Index == 0);
                return true;
            case "last":
                value = ScriptValue.Box(Index == Length - 1);
                return true;
            case "even":
                value = ScriptValue.Box(Index % 2 == 0);
                return true;
            case "odd":
                value = ScriptValue.Box(Index % 2 == 1);
                return true;
            case "changed":
                value = ScriptValue.Box(Changed);
                return true;
            case "length":
                value = ScriptValue.Box(Length);
                return true;
            case "col":
                value = ScriptValue.Box(Columns > 0 ? (Index % Columns) + 1 : Index + 1);
                return true;
            case "col_first":
                value = ScriptValue.Box(Columns > 0 && Index % Columns == 0);
                return true;
            case "col_last":
                value = ScriptValue.Box(Columns > 0 && (Index % Columns == Columns - 1 || Index == Length - 1));
                return true;
            default:
                value = null;
                return false;
        }
    }
}
