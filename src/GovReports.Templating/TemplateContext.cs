using System.Globalization;
using System.Reflection;
using System.Text;
using GovReports.Templating.Functions;
using GovReports.Templating.Parsing;
using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating;

/// <summary>Holds everything one render needs: global scopes, limits, the include loader and the output; use one context per thread.</summary>
public sealed class TemplateContext
{
    private readonly List<ScriptObject> _globals = new(4);
    private readonly List<StringBuilder> _outputs = new(2);
    private readonly List<LoopState> _loops = new(4);
    private readonly List<CultureInfo> _cultures = new(1);

    /// <summary>Creates a context with the builtin functions and an empty global scope.</summary>
    public TemplateContext()
    {
        BuiltinObject = BuiltinFunctions.Shared;
        _globals.Add(BuiltinObject);
        _globals.Add(new ScriptObject());
        Frame = new LocalFrame(null);
    }

    /// <summary>Gets the shared, read-only object holding the builtin modules; hosts add their own functions with <see cref="PushGlobal"/>.</summary>
    internal ScriptObject BuiltinObject { get; }

    /// <summary>Gets the names of the built-in objects and functions every template can use (<c>string</c>, <c>array</c>, <c>include</c>, …), for linting.</summary>
    public static IReadOnlyCollection<string> BuiltinNames { get; } = BuiltinFunctions.Shared.Keys.ToArray();

    /// <summary>Gets or sets the newline string hosts may use; template text is copied as written.</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>Gets or sets the loader used by <c>include</c>.</summary>
    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>
    /// Gets or sets a cache of parsed includes, keyed by the loader's path, that the host may share across renders and threads;
    /// only paths the loader calls cacheable (<see cref="ITemplateLoader.IsCacheable"/>) are kept in it.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, Template>? TemplateCache { get; set; }

    /// <summary>Gets or sets the maximum number of loop iterations, counted across nested loops, and of items in an array a template builds (0 = unlimited).</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Gets or sets the maximum depth of nested function calls and includes (0 = unlimited).</summary>
    public int RecursiveLimit { get; set; } = 100;

    /// <summary>Gets or sets the maximum length of the rendered output and of any string a template builds (0 = unlimited).</summary>
    public int LimitToString { get; set; }

    /// <summary>Gets or sets the token checked at every loop iteration.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>Gets or sets how .NET members are named in templates (default: <see cref="StandardMemberRenamer"/>).</summary>
    public Func<MemberInfo, string> MemberRenamer { get; set; } = StandardMemberRenamer.Default;

    /// <summary>Gets or sets whether reading an undefined variable is an error.</summary>
    public bool StrictVariables { get; set; }

    /// <summary>Gets or sets whether block output is indented like the whitespace before a plain <c>{{</c>.</summary>
    public bool AutoIndent { get; set; } = true;

    /// <summary>Gets or sets the value of <c>date.now</c>; the engine never reads the clock itself.</summary>
    public DateTime Now { get; set; } = DateTime.UnixEpoch;

    /// <summary>Gets or sets the default format of dates (<c>date.format</c>).</summary>
    public string DateFormat { get; set; } = DateFunctions.DefaultFormat;

    /// <summary>Gets the culture used to print numbers and by formatting builtins (invariant unless pushed).</summary>
    public CultureInfo Culture { get; private set; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the scope that assignments write to.</summary>
    /// <remarks>A function's parameter scope handed out here is never reused for another call.</remarks>
    public ScriptObject CurrentGlobal
    {
        get
        {
            var scope = _globals[^1];
            scope.IsExposed = true;
            return scope;
        }
    }

    /// <summary>Gets the scope that assignments write to, for the engine's own use (which keeps no reference to it).</summary>
    internal ScriptObject TopScope => _globals[^1];

    internal StringBuilder Output { get; private set; } = new();

    internal LocalFrame Frame { get; set; }

    /// <summary>Gets or sets how many frames holding parameters (includes with named arguments) are in use; lookups skip the frame chain when none are.</summary>
    internal int ParameterFrames { get; set; }

    internal FlowState Flow { get; set; }

    internal object? ReturnValue { get; set; }

    internal bool HasPipe { get; set; }

    internal object? PipeValue { get; set; }

    internal int CallDepth { get; set; }

    internal ScriptFunction? PendingWrapBody { get; set; }

    // Made on first use: most renders never include or cycle, and hosts may create a context per render.
    internal Dictionary<string, Template> IncludeCache => _includeCache ??= new(StringComparer.Ordinal);

    internal Dictionary<string, int> CycleState => _cycleState ??= new(StringComparer.Ordinal);

    private Dictionary<string, Template>? _includeCache;
    private Dictionary<string, int>? _cycleState;

    internal string? CurrentIndent { get; set; }

    private int LoopSteps { get; set; }

    // Argument storage reused across calls: a call takes a list or array and gives it back when the function returns,
    // so nested calls get their own; one that throws just leaves its storage to the garbage collector.
    private readonly Stack<List<object?>> _spareArgumentLists = new();
    private readonly object?[]?[] _spareArgumentArrays = new object?[]?[8];

    // Parameter scopes of user functions, reused once the call returns unless the template or host was handed one (this, CurrentGlobal).
    private const int MaxKeptScopes = 16;
    private readonly Stack<ScriptObject> _spareScopes = new();

    internal ScriptObject RentScope(int capacity) => _spareScopes.TryPop(out var scope) ? scope : new ScriptObject(capacity);

    internal void ReturnScope(ScriptObject scope)
    {
        if (!scope.IsExposed && _spareScopes.Count < MaxKeptScopes)
        {
            scope.Clear();
            _spareScopes.Push(scope);
        }
    }

    // Call frames live exactly as long as their call (nothing keeps one after it returns), so they are reused per context.
    private const int MaxKeptFrames = 16;
    private readonly Stack<LocalFrame> _spareFrames = new();

    internal LocalFrame RentFrame(LocalFrame parent)
    {
        if (_spareFrames.TryPop(out var frame))
        {
            frame.Parent = parent;
            return frame;
        }

        return new LocalFrame(parent);
    }

    internal void ReturnFrame(LocalFrame frame)
    {
        if (_spareFrames.Count < MaxKeptFrames)
        {
            frame.Clear();
            _spareFrames.Push(frame);
        }
    }

    internal List<object?> RentArgumentList() => _spareArgumentLists.TryPop(out var list) ? list : new List<object?>(4);

    internal void ReturnArgumentList(List<object?> list)
    {
        list.Clear();
        _spareArgumentLists.Push(list);
    }

    /// <summary>Gets a cleared array of the given length for the parameters of a .NET call.</summary>
    internal object?[] RentArgumentArray(int length)
    {
        if (length < _spareArgumentArrays.Length && _spareArgumentArrays[length] is { } array)
        {
            _spareArgumentArrays[length] = null;
            return array;
        }

        return new object?[length];
    }

    internal void ReturnArgumentArray(object?[] array)
    {
        if (array.Length < _spareArgumentArrays.Length)
        {
            Array.Clear(array);
            _spareArgumentArrays[array.Length] = array;
        }
    }

    /// <summary>Pushes a scope whose members become global variables.</summary>
    /// <param name="scope">The scope to push.</param>
    public void PushGlobal(ScriptObject scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _globals.Add(scope);
    }

    /// <summary>Removes the most recently pushed scope.</summary>
    public ScriptObject PopGlobal()
    {
        if (_globals.Count <= 2)
        {
            throw new InvalidOperationException("Cannot pop the builtin or the base global scope.");
        }

        var top = _globals[^1];
        top.IsExposed = true;
        _globals.RemoveAt(_globals.Count - 1);
        return top;
    }

    /// <summary>Makes a culture current for number printing and formatting builtins until <see cref="PopCulture"/>.</summary>
    /// <param name="culture">The culture.</param>
    public void PushCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        _cultures.Add(Culture);
        Culture = culture;
    }

    /// <summary>Restores the culture that was current before the last <see cref="PushCulture"/>.</summary>
    public CultureInfo PopCulture()
    {
        if (_cultures.Count == 0)
        {
            throw new InvalidOperationException("Cannot pop the invariant culture.");
        }

        var current = Culture;
        Culture = _cultures[^1];
        _cultures.RemoveAt(_cultures.Count - 1);
        return current;
    }

    internal void PushScopeInternal(ScriptObject scope) => _globals.Add(scope);

    internal void PopScopeInternal() => _globals.RemoveAt(_globals.Count - 1);

    /// <summary>Gets or sets the variable of the innermost loop that stores its items in a global scope, as it was stored.</summary>
    internal LoopVariableBinding LoopVariable { get; set; }

    /// <summary>
    /// Reads the innermost loop's variable without a lookup when <see cref="TryGetGlobal"/> would find the same value:
    /// no frame holds parameters, its scope is still the top one, and nothing was stored in or removed from that scope since.
    /// </summary>
    internal bool TryGetLoopVariable(string name, out object? value)
    {
        var binding = LoopVariable;
        if (binding.Scope is { } scope && ParameterFrames == 0 && scope.Version == binding.Version
            && ReferenceEquals(_globals[^1], scope) && string.Equals(binding.Name, name, StringComparison.Ordinal))
        {
            value = binding.Value;
            return true;
        }

        value = null;
        return false;
    }

    internal bool TryGetGlobal(string name, out object? value) => TryFind(name, shadowsOnly: false, out value);

    /// <summary>Finds a value that hides a builtin of this name: only frames and scopes that ever held a builtin name are searched.</summary>
    internal bool TryGetBuiltinShadow(string name, out object? value) => TryFind(name, shadowsOnly: true, out value);

    // Parameter frames innermost first, then scopes from the top; with shadowsOnly, only those that ever held a builtin name,
    // and never the builtin object itself (index 0).
    private bool TryFind(string name, bool shadowsOnly, out object? value)
    {
        for (var frame = ParameterFrames > 0 ? Frame : null; frame is not null; frame = frame.Parent)
        {
            if (frame.Parameters is { } parameters && (!shadowsOnly || parameters.MayShadowBuiltin) && parameters.TryGetValue(name, out value))
            {
                return true;
            }
        }

        for (var i = _globals.Count - 1; i >= (shadowsOnly ? 1 : 0); i--)
        {
            var scope = _globals[i];
            if ((!shadowsOnly || scope.MayShadowBuiltin) && scope.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    internal void SetGlobal(ScriptNode node, string name, object? value)
    {
        for (var frame = ParameterFrames > 0 ? Frame : null; frame is not null; frame = frame.Parent)
        {
            if (frame.Parameters is not null && frame.Parameters.ContainsKey(name))
            {
                frame.Parameters[name] = value;
                return;
            }
        }

        var scope = TopScope;
        if (BuiltinFunctions.IsBuiltinName(name))
        {
            throw new ScriptRuntimeException(node.Span, "Cannot override the value of a builtin function/variable `" + name + "`");
        }

        if (scope.IsMemberReadOnly(name))
        {
            throw new ScriptRuntimeException(node.Span, "Cannot set the readonly variable `" + name + "`");
        }

        scope[name] = value;
    }

    internal LoopState? FindLoop(string kind)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            if (_loops[i].Kind == kind)
            {
                return _loops[i];
            }
        }

        return null;
    }

    internal void EnterLoop(LoopState state)
    {
        _loops.Add(state);
        Frame.LoopDepth++;
    }

    internal void ExitLoop()
    {
        _loops.RemoveAt(_loops.Count - 1);
        Frame.LoopDepth--;
        if (_loops.Count == 0)
        {
            LoopSteps = 0;
        }
    }

    internal void StepLoop(ScriptNode node)
    {
        ThrowIfCancelled(node);
        LoopSteps++;
        if (LoopLimit > 0 && LoopSteps > LoopLimit)
        {
            throw new ScriptRuntimeException(node.Span, "Exceeding number of iteration limit `" + LoopLimit.ToString(CultureInfo.InvariantCulture) + "` for loop statement.");
        }
    }

    internal void EnterCall(ScriptNode callSite, ScriptFunction function)
    {
        // Recursion without loops (f calling f twice) must stop on cancellation too.
        ThrowIfCancelled(callSite);
        CallDepth++;
        if (RecursiveLimit > 0 && CallDepth > RecursiveLimit)
        {
            CallDepth--;
            var name = callSite is ScriptCall call ? call.Target.ToDisplay() : callSite is ScriptExpression e ? e.ToDisplay() : function.Name;
            throw new ScriptRuntimeException(callSite.Span, "Exceeding number of recursive depth limit `" + RecursiveLimit.ToString(CultureInfo.InvariantCulture) + "` for node: `" + name + "`");
        }
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> naming the place the render stopped at.</summary>
    internal void ThrowIfCancelled(ScriptNode node)
    {
        if (CancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(node.Span.ToString() + " : error : The render was cancelled.", CancellationToken);
        }
    }

    /// <summary>Refuses a string that would be longer than <see cref="LimitToString"/>, before it is built.</summary>
    internal void CheckLength(SourceSpan span, long length)
    {
        if (LimitToString > 0 && length > LimitToString)
        {
            throw new ScriptRuntimeException(span, "The result would be " + length.ToString(CultureInfo.InvariantCulture) + " characters long, more than LimitToString `" + LimitToString.ToString(CultureInfo.InvariantCulture) + "`");
        }
    }

    /// <summary>Refuses an array that would hold more items than <see cref="LoopLimit"/> allows iterations, before it is built.</summary>
    internal void CheckCount(SourceSpan span, long count)
    {
        if (LoopLimit > 0 && count > LoopLimit)
        {
            throw new ScriptRuntimeException(span, "The array would hold " + count.ToString(CultureInfo.InvariantCulture) + " items, more than LoopLimit `" + LoopLimit.ToString(CultureInfo.InvariantCulture) + "`");
        }
    }

    // Output builders (the render's own, and one per include or capture being rendered) are kept per thread between uses,
    // so renders do not regrow them; a builder is held by one context at a time, and one lost to an exception is just collected.
    private const int MaxKeptOutputCapacity = 256 * 1024;
    private const int MaxKeptOutputs = 8;

    [ThreadStatic]
    private static Stack<StringBuilder>? t_spareOutputs;

    // Item lists of for loops, kept per thread like the output builders; nested loops each take their own.
    private const int MaxKeptItemListCapacity = 4096;
    private const int MaxKeptItemLists = 4;

    [ThreadStatic]
    private static Stack<List<object?>>? t_spareItemLists;

    internal static List<object?> RentItemList() =>
        t_spareItemLists is { } spares && spares.TryPop(out var list) ? list : new List<object?>();

    internal static void ReturnItemList(List<object?> items)
    {
        var spares = t_spareItemLists ??= new Stack<List<object?>>(MaxKeptItemLists);
        if (items.Capacity <= MaxKeptItemListCapacity && spares.Count < MaxKeptItemLists)
        {
            items.Clear();
            spares.Push(items);
        }
    }

    internal void PushOutput()
    {
        _outputStarts.Add(_outputStart);
        _outputStart = 0;
        _outputs.Add(Output = RentText());
    }

    // Where the output of the include being printed straight into the current builder began: limits count from there,
    // as they would in a builder of the include's own. Each builder pushed starts at 0; the enclosing start is kept meanwhile.
    private int _outputStart;
    private readonly List<int> _outputStarts = new(2);

    /// <summary>Starts the output of an include printed straight into the current output; returns the enclosing start, which <see cref="RestoreOutputStart"/> puts back.</summary>
    internal int BeginPrintedOutput(out int start)
    {
        var saved = _outputStart;
        _outputStart = start = Output.Length;
        return saved;
    }

    internal void RestoreOutputStart(int saved) => _outputStart = saved;

    /// <summary>
    /// Finishes an include a statement prints as writing its text would have: <paramref name="trimEnd"/> drops its trailing
    /// white space (as <c>string.rstrip</c> does), then the output is checked at <paramref name="at"/>.
    /// </summary>
    internal void EndPrint(PrintedInclude printed, bool trimEnd, ScriptNode at)
    {
        if (printed.Builder is { } builder)
        {
            WriteOutput(builder, trimEnd, at);
            return;
        }

        if (trimEnd)
        {
            Output.Length = TrimmedLength(Output, printed.Start);
        }

        CheckOutput(at);
    }

    // The length of the builder's text without the white space that ends it, not going below start (what string.rstrip drops).
    private static int TrimmedLength(StringBuilder builder, int start)
    {
        var length = builder.Length;
        while (length > start && char.IsWhiteSpace(builder[length - 1]))
        {
            length--;
        }

        return length;
    }

    /// <summary>Takes a printed include's output back out as text, for a caller that turned out to need its value.</summary>
    internal string TakePrintedText(PrintedInclude printed)
    {
        if (printed.Builder is { } builder)
        {
            return ToTextAndRecycle(builder);
        }

        var text = Output.ToString(printed.Start, Output.Length - printed.Start);
        Output.Length = printed.Start;
        return text;
    }

    /// <summary>Gets an empty builder from this thread's spares, for text given back with <see cref="ToTextAndRecycle"/>.</summary>
    internal static StringBuilder RentText() =>
        t_spareOutputs is { } spares && spares.TryPop(out var spare) ? spare : new StringBuilder();

    internal string PopOutput() => ToTextAndRecycle(PopOutputBuilder());

    /// <summary>Ends the innermost output and returns its builder, which the caller gives back with <see cref="ToTextAndRecycle"/> or <see cref="WriteOutput"/>.</summary>
    internal StringBuilder PopOutputBuilder()
    {
        var builder = Output;
        _outputs.RemoveAt(_outputs.Count - 1);
        Output = _outputs.Count > 0 ? _outputs[^1] : new StringBuilder();
        _outputStart = _outputStarts[^1];
        _outputStarts.RemoveAt(_outputStarts.Count - 1);
        return builder;
    }

    /// <summary>Returns the text of a popped output builder and keeps the builder for reuse.</summary>
    internal static string ToTextAndRecycle(StringBuilder builder)
    {
        var text = builder.ToString();
        Recycle(builder);
        return text;
    }

    /// <summary>
    /// Writes a popped output builder (an include's output) as <see cref="Write(string, ScriptNode?)"/> would write its text,
    /// without making a string of it when no indent applies; <paramref name="trimEnd"/> drops trailing white space first, as <c>string.rstrip</c> does.
    /// </summary>
    internal void WriteOutput(StringBuilder rendered, bool trimEnd, ScriptNode at)
    {
        var length = trimEnd ? TrimmedLength(rendered, 0) : rendered.Length;

        if (CurrentIndent is null)
        {
            Output.Append(rendered, 0, length);
            CheckOutput(at);
        }
        else
        {
            Write(rendered.ToString(0, length), at);
        }

        Recycle(rendered);
    }

    /// <summary>Keeps a popped output builder for reuse on this thread (within the bounds of the spares).</summary>
    internal static void Recycle(StringBuilder builder)
    {
        var spares = t_spareOutputs ??= new Stack<StringBuilder>(MaxKeptOutputs);
        if (builder.Capacity <= MaxKeptOutputCapacity && spares.Count < MaxKeptOutputs)
        {
            builder.Clear();
            spares.Push(builder);
        }
    }

    internal void Write(string text, ScriptNode? at = null)
    {
        if (CurrentIndent is null || text.IndexOf('\n') < 0)
        {
            Output.Append(text);
        }
        else
        {
            WriteIndented(text, CurrentIndent);
        }

        CheckOutput(at);
    }

    internal void Write(string text, int start, int count, ScriptNode? at = null)
    {
        Output.Append(text, start, count);
        CheckOutput(at);
    }

    // Writes without a node (table-row markup) are checked at the next located write.
    private void CheckOutput(ScriptNode? at)
    {
        if (at is not null && LimitToString > 0 && Output.Length - _outputStart > LimitToString)
        {
            throw new ScriptRuntimeException(at.Span, "The output exceeds LimitToString `" + LimitToString.ToString(CultureInfo.InvariantCulture) + "`");
        }
    }

    /// <summary>
    /// Writes a number formatted as <c>math.format</c> would return it (in <see cref="Culture"/>), without making a string;
    /// returns false, having written nothing, for other values, for text too long for the buffer or holding a line break, and for a bad format (the general path reports it).
    /// </summary>
    internal bool TryWriteFormatted(object? value, string? format, ScriptNode at)
    {
        if (value is not (decimal or int or long or double))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        int written;
        try
        {
            if (!((ISpanFormattable)value).TryFormat(buffer, out written, format, Culture))
            {
                return false;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        var text = buffer[..written];
        if (CurrentIndent is not null && text.Contains('\n'))
        {
            return false;
        }

        Output.Append(text);
        CheckOutput(at);
        return true;
    }

    private void WriteIndented(string text, string indent)
    {
        var start = 0;
        while (true)
        {
            var nl = text.IndexOf('\n', start);
            if (nl < 0 || nl == text.Length - 1)
            {
                Output.Append(text, start, text.Length - start);
                return;
            }

            Output.Append(text, start, nl + 1 - start).Append(indent);
            start = nl + 1;
        }
    }

    /// <summary>Sets the pending pipe state and returns the previous one for <see cref="RestorePipe"/>.</summary>
    internal (bool HasPipe, object? Value) SwapPipe(bool hasPipe, object? value)
    {
        var saved = (HasPipe, PipeValue);
        HasPipe = hasPipe;
        PipeValue = value;
        return saved;
    }

    internal void RestorePipe((bool HasPipe, object? Value) saved)
    {
        HasPipe = saved.HasPipe;
        PipeValue = saved.Value;
    }

    internal object? TakePipe()
    {
        var value = PipeValue;
        HasPipe = false;
        PipeValue = null;
        return value;
    }
}

/// <summary>The output of an include a statement prints: in a builder of its own (<see cref="Builder"/>), or in the current output from <see cref="Start"/> on.</summary>
internal readonly record struct PrintedInclude(StringBuilder? Builder, int Start);

/// <summary>A loop variable as stored in a global scope: its name, the scope, the scope's version right after the store, and the value.</summary>
internal readonly record struct LoopVariableBinding(string Name, ScriptObject Scope, long Version, object? Value);
