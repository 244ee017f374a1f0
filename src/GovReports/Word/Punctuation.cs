namespace GovReports.Word;

/// <summary>List punctuation of the decree: the writer ends recipients, legal bases and distribution items itself.</summary>
internal static class Punctuation
{
    /// <summary>The text without the punctuation a list item ends with, so the writer can add <c>;</c> or <c>.</c>.</summary>
    public static string TrimEnd(string text) => text.TrimEnd().TrimEnd(';', '.', ',').TrimEnd();
}
