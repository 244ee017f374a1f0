using System.Globalization;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Syntax;

/// <summary>A node of the syntax tree with its source span.</summary>
internal abstract class ScriptNode
{
    private SourceSpan _span;
    private object? _boxedSpan;

    public SourceSpan Span
    {
        get => _span;
        set
        {
            _span = value;
            _boxedSpan = null;
        }
    }

    /// <summary>Gets the span boxed once, for functions that take their call site's span (spans are set while parsing only).</summary>
    public object BoxedSpan => _boxedSpan ??= _span;

    public virtual void VisitChildren(Action<ScriptNode> visit)
    {
    }
}

internal abstract class ScriptStatement : ScriptNode
{
    public abstract void Execute(TemplateContext context);

    /// <summary>Settles a <c>break</c> or <c>continue</c> after one loop iteration; returns whether the loop must stop.</summary>
    protected static bool StopsLoop(TemplateContext context)
    {
        switch (context.Flow)
        {
            case FlowState.Break:
                context.Flow = FlowState.None;
                return true;
            case FlowState.Continue:
                context.Flow = FlowState.None;
                return false;
            default:
                return context.Flow == FlowState.Return;
        }
    }
}

internal abstract class ScriptExpression : ScriptNode
{
    public abstract object? Evaluate(TemplateContext context);

    /// <summary>Evaluates without calling a function value (for call targets and <c>@</c> aliases).</summary>
    public virtual object? EvaluateNoInvoke(TemplateContext context) => Evaluate(context);

    public virtual bool IsAssignable => false;

    public virtual void Assign(TemplateContext context, object? value) => throw NotAssignable();

    /// <summary>Throws the error of an assignment to this expression when it cannot be assigned.</summary>
    public void EnsureAssignable()
    {
        if (!IsAssignable)
        {
            throw NotAssignable();
        }
    }

    private ScriptRuntimeException NotAssignable() => new(Span, "Unsupported target expression for assignment.");

    public virtual string ToDisplay() => "<expression>";

    protected static object? InvokeIfFunction(TemplateContext context, ScriptNode site, object? value)
    {
        if (value is ScriptFunction function)
        {
            var args = context.RentArgumentList();
            if (context.HasPipe)
            {
                AddPiped(args, context.TakePipe());
            }

            var result = function.Invoke(context, site, args, null);
            context.ReturnArgumentList(args);
            return result;
        }

        return value;
    }

    protected static void AddPiped(List<object?> args, object? piped)
    {
        if (piped is PipeExpansion expansion)
        {
            args.AddRange(expansion.Items);
        }
        else
        {
            args.Add(piped);
        }
    }
}

/// <summary>A piped value that came from <c>^list</c>: its items become separate arguments.</summary>
internal sealed class PipeExpansion
{
    public PipeExpansion(List<object?> items)
    {
        Items = items;
    }

    public List<object?> Items { get; }
}

internal sealed class ScriptBlock : ScriptStatement
{
    public List<ScriptStatement> Statements { get; } = new();

    public override void Execute(TemplateContext context)
    {
        var statements = Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            statements[i].Execute(context);
            if (context.Flow != FlowState.None)
            {
                return;
            }
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        foreach (var s in Statements)
        {
            visit(s);
        }
    }
}

internal sealed class ScriptRawStatement : ScriptStatement
{
    public ScriptRawStatement(string text, int start, int length)
    {
        Text = text;
        Start = start;
        Length = length;
    }

    public string Text { get; }

    public int Start { get; }

    public int Length { get; }

    public override void Execute(TemplateContext context) => context.Write(Text, Start, Length, this);
}

internal sealed class ScriptExpressionStatement : ScriptStatement
{
    public ScriptExpressionStatement(ScriptExpression expression)
    {
        Expression = expression;
    }

    public ScriptExpression Expression { get; }

    public string? Indent { get; set; }

    public override void Execute(TemplateContext context)
    {
        var savedIndent = context.CurrentIndent;
        if (Indent is not null && context.AutoIndent)
        {
            context.CurrentIndent = savedIndent + Indent;
        }

        try
        {
            if (Expression is ScriptCall call && call.TryPrintInclude(context, out var printed))
            {
                context.EndPrint(printed, trimEnd: false, this);
                return;
            }

            var value = Expression is ScriptPipe pipe ? pipe.EvaluateForOutput(context, this) : Expression.Evaluate(context);
            if (value is not null && Expression is not ScriptIncDec)
            {
                context.Write(value as string ?? ScriptValue.ToText(value, context), this);
            }
        }
        finally
        {
            context.CurrentIndent = savedIndent;
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit) => visit(Expression);
}

internal sealed class ScriptAssignStatement : ScriptStatement
{
    public ScriptAssignStatement(ScriptExpression target, BinaryOp? op, ScriptExpression value)
    {
        Target = target;
        Operator = op;
        Value = value;
    }

    public ScriptExpression Target { get; }

    public BinaryOp? Operator { get; }

    public ScriptExpression Value { get; }

    public SourceSpan OperatorSpan { get; set; }

    public override void Execute(TemplateContext context)
    {
        Target.EnsureAssignable();
        if (Operator == BinaryOp.Coalesce)
        {
            if (Target.Evaluate(context) is null)
            {
                Target.Assign(context, Value.Evaluate(context));
            }

            return;
        }

        var value = Value is ScriptAnonymousFunction ? Value.EvaluateNoInvoke(context) : Value.Evaluate(context);
        if (Operator is { } op)
        {
            value = Operators.Binary(context, op, Target.Evaluate(context), value, OperatorSpan, Span);
        }

        Target.Assign(context, value);
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Target);
        visit(Value);
    }
}

internal sealed class ScriptIfStatement : ScriptStatement
{
    public ScriptIfStatement(ScriptExpression condition, ScriptBlock then)
    {
        Condition = condition;
        Then = then;
    }

    public ScriptExpression Condition { get; }

    public ScriptBlock Then { get; }

    public ScriptStatement? Else { get; set; }

    public override void Execute(TemplateContext context)
    {
        if (ScriptValue.IsTrue(Condition.Evaluate(context)))
        {
            Then.Execute(context);
        }
        else
        {
            Else?.Execute(context);
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Condition);
        visit(Then);
        if (Else is not null)
        {
            visit(Else);
        }
    }
}

internal sealed class ScriptForStatement : ScriptStatement
{
    public ScriptForStatement(ScriptExpression variable, ScriptExpression iterable, string kind)
    {
        Variable = variable;
        Iterable = iterable;
        Kind = kind;
    }

    public ScriptExpression Variable { get; }

    public ScriptExpression Iterable { get; }

    public string Kind { get; }

    public ScriptExpression? Offset { get; set; }

    public ScriptExpression? Limit { get; set; }

    public ScriptExpression? Columns { get; set; }

    public bool Reversed { get; set; }

    public ScriptBlock Body { get; set; } = null!;

    public ScriptBlock? ElseBody { get; set; }

    public override void Execute(TemplateContext context)
    {
        // The items are copied first, so the body may change the source; the copy's storage is reused by later loops on this thread.
        var items = TemplateContext.RentItemList();
        try
        {
            Execute(context, items);
        }
        finally
        {
            TemplateContext.ReturnItemList(items);
        }
    }

    private void Execute(TemplateContext context, List<object?> items)
    {
        var source = Iterable.Evaluate(context);
        if (source is IList<object?> list && ObjectAccess.IsList(source))
        {
            // The same items, in the same order, as enumerating the list gives.
            items.EnsureCapacity(list.Count);
            if (source is object?[] array)
            {
                items.AddRange(array);
            }
            else
            {
                for (var i = 0; i < list.Count; i++)
                {
                    items.Add(list[i]);
                }
            }
        }
        else if (source is System.Collections.IList typed && ObjectAccess.IsList(source))
        {
            // A model's typed list or array: read by index into a list of its size, the same items in the same order as enumerating it.
            items.EnsureCapacity(typed.Count);
            for (var i = 0; i < typed.Count; i++)
            {
                items.Add(ObjectAccess.Normalize(typed[i]));
            }
        }
        else if (ObjectAccess.IsList(source))
        {
            foreach (var item in ObjectAccess.Enumerate(source))
            {
                items.Add(item);
            }
        }
        else if (source is not null && ObjectAccess.IsObject(source))
        {
            foreach (var pair in ObjectAccess.GetMembers(source, context.MemberRenamer))
            {
                items.Add(new ScriptObject { ["key"] = pair.Key, ["value"] = pair.Value });
            }
        }

        var offset = Offset is null ? 0 : Conversions.ToInt(context, Offset.Evaluate(context), Offset);
        if (offset > 0)
        {
            items.RemoveRange(0, Math.Min(offset, items.Count));
        }

        if (Limit is not null)
        {
            var limit = Conversions.ToInt(context, Limit.Evaluate(context), Limit);
            if (limit >= 0 && limit < items.Count)
            {
                items.RemoveRange(limit, items.Count - limit);
            }
        }

        if (Reversed)
        {
            items.Reverse();
        }

        if (items.Count == 0)
        {
            ElseBody?.Execute(context);
            return;
        }

        var isLocal = Variable is ScriptLocalVariable;
        var name = Variable is ScriptLocalVariable lv ? lv.Name : ((ScriptVariable)Variable).Name;
        object? saved = null;
        bool existed;
        if (isLocal)
        {
            existed = context.Frame.Locals is not null && context.Frame.Locals.TryGetValue(name, out saved);
        }
        else
        {
            existed = context.TopScope.TryGetValue(name, out saved);
        }

        var state = new LoopState(Kind) { Length = items.Count };
        if (Columns is not null)
        {
            state.Columns = Conversions.ToInt(context, Columns.Evaluate(context), Columns);
        }

        var isTableRow = Kind == "tablerow";
        var outerLoopVariable = context.LoopVariable;
        context.EnterLoop(state);
        try
        {
            object? previous = null;
            for (var i = 0; i < items.Count; i++)
            {
                context.StepLoop(this);
                var item = items[i];
                state.Index = i;
                state.Changed = i == 0 || ItemChanged(previous, item);
                previous = item;
                if (isLocal)
                {
                    (context.Frame.Locals ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = item;
                }
                else
                {
                    var scope = context.TopScope;
                    scope[name] = item;
                    context.LoopVariable = new LoopVariableBinding(name, scope, scope.Version, item);
                }

                if (isTableRow)
                {
                    TableRowBefore(context, state, i);
                }

                Body.Execute(context);
                if (isTableRow)
                {
                    TableRowAfter(context, state, i, items.Count);
                }

                if (StopsLoop(context))
                {
                    break;
                }
            }
        }
        finally
        {
            context.ExitLoop();
            context.LoopVariable = outerLoopVariable;
            if (isLocal)
            {
                if (existed)
                {
                    context.Frame.Locals![name] = saved;
                }
                else
                {
                    context.Frame.Locals?.Remove(name);
                }
            }
            else if (existed)
            {
                context.TopScope[name] = saved;
            }
            else
            {
                context.TopScope.Remove(name);
            }
        }
    }

    // The item type last seen by this loop and whether its values compare by Equals; replaced whole, so threads sharing the node see a consistent pair.
    private ItemTypeInfo? _itemType;

    private sealed record ItemTypeInfo(Type Type, bool ComparesByEquals);

    /// <summary>Computes <c>for.changed</c>: plain .NET items of one class skip the number, string and list tests of <see cref="ScriptValue.AreEqual(object?, object?)"/>, which ends in the same Equals call.</summary>
    private bool ItemChanged(object? previous, object? item)
    {
        if (previous is not null && item is not null && previous.GetType() == item.GetType())
        {
            var info = _itemType;
            var type = item.GetType();
            if (info is null || info.Type != type)
            {
                _itemType = info = new ItemTypeInfo(type, ScriptValue.ComparesByEquals(type));
            }

            if (info.ComparesByEquals)
            {
                return !previous.Equals(item);
            }
        }

        return !ScriptValue.AreEqual(previous, item);
    }

    private static void TableRowBefore(TemplateContext context, LoopState state, int i)
    {
        var columns = Math.Max(1, state.Columns);
        if (i % columns == 0)
        {
            context.Write("<tr class=\"row" + ((i / columns) + 1).ToString(CultureInfo.InvariantCulture) + "\">");
        }

        context.Write("<td class=\"col" + ((i % columns) + 1).ToString(CultureInfo.InvariantCulture) + "\">");
    }

    private static void TableRowAfter(TemplateContext context, LoopState state, int i, int count)
    {
        var columns = Math.Max(1, state.Columns);
        context.Write("</td>");
        if (i % columns == columns - 1 || i == count - 1)
        {
            context.Write("</tr>\n");
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Iterable);
        if (Offset is not null)
        {
            visit(Offset);
        }

        if (Limit is not null)
        {
            visit(Limit);
        }

        if (Columns is not null)
        {
            visit(Columns);
        }

        visit(Body);
        if (ElseBody is not null)
        {
            visit(ElseBody);
        }
    }
}

internal sealed class ScriptWhileStatement : ScriptStatement
{
    public ScriptWhileStatement(ScriptExpression condition, ScriptBlock body)
    {
        Condition = condition;
        Body = body;
    }

    public ScriptExpression Condition { get; }

    public ScriptBlock Body { get; }

    public override void Execute(TemplateContext context)
    {
        var state = new LoopState("while") { Length = -1 };
        context.EnterLoop(state);
        try
        {
            var index = 0;
            while (ScriptValue.IsTrue(Condition.Evaluate(context)))
            {
                context.StepLoop(this);
                state.Index = index++;
                Body.Execute(context);
                if (StopsLoop(context))
                {
                    break;
                }
            }
        }
        finally
        {
            context.ExitLoop();
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Condition);
        visit(Body);
    }
}

internal sealed class ScriptCaseStatement : ScriptStatement
{
    public ScriptCaseStatement(ScriptExpression value)
    {
        Value = value;
    }

    public ScriptExpression Value { get; }

    public List<(List<ScriptExpression> Values, ScriptBlock Body)> Whens { get; } = new();

    public ScriptBlock? ElseBody { get; set; }

    public override void Execute(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        foreach (var (values, body) in Whens)
        {
            foreach (var candidate in values)
            {
                if (ScriptValue.AreEqual(value, candidate.Evaluate(context)))
                {
                    body.Execute(context);
                    return;
                }
            }
        }

        ElseBody?.Execute(context);
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Value);
        foreach (var (values, body) in Whens)
        {
            values.ForEach(visit);
            visit(body);
        }

        if (ElseBody is not null)
        {
            visit(ElseBody);
        }
    }
}

internal sealed class ScriptCaptureStatement : ScriptStatement
{
    public ScriptCaptureStatement(ScriptExpression target, ScriptBlock body)
    {
        Target = target;
        Body = body;
    }

    public ScriptExpression Target { get; }

    public ScriptBlock Body { get; }

    public override void Execute(TemplateContext context)
    {
        context.PushOutput();
        string text;
        try
        {
            Body.Execute(context);
        }
        finally
        {
            text = context.PopOutput();
        }

        Target.Assign(context, text);
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Target);
        visit(Body);
    }
}

internal sealed class ScriptFunctionStatement : ScriptStatement
{
    public ScriptFunctionStatement(ScriptExpression name, UserFunction function)
    {
        Name = name;
        Function = function;
    }

    public ScriptExpression Name { get; }

    public UserFunction Function { get; }

    public override void Execute(TemplateContext context) => Name.Assign(context, Function);

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        if (Function.Body is not null)
        {
            visit(Function.Body);
        }

        if (Function.InlineBody is not null)
        {
            visit(Function.InlineBody);
        }
    }
}

internal sealed class ScriptReturnStatement : ScriptStatement
{
    public ScriptExpression? Value { get; set; }

    public override void Execute(TemplateContext context)
    {
        context.ReturnValue = Value?.Evaluate(context);
        context.Flow = FlowState.Return;
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        if (Value is not null)
        {
            visit(Value);
        }
    }
}

internal sealed class ScriptLoopControlStatement : ScriptStatement
{
    public ScriptLoopControlStatement(bool isBreak)
    {
        IsBreak = isBreak;
    }

    public bool IsBreak { get; }

    public override void Execute(TemplateContext context)
    {
        if (context.Frame.LoopDepth <= 0)
        {
            throw new ScriptRuntimeException(Span, "The <" + (IsBreak ? "break" : "continue") + "> statement can only be used inside for/while loops");
        }

        context.Flow = IsBreak ? FlowState.Break : FlowState.Continue;
    }
}

internal sealed class ScriptWithStatement : ScriptStatement
{
    public ScriptWithStatement(ScriptExpression target, ScriptBlock body)
    {
        Target = target;
        Body = body;
    }

    public ScriptExpression Target { get; }

    public ScriptBlock Body { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Target.Evaluate(context);
        if (value is not ScriptObject scope || scope.IsBuiltinModule)
        {
            throw new ScriptRuntimeException(Target.Span, "Invalid target for with statement: `" + Target.ToDisplay() + "` is not an object.");
        }

        context.PushScopeInternal(scope);
        try
        {
            Body.Execute(context);
        }
        finally
        {
            context.PopScopeInternal();
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Target);
        visit(Body);
    }
}

internal sealed class ScriptImportStatement : ScriptStatement
{
    public ScriptImportStatement(ScriptExpression target)
    {
        Target = target;
    }

    public ScriptExpression Target { get; }

    public override void Execute(TemplateContext context)
    {
        var value = Target.Evaluate(context);
        if (value is not null)
        {
            context.TopScope.ImportMembers(value, context.MemberRenamer, respectReadOnly: true);
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit) => visit(Target);
}

internal sealed class ScriptReadOnlyStatement : ScriptStatement
{
    public ScriptReadOnlyStatement(ScriptVariable variable)
    {
        Variable = variable;
    }

    public ScriptVariable Variable { get; }

    public override void Execute(TemplateContext context) => context.TopScope.SetReadOnly(Variable.Name, true);
}

internal sealed class ScriptWrapStatement : ScriptStatement
{
    public ScriptWrapStatement(ScriptExpression call, ScriptBlock body)
    {
        Call = call;
        Body = body;
    }

    public ScriptExpression Call { get; }

    public ScriptBlock Body { get; }

    public override void Execute(TemplateContext context)
    {
        context.PendingWrapBody = new UserFunction("$$", null, Body, null) { SharesCallerFrame = true };
        try
        {
            var value = Call.Evaluate(context);
            if (value is not null)
            {
                context.Write(ScriptValue.ToText(value, context), this);
            }
        }
        finally
        {
            context.PendingWrapBody = null;
        }
    }

    public override void VisitChildren(Action<ScriptNode> visit)
    {
        visit(Call);
        visit(Body);
    }
}
