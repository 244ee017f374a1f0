namespace GovReports.Word;

/// <summary>Every layout number of the Word writer in one place; <see cref="Default"/> holds the defaults of Nghị định 30/2020, Phụ lục I.</summary>
public sealed record LayoutSettings
{
    /// <summary>The decree's defaults: A4, margins 20/20/30/15 mm, Times New Roman 14 for the body, first-line indent 1.27 cm, 6 pt after paragraphs.</summary>
    public static LayoutSettings Default { get; } = new();

    /// <summary>The font of every text slot (ascii, hAnsi, eastAsia, cs).</summary>
    public string FontName { get; init; } = "Times New Roman";

    /// <summary>The page width in portrait, in millimetres (A4).</summary>
    public double PageWidthMm { get; init; } = 210;

    /// <summary>The page height in portrait, in millimetres (A4).</summary>
    public double PageHeightMm { get; init; } = 297;

    /// <summary>The top margin (lề trên, 20–25 mm).</summary>
    public double TopMarginMm { get; init; } = 20;

    /// <summary>The bottom margin (lề dưới, 20–25 mm).</summary>
    public double BottomMarginMm { get; init; } = 20;

    /// <summary>The left margin (lề trái, 30–35 mm).</summary>
    public double LeftMarginMm { get; init; } = 30;

    /// <summary>The right margin (lề phải, 15–20 mm).</summary>
    public double RightMarginMm { get; init; } = 15;

    /// <summary>The distance from the top edge to the page number, inside the top margin.</summary>
    public double HeaderDistanceMm { get; init; } = 10;

    /// <summary>The body text size (13–14 pt).</summary>
    public double BodySize { get; init; } = 14;

    /// <summary>The first-line indent of body paragraphs (1 or 1.27 cm).</summary>
    public double FirstLineIndentCm { get; init; } = 1.27;

    /// <summary>The space after body paragraphs (at least 6 pt).</summary>
    public double SpacingAfterPt { get; init; } = 6;

    /// <summary>The line spacing as a multiple of single spacing (1 to 1.5).</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>The parent body's size (cơ quan chủ quản, 12–13 pt, regular).</summary>
    public double ParentBodySize { get; init; } = 13;

    /// <summary>The issuing body's size (cơ quan ban hành, 12–13 pt, bold).</summary>
    public double IssuingBodySize { get; init; } = 13;

    /// <summary>The size of the <c>Số: …</c> line and of the letter's <c>V/v …</c> line (13 pt).</summary>
    public double NumberSize { get; init; } = 13;

    /// <summary>The letter's <c>V/v …</c> abstract size (12–13 pt).</summary>
    public double LetterAbstractSize { get; init; } = 12;

    /// <summary>The national title's size (Quốc hiệu, 12–13 pt, bold).</summary>
    public double NationalTitleSize { get; init; } = 12;

    /// <summary>The motto's size (Tiêu ngữ, 13–14 pt, bold).</summary>
    public double MottoSize { get; init; } = 13;

    /// <summary>The place and date size (13–14 pt, italic).</summary>
    public double PlaceDateSize { get; init; } = 14;

    /// <summary>The type name's size (tên loại, 13–14 pt, bold).</summary>
    public double TypeNameSize { get; init; } = 14;

    /// <summary>The abstract's size (trích yếu, 13–14 pt, bold).</summary>
    public double AbstractSize { get; init; } = 14;

    /// <summary>The left column's share of the text width in the header and in the end block.</summary>
    public double LeftColumnFraction { get; init; } = 0.4;

    /// <summary>The rule under the issuing body as a share of the body's text length (1/3–1/2).</summary>
    public double IssuingBodyRuleFraction { get; init; } = 0.4;

    /// <summary>The rule under the abstract as a share of its text length (1/3–1/2).</summary>
    public double AbstractRuleFraction { get; init; } = 0.4;

    /// <summary>The thickness of the short rules, in eighths of a point.</summary>
    public int RuleThickness { get; init; } = 6;

    /// <summary>The left indent of <c>Kính gửi:</c> when there are several recipients.</summary>
    public double RecipientsIndentCm { get; init; } = 2.5;

    /// <summary>The left indent of each recipient line under <c>Kính gửi:</c>.</summary>
    public double RecipientItemsIndentCm { get; init; } = 4.5;

    /// <summary>Whether điểm headings (<c>a)</c>) are italic; the decree prints them regular.</summary>
    public bool PointHeadingItalic { get; init; }

    /// <summary>The size of table text.</summary>
    public double TableSize { get; init; } = 12;

    /// <summary>The number of columns above which an appendix table turns its section landscape.</summary>
    public int LandscapeColumnThreshold { get; init; } = 7;

    /// <summary>The footnote text size.</summary>
    public double FootnoteSize { get; init; } = 12;

    /// <summary>The <c>Nơi nhận:</c> size (12 pt, bold italic).</summary>
    public double DistributionHeadingSize { get; init; } = 12;

    /// <summary>The distribution items' size (11 pt).</summary>
    public double DistributionItemSize { get; init; } = 11;

    /// <summary>The authority and position lines' size (13–14 pt, bold).</summary>
    public double SignatureSize { get; init; } = 14;

    /// <summary>The signer's name size (13–14 pt, bold).</summary>
    public double SignerSize { get; init; } = 14;

    /// <summary>The space left for the signature and seal above the signer's name.</summary>
    public double SignatureSpacePt { get; init; } = 78;

    /// <summary>The page number's size (13–14 pt).</summary>
    public double PageNumberSize { get; init; } = 14;

    /// <summary>The size of the appendix number, title and reference lines (14 pt).</summary>
    public double AppendixHeadingSize { get; init; } = 14;
}
