using System.Globalization;
using System.Text;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Functions;

/// <summary>The <c>string.*</c> builtins.</summary>
internal static class StringFunctions
{
    public static string Append(string? text, string? with) => (text ?? string.Empty) + (with ?? string.Empty);

    public static string Prepend(string? text, string? by) => (by ?? string.Empty) + (text ?? string.Empty);

    public static string Capitalize(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : char.ToUpperInvariant(text[0]) + text.Substring(1);

    public static string Capitalizewords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var wordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                wordStart = true;
                sb.Append(c);
            }
            else
            {
                sb.Append(wordStart && char.IsLetter(c) ? char.ToUpperInvariant(c) : c);
                wordStart = false;
            }
        }

        return sb.ToString();
    }

    public static bool Contains(string? text, string? value) =>
        text is not null && !string.IsNullOrEmpty(value) && text.Contains(value, StringComparison.Ordinal);

    public static string Downcase(string? text) => text?.ToLowerInvariant() ?? string.Empty;

    public static string Upcase(string? text) => text?.ToUpperInvariant() ?? string.Empty;

    public static bool Empty(string? text) => string.IsNullOrEmpty(text);

    public static bool Whitespace(string? text) => string.IsNullOrWhiteSpace(text);

    public static bool StartsWith(string? text, string? value) =>
        text is not null && !string.IsNullOrEmpty(value) && text.StartsWith(value, StringComparison.Ordinal);

    public static bool EndsWith(string? text, string? value) =>
        text is not null && !string.IsNullOrEmpty(value) && text.EndsWith(value, StringComparison.Ordinal);

    public static bool EqualsIgnoreCase(string? text, string? other) => string.Equals(text, other, StringComparison.OrdinalIgnoreCase);

    public static string Escape(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        ScriptValue.AppendQuoted(sb, text);
        return sb.ToString(1, sb.Length - 2);
    }

    public static string Literal(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var sb = new StringBuilder();
        ScriptValue.AppendQuoted(sb, text);
        return sb.ToString();
    }

    public static string Handleize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }

    public static string Lstrip(string? text) => text?.TrimStart() ?? string.Empty;

    public static string Rstrip(string? text) => text?.TrimEnd() ?? string.Empty;

    public static string Strip(string? text) => text?.Trim() ?? string.Empty;

    public static string StripNewlines(string? text) =>
        text is null ? string.Empty : text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    public static string PadLeft(TemplateContext context, Parsing.SourceSpan span, string? text, int width)
    {
        context.CheckLength(span, width);
        return (text ?? string.Empty).PadLeft(Math.Max(0, width));
    }

    public static string PadRight(TemplateContext context, Parsing.SourceSpan span, string? text, int width)
    {
        context.CheckLength(span, width);
        return (text ?? string.Empty).PadRight(Math.Max(0, width));
    }

    public static string? Pluralize(int number, string? singular, string? plural) => number == 1 ? singular : plural;

    public static string Remove(string? text, string? remove) =>
        text is null ? string.Empty : string.IsNullOrEmpty(remove) ? text : text.Replace(remove, string.Empty, StringComparison.Ordinal);

    public static string RemoveFirst(string? text, string? remove) => ReplaceFirst(text, remove, string.Empty, false);

    public static string RemoveLast(string? text, string? remove)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (string.IsNullOrEmpty(remove))
        {
            return text;
        }

        var index = text.LastIndexOf(remove, StringComparison.Ordinal);
        return index < 0 ? text : text.Remove(index, remove.Length);
    }

    public static string Replace(string? text, string? match, string? replace) =>
        text is null ? string.Empty : string.IsNullOrEmpty(match) ? text : text.Replace(match, replace ?? string.Empty, StringComparison.Ordinal);

    public static string ReplaceFirst(string? text, string? match, string? replace, bool fromEnd = false)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (string.IsNullOrEmpty(match))
        {
            return text;
        }

        var index = fromEnd ? text.LastIndexOf(match, StringComparison.Ordinal) : text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : text.Substring(0, index) + (replace ?? string.Empty) + text.Substring(index + match.Length);
    }

    public static int Size(string? text) => text?.Length ?? 0;

    public static string Slice(string? text, int start, int length = 0)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (start < 0)
        {
            start += text.Length;
        }

        if (length <= 0)
        {
            length = text.Length;
        }

        return Cut(text, start, length);
    }

    public static string Slice1(string? text, int start, int length = 1)
    {
        if (string.IsNullOrEmpty(text) || length <= 0)
        {
            return string.Empty;
        }

        if (start < 0)
        {
            start += text.Length;
        }

        return Cut(text, start, length);
    }

    private static string Cut(string text, int start, int length)
    {
        if (start < 0)
        {
            if (start + length <= 0)
            {
                return string.Empty;
            }

            length += start;
            start = 0;
        }

        if (start >= text.Length)
        {
            return string.Empty;
        }

        if (start + length > text.Length)
        {
            length = text.Length - start;
        }

        return text.Substring(start, length);
    }

    public static ScriptArray Split(string? text, string? separator)
    {
        var result = new ScriptArray();
        if (string.IsNullOrEmpty(text))
        {
            return result;
        }

        var parts = string.IsNullOrEmpty(separator)
            ? text.Select(c => c.ToString()).ToArray()
            : text.Split(separator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            result.Add(part);
        }

        return result;
    }

    public static object? ToInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static object? ToLong(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static object? ToFloat(string? text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static object? ToDouble(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static string Truncate(string? text, int length, string? ellipsis = "...")
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length <= length)
        {
            return text;
        }

        ellipsis ??= "...";
        var keep = Math.Max(0, length - ellipsis.Length);
        return text.Substring(0, Math.Min(keep, text.Length)) + ellipsis;
    }

    public static string Truncatewords(string? text, int count, string? ellipsis = "...")
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= count)
        {
            return text;
        }

        return string.Join(" ", words.Take(Math.Max(0, count))) + (ellipsis ?? "...");
    }

    public static int IndexOf(string? text, string? search, int? startIndex = null, int? count = null, string? stringComparison = null)
    {
        if (text is null || search is null)
        {
            return -1;
        }

        var comparison = stringComparison is null ? StringComparison.CurrentCulture : Enum.Parse<StringComparison>(stringComparison, true);
        if (comparison is StringComparison.CurrentCulture or StringComparison.CurrentCultureIgnoreCase)
        {
            comparison = comparison == StringComparison.CurrentCulture ? StringComparison.InvariantCulture : StringComparison.InvariantCultureIgnoreCase;
        }

        var start = startIndex ?? 0;
        var length = count ?? (text.Length - start);
        return text.IndexOf(search, start, length, comparison);
    }

    public static string Md5(string? text) => Hex(System.Security.Cryptography.MD5.HashData(Bytes(text)));

    public static string Sha1(string? text) => Hex(System.Security.Cryptography.SHA1.HashData(Bytes(text)));

    public static string Sha256(string? text) => Hex(System.Security.Cryptography.SHA256.HashData(Bytes(text)));

    public static string Sha512(string? text) => Hex(System.Security.Cryptography.SHA512.HashData(Bytes(text)));

    public static string HmacSha1(string? text, string? secretKey) => Hex(System.Security.Cryptography.HMACSHA1.HashData(Bytes(secretKey), Bytes(text)));

    public static string HmacSha256(string? text, string? secretKey) => Hex(System.Security.Cryptography.HMACSHA256.HashData(Bytes(secretKey), Bytes(text)));

    public static string HmacSha512(string? text, string? secretKey) => Hex(System.Security.Cryptography.HMACSHA512.HashData(Bytes(secretKey), Bytes(text)));

    public static string Base64Encode(string? text) => Convert.ToBase64String(Bytes(text));

    public static string Base64Decode(string? text) => Encoding.UTF8.GetString(Convert.FromBase64String(text ?? string.Empty));

    private static byte[] Bytes(string? text) => Encoding.UTF8.GetBytes(text ?? string.Empty);

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();

    public static string NewlineToBr(string? text) =>
        text is null ? string.Empty : text.Replace("\r\n", "<br />\r\n", StringComparison.Ordinal).Replace("\n", "<br />\n", StringComparison.Ordinal);
}
