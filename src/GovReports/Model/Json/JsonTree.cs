using System.Text;
using System.Text.Json;

namespace GovReports.Model.Json;

internal abstract class JNode
{
    public int Offset { get; init; }
}

internal sealed class JObject : JNode
{
    public List<JProperty> Properties { get; } = [];
}

internal sealed record JProperty(string Name, int Offset, JNode Value);

internal sealed class JArray : JNode
{
    public List<JNode> Items { get; } = [];
}

internal sealed class JScalar : JNode
{
    public JsonTokenType Kind { get; init; }

    /// <summary>The string value, or the raw number text.</summary>
    public string Text { get; init; } = "";

    public string Describe() => Kind switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "a value",
    };
}

/// <summary>Parses UTF-8 JSON into a small tree that remembers where each value starts, so errors can name a line and column.</summary>
internal static class JsonTree
{
    public static JNode Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 });
        if (!reader.Read()) throw new JsonSyntaxError("the input is empty", 0);
        var root = ReadValue(ref reader);
        if (reader.Read()) throw new JsonSyntaxError("unexpected content after the end of the JSON value", (int)reader.TokenStartIndex);
        return root;
    }

    private static string StringAt(ref Utf8JsonReader reader, int offset)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonSyntaxError("a string is not valid UTF-8", offset);
        }
    }

    private static JNode ReadValue(ref Utf8JsonReader reader)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var obj = new JObject { Offset = offset };
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameOffset = (int)reader.TokenStartIndex;
                    var name = StringAt(ref reader, nameOffset);
                    reader.Read();
                    obj.Properties.Add(new JProperty(name, nameOffset, ReadValue(ref reader)));
                }
                return obj;
            }
            case JsonTokenType.StartArray:
            {
                var arr = new JArray { Offset = offset };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    arr.Items.Add(ReadValue(ref reader));
                return arr;
            }
            case JsonTokenType.String:
                return new JScalar { Offset = offset, Kind = JsonTokenType.String, Text = StringAt(ref reader, offset) };
            case JsonTokenType.Number:
                return new JScalar { Offset = offset, Kind = JsonTokenType.Number, Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            default:
                return new JScalar { Offset = offset, Kind = reader.TokenType };
        }
    }
}

/// <summary>Turns byte offsets into 1-based lines and columns (columns count characters, not bytes).</summary>
internal sealed class SourceMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public SourceMap(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        var start = _lineStarts[index];
        var column = 1;
        for (var i = start; i < offset && i < _utf8.Length; i++)
            if ((_utf8[i] & 0xC0) != 0x80) column++;
        return (index + 1, column);
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
