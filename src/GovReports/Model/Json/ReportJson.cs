using System.Text;
using System.Text.Json;

namespace GovReports.Model.Json;

/// <summary>
/// Loads and saves reports as JSON (camelCase names). Loading is strict: unknown properties, wrong types, missing required
/// members, malformed amounts and dates that do not exist are all reported at once, each with its JSON path, line and column.
/// </summary>
/// <remarks>
/// Money: a JSON number is a whole number of đồng; a string is Vietnamese notation with an optional unit
/// (<c>"84.530 triệu đồng"</c>, <c>"1,5 tỷ đồng"</c>, <c>"5.155.540.000 đồng"</c>, <c>"5.155.540.000đ"</c>): <c>.</c> separates
/// thousands (every group after a <c>.</c> has exactly 3 digits), <c>,</c> starts decimals, and the result must be whole đồng.
/// Dates: <c>"2021-06-15"</c>; a draft may leave out the day or month (<c>"2022-12"</c>, <c>{ "year": 2022, "month": 12 }</c>).
/// </remarks>
public static class ReportJson
{
    /// <summary>Loads a report from JSON text.</summary>
    /// <exception cref="ReportLoadException">The JSON is malformed or does not describe a valid report; every problem found is listed.</exception>
    public static Report Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Loads a report from UTF-8 JSON bytes (a leading UTF-8 byte order mark is skipped).</summary>
    /// <exception cref="ReportLoadException">The JSON is malformed or does not describe a valid report; every problem found is listed.</exception>
    public static Report Load(ReadOnlySpan<byte> utf8Json)
    {
        var (report, errors) = LoadCore<Report>(utf8Json);
        return report ?? throw new ReportLoadException(errors);
    }

    /// <summary>Loads a report from a UTF-8 JSON stream.</summary>
    /// <exception cref="ReportLoadException">The JSON is malformed or does not describe a valid report; every problem found is listed.</exception>
    public static Report Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Loads a report from JSON text without throwing; <paramref name="errors"/> lists every problem when it returns <see langword="false"/>.</summary>
    public static bool TryLoad(string json, out Report? report, out IReadOnlyList<LoadError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        (report, errors) = LoadCore<Report>(Encoding.UTF8.GetBytes(json));
        return report is not null;
    }

    /// <summary>Loads a report from UTF-8 JSON bytes without throwing (a leading UTF-8 byte order mark is skipped); <paramref name="errors"/> lists every problem when it returns <see langword="false"/>.</summary>
    public static bool TryLoad(ReadOnlySpan<byte> utf8Json, out Report? report, out IReadOnlyList<LoadError> errors)
    {
        (report, errors) = LoadCore<Report>(utf8Json);
        return report is not null;
    }

    /// <summary>Writes a report as indented JSON that <see cref="Load(string)"/> reads back to an equal report.</summary>
    public static string Serialize(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Encoding.UTF8.GetString(ModelWriter.Write(report));
    }

    internal static (T? Value, IReadOnlyList<LoadError> Errors) LoadCore<T>(ReadOnlySpan<byte> utf8) where T : class
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        JsonTree tree;
        try
        {
            tree = JsonTree.Parse(utf8);
        }
        catch (JsonSyntaxError e)
        {
            var (line, column) = SourceMap.Locate(utf8, e.Offset);
            return (null, [new LoadError("$", line, column, "invalid JSON: " + e.Message)]);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            return (null, [new LoadError("$", line, column, "invalid JSON: " + e.Message)]);
        }
        using var owned = tree;
        var reader = new ModelReader(tree);
        var value = reader.Read(0, typeof(T)) as T;
        if (reader.Succeeded) return (value, []);
        // Lines and columns are worked out only for the errors, while the bytes are still at hand.
        var errors = new List<LoadError>(reader.Errors.Count);
        foreach (var (path, offset, message) in reader.Errors)
        {
            var (line, column) = SourceMap.Locate(utf8, offset);
            errors.Add(new LoadError(path, line, column, message));
        }
        return (null, errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
    }
}

/// <summary>One problem found while loading JSON: where it is and what is wrong.</summary>
/// <param name="Path">The JSON path in camelCase (<c>results.funding[0].projects[3].subProjects[1].disbursed</c>); <c>$</c> for the whole document.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column (in characters).</param>
/// <param name="Message">What is wrong.</param>
public sealed record LoadError(string Path, int Line, int Column, string Message)
{
    /// <summary>The error as <c>path (line:column): message</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Path} ({Line}:{Column}): {Message}");
}

/// <summary>Thrown when a report cannot be loaded; carries every problem found.</summary>
public sealed class ReportLoadException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ReportLoadException(IReadOnlyList<LoadError> errors)
        : base(BuildMessage(errors ?? throw new ArgumentNullException(nameof(errors))))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<LoadError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<LoadError> errors)
    {
        var sb = new StringBuilder();
        sb.Append(errors.Count == 1 ? "The report has 1 error:" : FormattableString.Invariant($"The report has {errors.Count} errors:"));
        foreach (var e in errors) sb.Append('\n').Append(e);
        return sb.ToString();
    }
}
