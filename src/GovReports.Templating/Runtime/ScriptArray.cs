namespace GovReports.Templating.Runtime;

/// <summary>A template array: a list of values that may also carry named members.</summary>
internal sealed class ScriptArray : List<object?>
{
    public ScriptArray()
    {
    }

    public ScriptArray(int capacity)
        : base(capacity)
    {
    }

    public ScriptArray(IEnumerable<object?> items)
        : base(items)
    {
    }

    public ScriptObject? Members { get; set; }

    public override string ToString() => ScriptValue.ToText(this);
}

/// <summary>An integer range produced by <c>a..b</c> or <c>a..&lt;b</c>.</summary>
internal sealed class ScriptRange : System.Collections.Generic.IReadOnlyList<object?>
{
    public ScriptRange(long start, long end, bool inclusive)
    {
        Start = start;
        var step = end >= start ? 1 : -1;
        Last = inclusive ? end : end - step;
        Count = inclusive ? (int)Math.Min(int.MaxValue, Math.Abs(end - start) + 1) : (int)Math.Min(int.MaxValue, Math.Abs(end - start));
        Step = step;
    }

    public long Start { get; }

    public long Last { get; }

    public int Step { get; }

    public int Count { get; }

    public object? this[int index] => ScriptValue.FromLong(Start + ((long)index * Step));

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The special <c>empty</c> value: equal to empty arrays and objects.</summary>
internal sealed class EmptyValue
{
    public static readonly EmptyValue Instance = new();

    private EmptyValue()
    {
    }

    public override string ToString() => string.Empty;
}
