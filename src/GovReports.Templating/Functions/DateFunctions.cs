using System.Globalization;
using System.Text;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Functions;

/// <summary>The <c>date.*</c> builtins with strftime-style formats.</summary>
internal static class DateFunctions
{
    public const string DefaultFormat = "%d %b %Y";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static DateTime Now(TemplateContext context) => context.Now;

    public static DateTime? AddDays(DateTime? date, double days) => date?.AddDays(days);

    public static DateTime? AddMonths(DateTime? date, int months) => date?.AddMonths(months);

    public static DateTime? AddYears(DateTime? date, int years) => date?.AddYears(years);

    public static DateTime? AddHours(DateTime? date, double hours) => date?.AddHours(hours);

    public static DateTime? AddMinutes(DateTime? date, double minutes) => date?.AddMinutes(minutes);

    public static DateTime? AddSeconds(DateTime? date, double seconds) => date?.AddSeconds(seconds);

    public static DateTime? AddMilliseconds(DateTime? date, double millis) => date?.AddMilliseconds(millis);

    [ScriptName("parse")]
    public static object? ParseText(TemplateContext context, string? text, string? pattern = null, string? culture = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var info = culture is null ? context.Culture : CultureInfo.GetCultureInfo(culture);
        if (!string.IsNullOrEmpty(pattern))
        {
            return DateTime.TryParseExact(text, ToNetPattern(pattern, info), info, DateTimeStyles.AdjustToUniversal, out var exact) ? exact : DateTime.MinValue;
        }

        return Parse(context, text, info);
    }

    internal static DateTime Parse(TemplateContext context, string text, CultureInfo? culture = null) =>
        DateTime.TryParse(text, culture ?? context.Culture, DateTimeStyles.AdjustToUniversal, out var value) ? value : DateTime.MinValue;

    [ScriptName("to_string")]
    public static string? ToText(TemplateContext context, DateTime? date, string? format, string? culture = null)
    {
        if (date is null || format is null)
        {
            return null;
        }

        return Format(date.Value, format, culture is null ? context.Culture : CultureInfo.GetCultureInfo(culture));
    }

    public static string? ParseToString(TemplateContext context, string? text, string? outputPattern = null, string? outputCulture = null, string? inputPattern = null, string? inputCulture = null)
    {
        var parsed = ParseText(context, text, inputPattern, inputCulture);
        return parsed is DateTime date ? ToText(context, date, outputPattern ?? context.DateFormat, outputCulture) : null;
    }

    private static string ToNetPattern(string pattern, CultureInfo culture)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c != '%' || i + 1 >= pattern.Length)
            {
                if (char.IsLetter(c) || c == '\'' || c == '\\')
                {
                    sb.Append('\\');
                }

                sb.Append(c);
                continue;
            }

            var code = pattern[++i];
            sb.Append(code switch
            {
                'd' => "dd",
                'e' => "%d",
                'k' => "H",
                'l' => "h",
                'j' => string.Empty,
                'm' => "MM",
                'Y' => "yyyy",
                'y' => "yy",
                'H' => "HH",
                'I' => "hh",
                'M' => "mm",
                'S' => "ss",
                'p' => "tt",
                'b' or 'h' => "MMM",
                'B' => "MMMM",
                'a' => "ddd",
                'A' => "dddd",
                'L' => "fff",
                'F' => "yyyy-MM-dd",
                'T' => "HH:mm:ss",
                'D' => "MM/dd/yy",
                'x' => culture.DateTimeFormat.ShortDatePattern,
                'X' => culture.DateTimeFormat.LongTimePattern,
                'R' => "HH:mm",
                '%' => "%",
                _ => string.Empty,
            });
        }

        return sb.ToString();
    }

    public static string Format(DateTime date, string format, CultureInfo? culture = null)
    {
        var info = culture ?? Inv;
        if (format == "%g")
        {
            return " " + Format(date, DefaultFormat, Inv);
        }

        var sb = new StringBuilder(format.Length + 8);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }

            var code = format[++i];
            switch (code)
            {
                case 'a':
                    sb.Append(date.ToString("ddd", info));
                    break;
                case 'A':
                    sb.Append(date.ToString("dddd", info));
                    break;
                case 'b':
                case 'h':
                    sb.Append(date.ToString("MMM", info));
                    break;
                case 'B':
                    sb.Append(date.ToString("MMMM", info));
                    break;
                case 'c':
                    sb.Append(Format(date, "%a %b %e %H:%M:%S %Y", info));
                    break;
                case 'C':
                    sb.Append((date.Year / 100).ToString("00", Inv));
                    break;
                case 'd':
                    sb.Append(date.Day.ToString("00", Inv));
                    break;
                case 'D':
                    sb.Append(Format(date, "%m/%d/%y", info));
                    break;
                case 'x':
                    sb.Append(date.ToString("d", info));
                    break;
                case 'X':
                    sb.Append(date.ToString("T", info));
                    break;
                case 'N':
                    sb.Append(((date.Ticks % TimeSpan.TicksPerSecond) * 100).ToString("000000000", Inv));
                    break;
                case 'e':
                    sb.Append(date.Day.ToString(Inv).PadLeft(2));
                    break;
                case 'F':
                    sb.Append(Format(date, "%Y-%m-%d", info));
                    break;
                case 'g':
                    break;
                case 'H':
                    sb.Append(date.Hour.ToString("00", Inv));
                    break;
                case 'I':
                    sb.Append(Hour12(date).ToString("00", Inv));
                    break;
                case 'j':
                    sb.Append(date.DayOfYear.ToString("000", Inv));
                    break;
                case 'k':
                    sb.Append(date.Hour.ToString(Inv).PadLeft(2));
                    break;
                case 'l':
                    sb.Append(Hour12(date).ToString(Inv).PadLeft(2));
                    break;
                case 'L':
                    sb.Append(date.Millisecond.ToString("000", Inv));
                    break;
                case 'm':
                    sb.Append(date.Month.ToString("00", Inv));
                    break;
                case 'M':
                    sb.Append(date.Minute.ToString("00", Inv));
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 'p':
                    sb.Append(date.Hour < 12 ? "AM" : "PM");
                    break;
                case 'P':
                    sb.Append(date.Hour < 12 ? "am" : "pm");
                    break;
                case 'r':
                    sb.Append(Format(date, "%I:%M:%S %p", info));
                    break;
                case 'R':
                    sb.Append(Format(date, "%H:%M", info));
                    break;
                case 's':
                    sb.Append(((long)(date - DateTime.UnixEpoch).TotalSeconds).ToString(Inv));
                    break;
                case 'S':
                    sb.Append(date.Second.ToString("00", Inv));
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'T':
                    sb.Append(Format(date, "%H:%M:%S", info));
                    break;
                case 'u':
                    sb.Append((date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(Inv));
                    break;
                case 'w':
                    sb.Append(((int)date.DayOfWeek).ToString(Inv));
                    break;
                case 'U':
                    sb.Append(((date.DayOfYear + 6 - (int)date.DayOfWeek) / 7).ToString("00", Inv));
                    break;
                case 'W':
                    sb.Append(((date.DayOfYear + 6 - (((int)date.DayOfWeek + 6) % 7)) / 7).ToString("00", Inv));
                    break;
                case 'V':
                    sb.Append(ISOWeek.GetWeekOfYear(date).ToString("00", Inv));
                    break;
                case 'G':
                    sb.Append(ISOWeek.GetYear(date).ToString(Inv));
                    break;
                case 'v':
                    sb.Append(date.Day.ToString(Inv).PadLeft(2)).Append('-').Append(date.ToString("MMM", Inv).ToUpperInvariant()).Append('-').Append(date.Year.ToString(Inv));
                    break;
                case 'y':
                    sb.Append((date.Year % 100).ToString("00", Inv));
                    break;
                case 'Y':
                    sb.Append(date.Year.ToString(Inv));
                    break;
                case 'Z':
                case 'z':
                    sb.Append(date.Kind == DateTimeKind.Utc ? "+00:00" : string.Empty);
                    break;
                case '%':
                    sb.Append('%');
                    break;
                default:
                    sb.Append('%').Append(code);
                    break;
            }
        }

        return sb.ToString();
    }

    private static int Hour12(DateTime date)
    {
        var h = date.Hour % 12;
        return h == 0 ? 12 : h;
    }
}
