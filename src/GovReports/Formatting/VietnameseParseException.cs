namespace GovReports.Formatting;

/// <summary>Text that is not a number or amount written the Vietnamese way (<c>84.530</c>, <c>1.034,6</c>, <c>84.530 triệu đồng</c>).</summary>
public sealed class VietnameseParseException : FormatException
{
    internal VietnameseParseException(string text, int position, string reason, string? suggestion)
        : base(ParseMessages.Compose(text, position, reason, suggestion))
    {
        Text = text;
        Position = position;
        Reason = reason;
        Suggestion = suggestion;
    }

    /// <summary>The whole text that was parsed, in Unicode NFC.</summary>
    public string Text { get; }

    /// <summary>The zero-based index in <see cref="Text"/> where the problem starts.</summary>
    public int Position { get; }

    /// <summary>Why the text was rejected, without the text itself.</summary>
    public string Reason { get; }

    /// <summary>What the writer probably meant (<c>"125.163,5" or "1.251.635"</c>), or <see langword="null"/> when there is no good guess.</summary>
    public string? Suggestion { get; }
}
