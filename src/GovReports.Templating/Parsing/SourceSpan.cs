using System.Globalization;

namespace GovReports.Templating.Parsing;

/// <summary>A position in template text: 0-based offset, line and column.</summary>
/// <param name="Offset">The 0-based character offset from the start of the text.</param>
/// <param name="Line">The 0-based line number.</param>
/// <param name="Column">The 0-based column number.</param>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    /// <summary>Formats the position as Scriban does: 1-based <c>line,column</c>.</summary>
    public string ToStringSimple() => (Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (Column + 1).ToString(CultureInfo.InvariantCulture);
}

/// <summary>A range of template text with the file it came from.</summary>
/// <param name="FileName">The source path given to <c>Template.Parse</c>, or <c>&lt;input&gt;</c>.</param>
/// <param name="Start">The first character of the range.</param>
/// <param name="End">The position just past the last character of the range.</param>
public readonly record struct SourceSpan(string FileName, TextPosition Start, TextPosition End)
{
    /// <summary>Formats the span as <c>file(line,column)</c>.</summary>
    public override string ToString() => FileName + "(" + Start.ToStringSimple() + ")";
}

/// <summary>The severity of a parser message.</summary>
public enum ParserMessageType
{
    /// <summary>A non-blocking remark.</summary>
    Warning,

    /// <summary>An error that prevents rendering.</summary>
    Error,
}

/// <summary>A message produced while parsing a template.</summary>
/// <param name="Type">The severity of the message.</param>
/// <param name="Span">Where in the template the message applies.</param>
/// <param name="Message">The message text.</param>
public sealed record LogMessage(ParserMessageType Type, SourceSpan Span, string Message)
{
    /// <summary>Formats the message as <c>file(line,col) : error : message</c>.</summary>
    public override string ToString() =>
        Span.ToString() + " : " + (Type == ParserMessageType.Error ? "error" : "warning") + " : " + Message;
}
