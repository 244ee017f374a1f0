namespace GovReports.Formatting;

/// <summary>Choices for reading numbers in words (đọc số bằng chữ).</summary>
public sealed record InWordsOptions
{
    /// <summary>Whether the southern variants are used: <c>lẻ</c> for a zero tens digit and <c>ngàn</c> for thousands, instead of <c>linh</c> and <c>nghìn</c>.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SouthernVariants { get; init; }

    /// <summary>Whether 4 after <c>mươi</c> is read <c>tư</c> (<c>hai mươi tư</c>) rather than <c>bốn</c>; 14 is always <c>mười bốn</c>.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool FourAfterTensAsTu { get; init; } = true;

    /// <summary>Northern usage (<c>linh</c>, <c>nghìn</c>) with <c>tư</c> after <c>mươi</c>.</summary>
    public static InWordsOptions Default { get; } = new();

    /// <summary>Southern usage (<c>lẻ</c>, <c>ngàn</c>) with <c>tư</c> after <c>mươi</c>.</summary>
    public static InWordsOptions Southern { get; } = new() { SouthernVariants = true };
}
