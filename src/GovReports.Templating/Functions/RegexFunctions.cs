using System.Text.RegularExpressions;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Functions;

/// <summary>The <c>regex.*</c> builtins; every match runs with a timeout so a hostile pattern cannot stall a render.</summary>
internal static class RegexFunctions
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static string Escape(string? pattern) => Regex.Escape(pattern ?? string.Empty);

    public static string Unescape(string? pattern) => Regex.Unescape(pattern ?? string.Empty);

    public static ScriptArray Match(string? text, string? pattern, string? options = null)
    {
        var result = new ScriptArray();
        var match = Create(pattern, options).Match(text ?? string.Empty);
        if (match.Success)
        {
            foreach (Group group in match.Groups)
            {
                result.Add(group.Value);
            }
        }

        return result;
    }

    public static ScriptArray Matches(string? text, string? pattern, string? options = null)
    {
        var result = new ScriptArray();
        foreach (System.Text.RegularExpressions.Match match in Create(pattern, options).Matches(text ?? string.Empty))
        {
            var groups = new ScriptArray();
            foreach (Group group in match.Groups)
            {
                groups.Add(group.Value);
            }

            result.Add(groups);
        }

        return result;
    }

    public static string Replace(string? text, string? pattern, string? replace, string? options = null) =>
        Create(pattern, options).Replace(text ?? string.Empty, replace ?? string.Empty);

    public static ScriptArray Split(string? text, string? pattern, string? options = null) =>
        new(Create(pattern, options).Split(text ?? string.Empty));

    private static Regex Create(string? pattern, string? options)
    {
        var flags = RegexOptions.CultureInvariant;
        foreach (var c in options ?? string.Empty)
        {
            flags |= c switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        return new Regex(pattern ?? string.Empty, flags, Timeout);
    }
}
