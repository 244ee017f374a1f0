using GovReports.Templating.Parsing;

namespace GovReports.Templating;

/// <summary>An error raised while rendering a template; the message reads <c>file(line,col) : error : text</c>.</summary>
public class ScriptRuntimeException : InvalidOperationException
{
    /// <summary>Creates the exception for a location and a message.</summary>
    /// <param name="span">Where in the template the error happened.</param>
    /// <param name="message">The message without location prefix.</param>
    public ScriptRuntimeException(SourceSpan span, string message)
        : this(span, message, null)
    {
    }

    /// <summary>Creates the exception for a location, a message and an inner exception.</summary>
    /// <param name="span">Where in the template the error happened.</param>
    /// <param name="message">The message without location prefix.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ScriptRuntimeException(SourceSpan span, string message, Exception? innerException)
        : base(span.ToString() + " : error : " + message, innerException)
    {
        Span = span;
        OriginalMessage = message;
    }

    /// <summary>Gets where in the template the error happened.</summary>
    public SourceSpan Span { get; }

    /// <summary>Gets the message without the location prefix.</summary>
    public string OriginalMessage { get; }

    /// <summary>Returns <see cref="Exception.Message"/>.</summary>
    public override string ToString() => Message;
}

/// <summary>Raised when an included template fails to parse.</summary>
public sealed class ScriptParserRuntimeException : ScriptRuntimeException
{
    /// <summary>Creates the exception for the include site, the message and the parser messages.</summary>
    /// <param name="span">The span of the include call.</param>
    /// <param name="message">The message without location prefix.</param>
    /// <param name="parserMessages">The messages of the included template.</param>
    public ScriptParserRuntimeException(SourceSpan span, string message, IReadOnlyList<LogMessage> parserMessages)
        : base(span, message + " Parser messages:\n " + string.Join("\n", parserMessages))
    {
        ParserMessages = parserMessages;
    }

    /// <summary>Gets the messages of the included template.</summary>
    public IReadOnlyList<LogMessage> ParserMessages { get; }
}
