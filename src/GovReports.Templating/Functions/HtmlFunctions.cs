using System.Text;
using System.Text.RegularExpressions;

namespace GovReports.Templating.Functions;

/// <summary>The <c>html.*</c> builtins.</summary>
internal static class HtmlFunctions
{
    private static readonly Regex Tags = new(
        @"<script.*?</script>|<!--.*?-->|<style.*?</style>|<(?:[^>=]|='[^']*'|=""[^""]*""|=[^'""][^\s>]*)*>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public static string Strip(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Tags.Replace(text, string.Empty);

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string NewlineToBr(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || c == '\n')
            {
                sb.Append("<br />");
                sb.Append(c);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    sb.Append('\n');
                    i++;
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string UrlEncode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : System.Net.WebUtility.UrlEncode(text);

    public static string UrlEscape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        const string Allowed = "-._~:/?#[]@!$&'()*+,;=%";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (b < 128 && (char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c, StringComparison.Ordinal)))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
