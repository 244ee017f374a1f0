using System.Buffers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovReports.Markup;

/// <summary>
/// Reads front matter written in the plain YAML shapes of MARKUP.md — <c>key: value</c> lines, nested mappings and
/// <c>- item</c> lists by indentation, plain or double-quoted one-line scalars, one-line <c>[a, b]</c> and <c>{k: v}</c> —
/// into the YAML nodes <see cref="FrontMatter"/> reads. Anything else (comments, quotes of other kinds, anchors, tags,
/// multi-line scalars, escapes other than <c>\n \" \\</c>) is left to YamlDotNet.
/// </summary>
internal sealed class FastFrontMatter
{
    // Characters with a meaning in YAML that these shapes never need, and line breaks YamlDotNet also honours.
    private static readonly SearchValues<char> Unsupported = SearchValues.Create("#\t\u0085\u2028\u2029\uFEFF");

    // A plain scalar may not start with a YAML indicator.
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    // The frame nests three deep (distribution, items, an item); deeper front matter is left to YamlDotNet.
    private const int MaxDepth = 4;

    private readonly string _yaml;
    private readonly List<(int Start, int End, int Indent)> _lines = [];
    private int _line;

    private FastFrontMatter(string yaml)
    {
        _yaml = yaml;
        for (var pos = 0; pos < yaml.Length;)
        {
            var end = yaml.IndexOf('\n', pos);
            if (end < 0) end = yaml.Length;
            var indent = yaml.AsSpan(pos, end - pos).IndexOfAnyExcept(' ');
            if (indent >= 0) _lines.Add((pos, end, indent));
            pos = end + 1;
        }
    }

    /// <summary>Reads the front matter's fields; <see langword="false"/> when it leaves the plain shapes (then <paramref name="fields"/> is null).</summary>
    public static bool TryRead(string yaml, out YamlMappingNode? fields)
    {
        fields = null;
        if (yaml.AsSpan().IndexOfAny(Unsupported) >= 0 || yaml.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0) return false;
        var reader = new FastFrontMatter(yaml);
        if (reader._lines.Count == 0) return true;
        if (reader._lines[0].Indent != 0) return false;
        fields = reader.Mapping(0, 1);
        return fields is not null && reader._line == reader._lines.Count;
    }

    // A block mapping whose keys all start at column indent; null hands over.
    private YamlMappingNode? Mapping(int indent, int depth)
    {
        if (depth > MaxDepth) return null;
        var entries = new YamlMappingNode();
        while (_line < _lines.Count && _lines[_line].Indent == indent)
        {
            var (start, end, _) = _lines[_line];
            var line = _yaml.AsSpan(start + indent, end - start - indent);
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon])) return null;
            var key = new YamlScalarNode(line[..colon].ToString());
            if (entries.Children.ContainsKey(key)) return null;
            var rest = line[(colon + 1)..];
            _line++;
            YamlNode? value;
            if (rest.Trim(' ').Length == 0)
            {
                // "key:" introduces a nested block, or has no value at all.
                if (_line < _lines.Count && _lines[_line].Indent > indent) value = Block(_lines[_line].Indent, depth + 1);
                else value = new YamlScalarNode("") { Style = ScalarStyle.Plain };
            }
            else value = rest[0] == ' ' ? InlineValue(start + indent + colon + 2, end) : null;
            if (value is null) return null;
            entries.Add(key, value);
        }
        return _line < _lines.Count && _lines[_line].Indent > indent ? null : entries;
    }

    private YamlNode? Block(int indent, int depth)
    {
        var (start, end, _) = _lines[_line];
        return _yaml.AsSpan(start + indent, end - start - indent).StartsWith("- ") ? Sequence(indent) : Mapping(indent, depth);
    }

    // A block sequence of one-line items ("- value") at column indent.
    private YamlSequenceNode? Sequence(int indent)
    {
        var items = new YamlSequenceNode();
        while (_line < _lines.Count && _lines[_line].Indent == indent)
        {
            var (start, end, _) = _lines[_line];
            if (!_yaml.AsSpan(start + indent, end - start - indent).StartsWith("- ")) return null;
            var item = InlineValue(start + indent + 2, end);
            if (item is null) return null;
            items.Add(item);
            _line++;
        }
        return _line < _lines.Count && _lines[_line].Indent > indent ? null : items;
    }

    // A value that ends with its line: a plain or double-quoted scalar, a flow sequence or a flow mapping.
    private YamlNode? InlineValue(int start, int end)
    {
        var text = _yaml.AsSpan(start, end - start).TrimEnd(' ');
        if (text.Length == 0) return null;
        var pos = 0;
        YamlNode? node = text[0] switch
        {
            '"' => DoubleQuoted(text, ref pos),
            '[' => FlowSequence(text, ref pos),
            '{' => FlowMapping(text, ref pos),
            _ => null,
        };
        if (node is not null) return pos == text.Length ? node : null;
        // A plain scalar: no indicator first, no ": " (a nested key) and no white space YAML would keep at either end.
        if (text[0] == ' ' || Indicators.Contains(text[0]) || text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':'
            || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            return null;
        return new YamlScalarNode(text.ToString()) { Style = ScalarStyle.Plain };
    }

    private static YamlScalarNode? DoubleQuoted(ReadOnlySpan<char> text, ref int pos)
    {
        var value = new System.Text.StringBuilder();
        for (var i = pos + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                pos = i + 1;
                return new YamlScalarNode(value.ToString()) { Style = ScalarStyle.DoubleQuoted };
            }
            if (c == '\\')
            {
                if (i + 1 >= text.Length) return null;
                value.Append(text[++i] switch { 'n' => '\n', '"' => '"', '\\' => '\\', _ => '\0' });
                if (value[^1] == '\0') return null;
            }
            else value.Append(c);
        }
        return null;
    }

    // "[a, b]" with plain or double-quoted items.
    private static YamlSequenceNode? FlowSequence(ReadOnlySpan<char> text, ref int pos)
    {
        var items = new YamlSequenceNode();
        pos++;
        SkipSpaces(text, ref pos);
        if (pos < text.Length && text[pos] == ']')
        {
            pos++;
            return items;
        }
        while (pos < text.Length)
        {
            var item = FlowScalar(text, ref pos, ']');
            if (item is null) return null;
            items.Add(item);
            SkipSpaces(text, ref pos);
            if (pos >= text.Length) return null;
            if (text[pos++] == ']') return items;
            if (text[pos - 1] != ',') return null;
        }
        return null;
    }

    // "{k: v, k: v}" with plain or double-quoted values, or flow sequences.
    private static YamlMappingNode? FlowMapping(ReadOnlySpan<char> text, ref int pos)
    {
        var entries = new YamlMappingNode();
        pos++;
        while (pos < text.Length)
        {
            SkipSpaces(text, ref pos);
            var colon = text[pos..].IndexOf(": ");
            if (colon <= 0 || !IsKey(text.Slice(pos, colon))) return null;
            var key = new YamlScalarNode(text.Slice(pos, colon).ToString());
            if (entries.Children.ContainsKey(key)) return null;
            pos += colon + 2;
            SkipSpaces(text, ref pos);
            YamlNode? value = pos < text.Length && text[pos] == '[' ? FlowSequence(text, ref pos) : FlowScalar(text, ref pos, '}');
            if (value is null) return null;
            entries.Add(key, value);
            SkipSpaces(text, ref pos);
            if (pos >= text.Length) return null;
            if (text[pos++] == '}') return entries;
            if (text[pos - 1] != ',') return null;
        }
        return null;
    }

    // A scalar inside a flow collection, up to ',' or the closing bracket.
    private static YamlScalarNode? FlowScalar(ReadOnlySpan<char> text, ref int pos, char close)
    {
        SkipSpaces(text, ref pos);
        if (pos >= text.Length) return null;
        if (text[pos] == '"') return DoubleQuoted(text, ref pos);
        var end = text[pos..].IndexOfAny(',', close);
        if (end <= 0) return null;
        var value = text.Slice(pos, end).TrimEnd(' ');
        if (value.Length == 0 || Indicators.Contains(value[0]) || value.ContainsAny(":[]{}\"") || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return null;
        pos += end;
        return new YamlScalarNode(value.ToString()) { Style = ScalarStyle.Plain };
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int pos)
    {
        while (pos < text.Length && text[pos] == ' ') pos++;
    }

    private static bool IsKey(ReadOnlySpan<char> key) => key.Length > 0 && char.IsAsciiLetter(key[0]) && !key.ContainsAnyExcept(AsciiLettersAndDigits);

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}
