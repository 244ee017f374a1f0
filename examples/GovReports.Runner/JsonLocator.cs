using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GovReports.Runner;

/// <summary>Finds the line and column of JSON paths (<c>results.funding[0].lines[1].allocated</c>) in a data file, so every finding points into the file.</summary>
internal static class JsonLocator
{
    /// <summary>
    /// The 1-based line and column of the value at each path, or of its nearest ancestor present in the file; null when the
    /// JSON cannot be read. One pass over the file serves every path.
    /// </summary>
    /// <param name="utf8">The file as UTF-8, without a byte order mark.</param>
    /// <param name="paths">The paths to find.</param>
    public static (int Line, int Column)?[] Locate(ReadOnlySpan<byte> utf8, IReadOnlyList<string> paths)
    {
        var found = new (int Line, int Column)?[paths.Count];
        if (paths.Count == 0) return found;
        // Only the paths asked for and their ancestors are looked up; the path of every other value is spelt out in a
        // reused buffer and never becomes a string.
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var p = path; ; p = Parent(p))
            {
                wanted.Add(p);
                if (p.Length == 0) break;
            }
        }
        var offsets = FirstOffsets(utf8, wanted);
        if (offsets is null) return found;
        for (var i = 0; i < paths.Count; i++)
        {
            for (var p = paths[i]; ; p = Parent(p))
            {
                if (offsets.TryGetValue(p, out var offset))
                {
                    found[i] = Position(utf8, offset);
                    break;
                }
                if (p.Length == 0) break;
            }
        }
        return found;
    }

    /// <summary>Where the first value at each wanted path starts; null when the JSON cannot be read.</summary>
    private static Dictionary<string, int>? FirstOffsets(ReadOnlySpan<byte> utf8, HashSet<string> wanted)
    {
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new PathBuffer();
        var name = new PathBuffer();
        var hasName = false;
        var stack = new Stack<(int Length, int Index, bool IsArray)>();
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name.Length = 0;
                        name.AppendString(ref reader);
                        hasName = true;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        continue;
                }
                // The value's path: the root is "", an item is parent[i], a property is parent.name (or name under "").
                if (stack.Count == 0)
                {
                    path.Length = 0;
                }
                else
                {
                    var (parentLength, index, isArray) = stack.Peek();
                    path.Length = parentLength;
                    if (isArray)
                    {
                        path.Append("[");
                        path.Append(index.ToString(CultureInfo.InvariantCulture));
                        path.Append("]");
                    }
                    else
                    {
                        if (parentLength > 0) path.Append(".");
                        if (hasName) path.Append(name.Chars);
                    }
                }
                hasName = false;
                if (lookup.TryGetValue(path.Chars, out var key)) offsets.TryAdd(key, (int)reader.TokenStartIndex);
                if (stack.Count > 0 && stack.Peek().IsArray)
                {
                    var top = stack.Pop();
                    stack.Push(top with { Index = top.Index + 1 });
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    stack.Push((path.Length, 0, reader.TokenType == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return offsets;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>A growable run of characters that is cut back and appended to as the reader moves through the file.</summary>
    private sealed class PathBuffer
    {
        private char[] _chars = new char[256];

        public int Length { get; set; }

        public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

        public void Append(ReadOnlySpan<char> text)
        {
            Reserve(text.Length);
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        /// <summary>Appends the string at the reader, unescaped, as <see cref="Utf8JsonReader.GetString"/> would return it.</summary>
        public void AppendString(ref Utf8JsonReader reader)
        {
            // Unescaped, a string has at most as many characters as its JSON text has bytes.
            Reserve(reader.ValueSpan.Length);
            Length += reader.CopyString(_chars.AsSpan(Length));
        }

        private void Reserve(int more)
        {
            if (Length + more > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
        }
    }
}
