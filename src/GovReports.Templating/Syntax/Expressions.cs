using System.Globalization;
using System.Text;
using GovReports.Templating.Functions;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Syntax;

internal sealed class ScriptLiteral : ScriptExpression
{
    public ScriptLiteral(object? value)
    {
        Value = value;
    }

    public object? Value { get; }

    public override object? Evaluate(TemplateContext context) => Value;

    public override string ToDisplay() => Value switch
    {
        null => "null",
        string s => Quote(s),
        _ => ScriptValue.ToText(Value),
    };

    private static string Quote(string s)
    {
        var sb = new StringBuilder();
        ScriptValue.AppendQuoted(sb, s);
        return sb.ToString();
    }
}

internal sealed class ScriptInterpolatedString : ScriptExpression
{
    public List<object> Parts { get; } = new();

    public override object? Evaluate(TemplateContext context)
    {
        var sb = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part is string s)
            {
                sb.Append(s);
            }
            else
            {
                sb.Append(ScriptValue.ToText(((ScriptExpression)part).Evaluate(context), context));
            }
        }

        return sb.ToString();
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        foreach (var part in Parts)
        {
            if (part is ScriptNode node)
            {
                visit(node);
            }
        }
    }
}

internal sealed class ScriptVariable : ScriptExpression
{
    // The shared builtin object never changes, so a builtin's value is read once; scopes may still hide it.
    private readonly object? _builtin;

    public ScriptVariable(string name)
    {
        Name = name;
        _builtin = BuiltinFunctions.IsBuiltinName(name) ? BuiltinFunctions.Shared[name] : null;
    }

    public string Name { get; }

    public override object? Evaluate(TemplateContext context) => InvokeIfFunction(context, this, EvaluateNoInvoke(context));

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        if (_builtin is not null)
        {
            return context.TryGetBuiltinShadow(Name, out var shadow) ? shadow : _builtin;
        }

        if (context.TryGetLoopVariable(Name, out var value) || context.TryGetGlobal(Name, out value))
        {
            return value;
        }

        switch (Name)
        {
            case "this":
                return context.CurrentGlobal;
            case "empty":
                return EmptyValue.Instance;
        }

        if (context.StrictVariables)
        {
            throw new ScriptRuntimeException(Span, "The variable or function `" + Name + "` was not found");
        }

        return null;
    }

    public override bool IsAssignable => true;

    public override void Assign(TemplateContext context, object? value) => context.SetGlobal(this, Name, value);

    public override string ToDisplay() => Name;
}

internal enum LocalKind
{
    Named,
    Arguments,
    ArgumentIndex,
    WrapBody,
}

internal sealed class ScriptLocalVariable : ScriptExpression
{
    public ScriptLocalVariable(string name)
    {
        Name = name;
        if (name.Length == 0)
        {
            Kind = LocalKind.Arguments;
        }
        else if (name == "$")
        {
            Kind = LocalKind.WrapBody;
        }
        else if (char.IsDigit(name[0]) && int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            Kind = LocalKind.ArgumentIndex;
            Index = index;
        }
    }

    /// <summary>Gets the name without the <c>$</c> prefix.</summary>
    public string Name { get; }

    public LocalKind Kind { get; }

    public int Index { get; }

    public override object? Evaluate(TemplateContext context) => InvokeIfFunction(context, this, EvaluateNoInvoke(context));

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        var frame = context.Frame;
        switch (Kind)
        {
            case LocalKind.Arguments:
                return frame.Arguments ?? new ScriptArray();
            case LocalKind.ArgumentIndex:
                return frame.GetArgument(Index);
            case LocalKind.WrapBody:
                for (var f = frame; f is not null; f = f.Parent)
                {
                    if (f.WrapBody is not null)
                    {
                        return f.WrapBody;
                    }
                }

                return null;
            default:
                if (frame.Locals is not null && frame.Locals.TryGetValue(Name, out var value))
                {
                    return value;
                }

                // A local function stays callable from its own body and nested calls (recursion through `$f`).
                for (var parent = frame.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent.Locals is not null && parent.Locals.TryGetValue(Name, out var outer) && outer is ScriptFunction)
                    {
                        return outer;
                    }
                }

                return null;
        }
    }

    public override bool IsAssignable => Kind == LocalKind.Named;

    public override void Assign(TemplateContext context, object? value)
    {
        if (Kind != LocalKind.Named)
        {
            base.Assign(context, value);
            return;
        }

        (context.Frame.Locals ??= new Dictionary<string, object?>(StringComparer.Ordinal))[Name] = value;
    }

    public override string ToDisplay() => "$" + Name;
}

internal sealed class ScriptLoopVariable : ScriptExpression
{
    public ScriptLoopVariable(string kind)
    {
        Kind = kind;
    }

    public string Kind { get; }

    public override object? Evaluate(TemplateContext context) => context.FindLoop(Kind);

    public override string ToDisplay() => Kind;
}

internal sealed class ScriptMember : ScriptExpression
{
    public ScriptMember(ScriptExpression target, string name, bool nullConditional)
    {
        Target = target;
        Name = name;
        NullConditional = nullConditional;
    }

    public ScriptExpression Target { get; }

    public string Name { get; }

    public bool NullConditional { get; }

    public SourceSpan NameSpan { get; set; }

    public override object? Evaluate(TemplateContext context) => InvokeIfFunction(context, this, EvaluateNoInvoke(context));

    public override object? EvaluateNoInvoke(TemplateContext context)
    {
        try
        {
            return EvaluateMember(context);
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException and not OperationCanceledException)
        {
            throw new ScriptRuntimeException(Span, "Cannot read `" + ToDisplay() + "`: " + ex.Message, ex);
        }
    }

    private object? EvaluateMember(TemplateContext context)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            if (NullConditional)
            {
                return null;
            }

            throw new ScriptRuntimeException(NameSpan, "Cannot get the member " + ToDisplay() + " for a null object.");
        }

        if (target is ScriptObject so)
        {
            if (_moduleMember is { } known && ReferenceEquals(known.Module, so) && known.Version == so.Version)
            {
                return known.Value;
            }

            if (so.TryGetValue(Name, out var member))
            {
                if (so.IsBuiltinModule)
                {
                    _moduleMember = new ModuleMemberCache(so, so.Version, member);
                }

                return member;
            }

            if (so.IsBuiltinModule && Name == "format" && ReferenceEquals(target, context.BuiltinObject["date"]))
            {
                return context.DateFormat;
            }
        }

        var cache = _cache;
        var type = target.GetType();
        if (cache is not null && cache.Type == type && ReferenceEquals(cache.Renamer, context.MemberRenamer))
        {
            return cache.Getter is null ? null : cache.Getter(target);
        }

        if (ObjectAccess.UsesReflection(target))
        {
            // Plain .NET objects: remember the getter for this call site; the cache is replaced atomically, so sharing the node across threads is safe.
            var getter = ObjectAccess.FindGetter(type, Name, context.MemberRenamer);
            _cache = new MemberCache(type, context.MemberRenamer, getter);
            return getter is null ? null : getter(target);
        }

        return ObjectAccess.TryGetMember(target, Name, context.MemberRenamer, out var value) ? value : null;
    }

    private MemberCache? _cache;

    // The member of a builtin module (math.format, string.upcase, …) last read here, valid while the module's version is unchanged;
    // replaced whole, so threads sharing the node see a consistent entry.
    private ModuleMemberCache? _moduleMember;

    private sealed record ModuleMemberCache(ScriptObject Module, long Version, object? Value);

    private sealed record MemberCache(Type Type, Func<System.Reflection.MemberInfo, string> Renamer, Func<object, object?>? Getter);

    public override bool IsAssignable => true;

    public override void Assign(TemplateContext context, object? value)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            throw new ScriptRuntimeException(NameSpan, "Cannot set the member " + ToDisplay() + " for a null object.");
        }

        if (target is ScriptObject { IsBuiltinModule: true } module)
        {
            if (Name == "format" && ReferenceEquals(module, context.BuiltinObject["date"]))
            {
                context.DateFormat = ScriptValue.ToText(value, context);
                return;
            }

            throw new ScriptRuntimeException(Span, "Cannot set the readonly variable `" + Name + "`");
        }

        if (target is ScriptObject so && so.IsMemberReadOnly(Name))
        {
            throw new ScriptRuntimeException(Span, "Cannot set the readonly variable `" + Name + "`");
        }

        if (!ObjectAccess.TrySetMember(target, Name, value))
        {
            throw new ScriptRuntimeException(NameSpan, "Cannot set the member " + ToDisplay() + " on a `" + ScriptValue.TypeName(target) + "` value.");
        }
    }

    public override string ToDisplay() => Target.ToDisplay() + (NullConditional ? "?." : ".") + Name;

    public override void VisitChildren(Action<ScriptNode> visit) => visit(Target);
}

internal sealed class ScriptIndexer : ScriptExpression
{
    public ScriptIndexer(ScriptExpression target, ScriptExpression index)
    {
        Target = target;
        Index = index;
    }

    public ScriptExpression Target { get; }

    public ScriptExpression Index { get; }

    public override object? Evaluate(TemplateContext context)
    {
        try
        {
            return EvaluateIndex(context);
        }
        catch (Exception ex) when (ex is not ScriptRuntimeException and not OperationCanceledException)
        {
            throw new ScriptRuntimeException(Span, "Cannot read `" + ToDisplay() + "`: " + ex.Message, ex);
        }
    }

    private object? EvaluateIndex(TemplateContext context)
    {
        var target = EvaluateTargetAndIndex(context, out var index);
        if (target is ScriptArray { Members: { } members } && index is string key)
        {
            return members.TryGetValue(key, out var member) ? member : null;
        }

        if (ObjectAccess.IsList(target))
        {
            var i = Conversions.ToInt(context, index, Index);
            if (target is IList<object?> list)
            {
                i = FromEnd(i, list.Count);
                return i >= 0 && i < list.Count ? list[i] : null;
            }

            var count = ObjectAccess.Count(target);
            i = FromEnd(i, count);
            return i >= 0 && i < count ? ObjectAccess.Enumerate(target).ElementAt(i) : null;
        }

        if (target is string s)
        {
            var i = FromEnd(Conversions.ToInt(context, index, Index), s.Length);
            return i >= 0 && i < s.Length ? s[i].ToString() : null;
        }

        if (ScriptValue.IsNumber(target) || target is bool)
        {
            throw NotAList(target);
        }

        if (target is System.Collections.IDictionary dictionary && index is not string && dictionary.Contains(index))
        {
            return ObjectAccess.Normalize(dictionary[index]);
        }

        return ObjectAccess.TryGetMember(target, ScriptValue.ToText(index, context), context.MemberRenamer, out var value) ? value : null;
    }

    public override bool IsAssignable => true;

    public override void Assign(TemplateContext context, object? value)
    {
        var target = EvaluateTargetAndIndex(context, out var index);
        if (target is IList<object?> list)
        {
            var i = FromEnd(Conversions.ToInt(context, index, Index), list.Count);
            if (i < 0)
            {
                return;
            }

            while (list.Count <= i)
            {
                list.Add(null);
            }

            list[i] = value;
            return;
        }

        if (!ObjectAccess.TrySetMember(target, ScriptValue.ToText(index, context), value))
        {
            throw NotAList(target);
        }
    }

    public override string ToDisplay() => Target.ToDisplay() + "[" + Index.ToDisplay() + "]";

    /// <summary>Evaluates the target and then the index; reads and writes report a null one in the same words.</summary>
    private object EvaluateTargetAndIndex(TemplateContext context, out object index)
    {
        var target = Target.Evaluate(context);
        if (target is null)
        {
            throw new ScriptRuntimeException(Span, "Object `" + Target.ToDisplay() + "` is null. Cannot access indexer: " + ToDisplay());
        }

        index = Index.Evaluate(context)
            ?? throw new ScriptRuntimeException(Index.Span, "Cannot access target `" + Target.ToDisplay() + "` with a null indexer: " + ToDisplay());
        return target;
    }

    /// <summary>Counts a negative index back from the end.</summary>
    private static int FromEnd(int index, int count) => index < 0 ? index + count : index;

    private ScriptRuntimeException NotAList(object target) =>
        new(Span, "Cannot use the " + ScriptValue.TypeName(target) + " primitive `" + ScriptValue.ToText(target) + "` as a list.");

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Target);
        visit(Index);
    }
}

internal sealed class ScriptNamedArgument : ScriptExpression
{
    public ScriptNamedArgument(string name, ScriptExpression value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    public ScriptExpression Value { get; }

    public override object? Evaluate(TemplateContext context) => Value.Evaluate(context);

    public override void VisitChildren(Action<ScriptNode> visit) => visit(Value);
}

internal sealed class ScriptCall : ScriptExpression
{
    public ScriptCall(ScriptExpression target)
    {
        Target = target;
    }

    public ScriptExpression Target { get; }

    public List<ScriptExpression> Arguments { get; } = new();

    public bool HasParentheses { get; set; }

    public override object? Evaluate(TemplateContext context)
    {
        // The call target is evaluated outside any pipe; the piped value goes to the call itself.
        var savedPipe = context.SwapPipe(false, null);
        ScriptFunction function;
        try
        {
            function = EvaluateFunction(context);
        }
        finally
        {
            context.RestorePipe(savedPipe);
        }

        var args = context.RentArgumentList();
        if (context.HasPipe)
        {
            AddPiped(args, context.TakePipe());
        }

        return Call(context, function, args);
    }

    /// <summary>Calls with the value a <see cref="ScriptPipe"/> hands over directly; the pipe has cleared the pending pipe state, as taking it would.</summary>
    public object? EvaluatePiped(TemplateContext context, object? piped, ScriptExpressionStatement? output = null)
    {
        var function = EvaluateFunction(context);
        if (output is not null && ReferenceEquals(function, BuiltinFunctions.MathFormat) && IsFormatWithLiteral(out var format)
            && context.TryWriteFormatted(piped, format, output))
        {
            return null;
        }

        var args = context.RentArgumentList();
        AddPiped(args, piped);
        return Call(context, function, args);
    }

    /// <summary>Returns whether the only argument is a literal string (or null), as in <c>math.format "N2"</c>: nothing to evaluate, nothing to convert.</summary>
    private bool IsFormatWithLiteral(out string? format)
    {
        if (Arguments.Count == 1 && Arguments[0] is ScriptLiteral { Value: string or null } literal)
        {
            format = (string?)literal.Value;
            return true;
        }

        format = null;
        return false;
    }

    private ScriptFunction EvaluateFunction(TemplateContext context)
    {
        var target = Target.EvaluateNoInvoke(context);
        if (target is not ScriptFunction function)
        {
            if (target is null)
            {
                throw new ScriptRuntimeException(Span, "The function `" + Target.ToDisplay() + "` was not found");
            }

            throw new ScriptRuntimeException(Span, "Invalid target function `" + Target.ToDisplay() + "` (" + ScriptValue.TypeName(target) + ")");
        }

        return function;
    }

    /// <summary>
    /// Renders an <c>include</c> call whose output a statement prints without making a string of it: straight into the output,
    /// or, when the statement indents what it prints, into a builder of its own. Returns false, having evaluated nothing but
    /// the name <c>include</c>, when the call is anything else.
    /// </summary>
    public bool TryPrintInclude(TemplateContext context, out PrintedInclude printed)
    {
        if (context.HasPipe || Target is not ScriptVariable { Name: "include" } target || target.EvaluateNoInvoke(context) is not IncludeFunction include)
        {
            printed = default;
            return false;
        }

        var args = context.RentArgumentList();
        var named = EvaluateArguments(context, args);
        printed = include.Render(context, this, args, named, straight: context.CurrentIndent is null);
        context.ReturnArgumentList(args);
        return true;
    }

    private object? Call(TemplateContext context, ScriptFunction function, List<object?> args)
    {
        var named = EvaluateArguments(context, args);
        var result = function.Invoke(context, this, args, named);
        context.ReturnArgumentList(args);
        return result;
    }

    private List<KeyValuePair<string, object?>>? EvaluateArguments(TemplateContext context, List<object?> args)
    {
        List<KeyValuePair<string, object?>>? named = null;
        foreach (var argument in Arguments)
        {
            switch (argument)
            {
                case ScriptNamedArgument n:
                    (named ??= new()).Add(new KeyValuePair<string, object?>(n.Name, EvaluateArgument(context, n.Value)));
                    break;
                case ScriptUnary { Operator: UnaryOp.Expand } expand:
                    args.AddRange(ObjectAccess.Enumerate(expand.Operand.Evaluate(context)));
                    break;
                default:
                    args.Add(EvaluateArgument(context, argument));
                    break;
            }
        }

        return named;
    }

    private static object? EvaluateArgument(TemplateContext context, ScriptExpression argument) =>
        argument is ScriptAnonymousFunction ? argument.EvaluateNoInvoke(context) : argument.Evaluate(context);

    public override bool IsAssignable => false;

    public override string ToDisplay() => Target.ToDisplay();

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Target);
        Arguments.ForEach(visit);
    }
}

internal sealed class ScriptPipe : ScriptExpression
{
    public ScriptPipe(ScriptExpression from, ScriptExpression to)
    {
        From = from;
        To = to;
    }

    public ScriptExpression From { get; }

    public ScriptExpression To { get; }

    public override object? Evaluate(TemplateContext context) => Evaluate(context, null);

    /// <summary>Evaluates a pipe whose value a statement prints; returns null when the call wrote its result to the output itself.</summary>
    public object? EvaluateForOutput(TemplateContext context, ScriptExpressionStatement statement) => Evaluate(context, statement);

    private object? Evaluate(TemplateContext context, ScriptExpressionStatement? output)
    {
        object? value;
        if (output is not null && From is ScriptCall from && from.TryPrintInclude(context, out var printed))
        {
            // {{ include … | string.rstrip }}: the include's output is trimmed where it was printed, never made a string.
            if (IsBuiltinRstrip(context))
            {
                context.EndPrint(printed, trimEnd: true, output);
                return null;
            }

            value = context.TakePrintedText(printed);
        }
        else
        {
            value = From is ScriptUnary { Operator: UnaryOp.Expand } expand
                ? new PipeExpansion(ObjectAccess.ToArray(expand.Operand.Evaluate(context)))
                : From.Evaluate(context);
        }

        if (To is ScriptCall call)
        {
            // A call takes the value at once: hand it over instead of setting the pipe state for the call to take.
            var outerPipe = context.SwapPipe(false, null);
            try
            {
                return call.EvaluatePiped(context, value, output);
            }
            finally
            {
                context.RestorePipe(outerPipe);
            }
        }

        var savedPipe = context.SwapPipe(true, value);
        try
        {
            var result = To.Evaluate(context);
            if (context.HasPipe)
            {
                throw new ScriptRuntimeException(To.Span, "Pipe expression destination `" + To.ToDisplay() + "` is not a valid function ");
            }

            return result;
        }
        finally
        {
            context.RestorePipe(savedPipe);
        }
    }

    /// <summary>Returns whether the pipe ends in the builtin <c>string.rstrip</c> (no arguments, <c>string</c> not hidden by a variable); reading the module has no side effects.</summary>
    private bool IsBuiltinRstrip(TemplateContext context) =>
        To is ScriptMember { Target: ScriptVariable { Name: "string" } module, Name: "rstrip", NullConditional: false }
        && ReferenceEquals(module.EvaluateNoInvoke(context), BuiltinFunctions.StringModule);

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(From);
        visit(To);
    }
}

internal enum BinaryOp
{
    Add,
    Subtract,
    Multiply,
    Divide,
    DivideRound,
    Modulus,
    ShiftLeft,
    ShiftRight,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    Coalesce,
    NotNullThen,
    RangeInclusive,
    RangeExclusive,
}

internal sealed class ScriptBinary : ScriptExpression
{
    public ScriptBinary(BinaryOp op, ScriptExpression left, ScriptExpression right, SourceSpan operatorSpan)
    {
        Operator = op;
        Left = left;
        Right = right;
        OperatorSpan = operatorSpan;
    }

    public BinaryOp Operator { get; }

    public ScriptExpression Left { get; }

    public ScriptExpression Right { get; }

    public SourceSpan OperatorSpan { get; }

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case BinaryOp.And:
                return ScriptValue.Box(ScriptValue.IsTrue(Left.Evaluate(context)) && ScriptValue.IsTrue(Right.Evaluate(context)));
            case BinaryOp.Or:
                return ScriptValue.Box(ScriptValue.IsTrue(Left.Evaluate(context)) || ScriptValue.IsTrue(Right.Evaluate(context)));
            case BinaryOp.Coalesce:
                return Left.Evaluate(context) ?? Right.Evaluate(context);
            case BinaryOp.NotNullThen:
                return Left.Evaluate(context) is null ? null : Right.Evaluate(context);
        }

        if (Operator == BinaryOp.Add && Left is ScriptBinary { Operator: BinaryOp.Add } sum)
        {
            StringBuilder? text = null;
            var value = EvaluateSum(context, sum.EvaluateSum(context, ref text), ref text);
            return text is null ? value : TemplateContext.ToTextAndRecycle(text);
        }

        var left = Left.Evaluate(context);
        var right = Right.Evaluate(context);
        return Operators.Binary(context, Operator, left, right, OperatorSpan, Span);
    }

    /// <summary>
    /// Adds this node's right operand to the sum of its left side (a + b + c … evaluated left to right, as nested additions are).
    /// Once the sum is text it is kept in <paramref name="text"/> (the value returned is then meaningless), so a chain makes
    /// one string instead of one per step; every step checks the length at its own span, as <see cref="Operators.Binary"/> does.
    /// </summary>
    private object? EvaluateSum(TemplateContext context, ref StringBuilder? text)
    {
        var left = Left is ScriptBinary { Operator: BinaryOp.Add } sum ? sum.EvaluateSum(context, ref text) : Left.Evaluate(context);
        return EvaluateSum(context, left, ref text);
    }

    private object? EvaluateSum(TemplateContext context, object? left, ref StringBuilder? text)
    {
        var right = ObjectAccess.Normalize(Right.Evaluate(context));
        if (text is not null)
        {
            var rightText = ScriptValue.ToText(right, context);
            context.CheckLength(Span, (long)text.Length + rightText.Length);
            text.Append(rightText);
            return null;
        }

        left = ObjectAccess.Normalize(left);
        if (Operators.AddsText(left, right))
        {
            var leftText = ScriptValue.ToText(left, context);
            var rightText = ScriptValue.ToText(right, context);
            context.CheckLength(Span, (long)leftText.Length + rightText.Length);
            text = TemplateContext.RentText().Append(leftText).Append(rightText);
            return null;
        }

        return Operators.Binary(context, BinaryOp.Add, left, right, OperatorSpan, Span);
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Left);
        visit(Right);
    }
}

internal enum UnaryOp
{
    Not,
    Negate,
    Plus,
    Alias,
    Expand,
}

internal sealed class ScriptUnary : ScriptExpression
{
    public ScriptUnary(UnaryOp op, ScriptExpression operand)
    {
        Operator = op;
        Operand = operand;
    }

    public UnaryOp Operator { get; }

    public ScriptExpression Operand { get; }

    public override object? Evaluate(TemplateContext context)
    {
        switch (Operator)
        {
            case UnaryOp.Not:
                return ScriptValue.Box(!ScriptValue.IsTrue(Operand.Evaluate(context)));
            case UnaryOp.Alias:
                return Operand.EvaluateNoInvoke(context);
            case UnaryOp.Expand:
                return Operand.Evaluate(context);
            case UnaryOp.Plus:
                return Operand.Evaluate(context);
            default:
                return Operators.Negate(Operand.Evaluate(context), Span);
        }
    }

    public override object? EvaluateNoInvoke(TemplateContext context) =>
        Operator == UnaryOp.Alias ? Operand.EvaluateNoInvoke(context) : Evaluate(context);

    public override string ToDisplay() => Operator switch
    {
        UnaryOp.Not => "!",
        UnaryOp.Negate => "-",
        UnaryOp.Plus => "+",
        UnaryOp.Alias => "@",
        _ => "^",
    } + Operand.ToDisplay();

    public override void VisitChildren(Action<ScriptNode> visit) => visit(Operand);
}

internal sealed class ScriptIncDec : ScriptExpression
{
    public ScriptIncDec(ScriptExpression target, bool increment, bool postfix)
    {
        Target = target;
        Increment = increment;
        Postfix = postfix;
    }

    public ScriptExpression Target { get; }

    public bool Increment { get; }

    public bool Postfix { get; }

    public override object? Evaluate(TemplateContext context)
    {
        Target.EnsureAssignable();
        var before = Target.Evaluate(context);
        var after = Operators.Binary(context, Increment ? BinaryOp.Add : BinaryOp.Subtract, before, 1, Span, Span);
        Target.Assign(context, after);
        return Postfix ? before : after;
    }

    public override void VisitChildren(Action<ScriptNode> visit) => visit(Target);
}

internal sealed class ScriptConditional : ScriptExpression
{
    public ScriptConditional(ScriptExpression condition, ScriptExpression then, ScriptExpression otherwise)
    {
        Condition = condition;
        Then = then;
        Otherwise = otherwise;
    }

    public ScriptExpression Condition { get; }

    public ScriptExpression Then { get; }

    public ScriptExpression Otherwise { get; }

    public override object? Evaluate(TemplateContext context) =>
        ScriptValue.IsTrue(Condition.Evaluate(context)) ? Then.Evaluate(context) : Otherwise.Evaluate(context);

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Condition);
        visit(Then);
        visit(Otherwise);
    }
}

internal sealed class ScriptArrayLiteral : ScriptExpression
{
    public List<ScriptExpression> Items { get; } = new();

    public override object? Evaluate(TemplateContext context)
    {
        var array = new ScriptArray(Items.Count);
        foreach (var item in Items)
        {
            array.Add(item.Evaluate(context));
        }

        return array;
    }

    public override string ToDisplay() => "[" + string.Join(", ", Items.Select(i => i.ToDisplay())) + "]";

    public override void VisitChildren(Action<ScriptNode> visit) => Items.ForEach(visit);
}

internal sealed class ScriptObjectLiteral : ScriptExpression
{
    public List<(string Key, ScriptExpression Value)> Members { get; } = new();

    public override object? Evaluate(TemplateContext context)
    {
        var obj = new ScriptObject(Members.Count);
        foreach (var (key, value) in Members)
        {
            obj[key] = value.Evaluate(context);
        }

        return obj;
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        foreach (var (_, value) in Members)
        {
            visit(value);
        }
    }
}

internal sealed class ScriptAnonymousFunction : ScriptExpression
{
    public ScriptAnonymousFunction(UserFunction function)
    {
        Function = function;
    }

    public UserFunction Function { get; }

    public override object? Evaluate(TemplateContext context) => InvokeIfFunction(context, this, Function);

    public override object? EvaluateNoInvoke(TemplateContext context) => Function;

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        if (Function.Body is not null)
        {
            visit(Function.Body);
        }
    }
}
