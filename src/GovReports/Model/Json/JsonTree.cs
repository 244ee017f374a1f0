using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace GovReports.Model.Json;

internal enum JKind : byte
{
    Object,
    Array,
    Name,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>One value (or property name) of a parsed document; containers are followed by their contents.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Offset">The byte offset where the token starts.</param>
/// <param name="Count">The number of properties of an object or items of an array.</param>
/// <param name="Next">The index of the token after this value and everything inside it.</param>
/// <param name="Text">The decoded string or property name, or the raw number text.</param>
internal readonly record struct JToken(JKind Kind, int Offset, int Count, int Next, string? Text)
{
    public string Describe() => Kind switch
    {
        JKind.Object => "an object",
        JKind.Array => "an array",
        JKind.String => "a string",
        JKind.Number => "a number",
        JKind.True or JKind.False => "a boolean",
        JKind.Null => "null",
        _ => "a value",
    };
}

/// <summary>
/// A parsed JSON document as one flat array of tokens in document order: an object is followed by a name token and a
/// value for each property, an array by its items. Each token remembers where it starts, so errors can name a line and
/// column; a flat array costs one allocation where a tree of nodes cost one per value.
/// </summary>
internal sealed class JsonTree : IDisposable
{
    private JToken[] _tokens;
    private int _count;
    private char[] _chars = [];
    // Property names repeat: a document of a few hundred properties uses a few dozen names.
    private readonly string?[] _names = new string?[128];

    private JsonTree(int capacity) => _tokens = ArrayPool<JToken>.Shared.Rent(capacity);

    public ref readonly JToken this[int index] => ref _tokens[index];

    /// <summary>Parses a document; dispose the tree when done with it (its token array is pooled).</summary>
    public static JsonTree Parse(ReadOnlySpan<byte> utf8)
    {
        // About one token per 50 bytes of indented data; the array grows when that guess is short.
        var tree = new JsonTree(Math.Max(16, utf8.Length / 50));
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 });
            if (!reader.Read()) throw new JsonSyntaxError("the input is empty", 0);
            tree.ReadValue(ref reader);
            if (reader.Read()) throw new JsonSyntaxError("unexpected content after the end of the JSON value", (int)reader.TokenStartIndex);
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
        finally
        {
            if (tree._chars.Length > 0) ArrayPool<char>.Shared.Return(tree._chars);
            tree._chars = [];
        }
    }

    public void Dispose()
    {
        if (_tokens.Length == 0) return;
        ArrayPool<JToken>.Shared.Return(_tokens, clearArray: true);
        _tokens = [];
    }

    /// <summary>The index of the value of the first property named <paramref name="name"/> of the object at <paramref name="obj"/>, or -1.</summary>
    public int Property(int obj, string name)
    {
        var p = obj + 1;
        for (var k = 0; k < _tokens[obj].Count; k++, p = _tokens[p + 1].Next)
            if (_tokens[p].Text == name) return p + 1;
        return -1;
    }

    /// <summary>The index of item <paramref name="item"/> of the array at <paramref name="array"/>.</summary>
    public int ItemAt(int array, int item)
    {
        var i = array + 1;
        for (var k = 0; k < item; k++) i = _tokens[i].Next;
        return i;
    }

    /// <summary>The string at the reader, as <see cref="Utf8JsonReader.GetString"/> reads it.</summary>
    private string StringAt(ref Utf8JsonReader reader, int offset)
    {
        // Decoding into a buffer and copying is cheaper than GetString, which counts the characters before decoding them.
        // Unescaped, a string has at most as many characters as its JSON text has bytes.
        var raw = reader.ValueSpan;
        if (_chars.Length < raw.Length)
        {
            if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(Math.Max(256, raw.Length));
        }
        int written;
        if (!reader.ValueIsEscaped)
        {
            if (Utf8.ToUtf16(raw, _chars, out _, out written, replaceInvalidSequences: false) != OperationStatus.Done)
                throw new JsonSyntaxError("a string is not valid UTF-8", offset);
        }
        else
        {
            try
            {
                written = reader.CopyString(_chars);
            }
            catch (InvalidOperationException)
            {
                throw new JsonSyntaxError("a string is not valid UTF-8", offset);
            }
        }
        return new string(_chars, 0, written);
    }

    /// <summary>A property name, shared with earlier occurrences of the same plain ASCII name.</summary>
    private string NameAt(ref Utf8JsonReader reader, int offset)
    {
        var utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || utf8.Length == 0) return StringAt(ref reader, offset);
        var slot = (utf8.Length * 31 + utf8[0] * 7 + utf8[utf8.Length / 2] * 3 + utf8[^1]) & (_names.Length - 1);
        if (_names[slot] is { } known && Ascii.Equals(utf8, known)) return known;
        var name = StringAt(ref reader, offset);
        if (Ascii.IsValid(utf8)) _names[slot] = name;
        return name;
    }

    private int Add(JKind kind, int offset, string? text)
    {
        if (_count == _tokens.Length)
        {
            var larger = ArrayPool<JToken>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan().CopyTo(larger);
            ArrayPool<JToken>.Shared.Return(_tokens, clearArray: true);
            _tokens = larger;
        }
        _tokens[_count] = new JToken(kind, offset, 0, _count + 1, text);
        return _count++;
    }

    private void Close(int index, int count) => _tokens[index] = _tokens[index] with { Count = count, Next = _count };

    private void ReadValue(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var obj = Add(JKind.Object, offset, null);
                var count = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameOffset = (int)reader.TokenStartIndex;
                    Add(JKind.Name, nameOffset, NameAt(ref reader, nameOffset));
                    reader.Read();
                    ReadValue(ref reader);
                    count++;
                }
                Close(obj, count);
                return;
            }
            case JsonTokenType.StartArray:
            {
                var arr = Add(JKind.Array, offset, null);
                var count = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadValue(ref reader);
                    count++;
                }
                Close(arr, count);
                return;
            }
            case JsonTokenType.String:
                Add(JKind.String, offset, StringAt(ref reader, offset));
                return;
            case JsonTokenType.Number:
                Add(JKind.Number, offset, Encoding.UTF8.GetString(reader.ValueSpan));
                return;
            case JsonTokenType.True:
                Add(JKind.True, offset, null);
                return;
            case JsonTokenType.False:
                Add(JKind.False, offset, null);
                return;
            default:
                Add(JKind.Null, offset, null);
                return;
        }
    }
}

/// <summary>Turns byte offsets into 1-based lines and columns (columns count characters, not bytes).</summary>
internal static class SourceMap
{
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..Math.Min(offset, utf8.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
            if ((b & 0xC0) != 0x80) column++;
        return (line, column);
    }
}

internal static class EditDistance
{
    public static int Compute(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>The closest candidate within a distance that still looks like a typo, or <see langword="null"/>.</summary>
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Compute(input, c);
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(c, best) < 0))
            {
                best = c;
                bestDistance = d;
            }
        }
        var limit = Math.Max(2, input.Length / 3);
        return bestDistance <= limit ? best : null;
    }
}

internal sealed class JsonSyntaxError(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
