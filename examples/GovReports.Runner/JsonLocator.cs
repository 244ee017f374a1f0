using System.Text;
using System.Text.Json;

namespace GovReports.Runner;

/// <summary>Finds the line and column of a JSON path (<c>results.funding[0].lines[1].allocated</c>) in a data file, so every finding points into the file.</summary>
internal static class JsonLocator
{
    /// <summary>The 1-based line and column of the value at <paramref name="path"/>, or of its nearest ancestor present in the file; null when the JSON cannot be read.</summary>
    public static (int Line, int Column)? Locate(string json, string path)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var stack = new Stack<(string Path, int Index, bool IsArray)>();
            string? pendingName = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                }
                var here = ValuePath(stack, pendingName);
                pendingName = null;
                offsets.TryAdd(here, reader.TokenStartIndex);
                if (stack.Count > 0 && stack.Peek().IsArray)
                {
                    var top = stack.Pop();
                    stack.Push(top with { Index = top.Index + 1 });
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    stack.Push((here, 0, reader.TokenType == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            return null;
        }

        for (var p = path; ; p = Parent(p))
        {
            if (offsets.TryGetValue(p, out var offset)) return Position(utf8, (int)offset);
            if (p.Length == 0) return null;
        }
    }

    private static string ValuePath(Stack<(string Path, int Index, bool IsArray)> stack, string? name)
    {
        if (stack.Count == 0) return "";
        var (parent, index, isArray) = stack.Peek();
        if (isArray) return parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        return parent.Length == 0 ? name ?? "" : parent + "." + name;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static (int Line, int Column) Position(byte[] utf8, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (utf8[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, Encoding.UTF8.GetCharCount(utf8, lineStart, offset - lineStart) + 1);
    }
}
