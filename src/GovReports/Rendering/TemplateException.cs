namespace GovReports.Rendering;

/// <summary>A template that cannot be parsed or failed while rendering; each message reads <c>file(line,col) : error : text</c>.</summary>
public sealed class TemplateException : InvalidOperationException
{
    /// <summary>Creates the exception with its messages.</summary>
    public TemplateException(string message, IReadOnlyList<string> messages, Exception? inner = null)
        : base(message, inner)
    {
        Messages = messages;
    }

    /// <summary>Every problem found, one per line, each with its location.</summary>
    public IReadOnlyList<string> Messages { get; }
}
