using GovReports.Model;

namespace GovReports.Markup;

/// <summary>A report ready for layout: the document frame, the body blocks, the footnotes and the appendices (phụ lục).</summary>
public sealed class ReportDocument
{
    /// <summary>Creates a document from its parts.</summary>
    public ReportDocument(DocumentFrame frame, IReadOnlyList<Block> blocks, IReadOnlyList<Footnote>? footnotes = null, IReadOnlyList<Appendix>? appendices = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(blocks);
        Frame = frame;
        Blocks = blocks.ToArray();
        Footnotes = footnotes?.ToArray() ?? [];
        Appendices = appendices?.ToArray() ?? [];
    }

    /// <summary>The document frame (thể thức): issuing body, number, place and date, type, recipients, signature, distribution.</summary>
    public DocumentFrame Frame { get; }

    /// <summary>The body blocks between the opening (kính gửi, căn cứ) and the end block (nơi nhận, chữ ký).</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The footnotes, numbered from 1 in order of first reference.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; }

    /// <summary>The appendices, each laid out in its own section after the signature.</summary>
    public IReadOnlyList<Appendix> Appendices { get; }
}

/// <summary>A block of the document body.</summary>
public abstract record Block
{
    private protected Block() { }
}

/// <summary>The level of a report heading (phần – mục – khoản – điểm).</summary>
public enum HeadingLevel
{
    /// <summary>Phần: the label line <c>PHẦN I</c>, centred and bold.</summary>
    Part,
    /// <summary>The title line that follows a phần label, upper case, centred and bold.</summary>
    PartTitle,
    /// <summary>Mục: <c>I. KẾT QUẢ THỰC HIỆN</c>, bold.</summary>
    Section,
    /// <summary>Khoản: <c>1. Công tác chỉ đạo</c>, <c>3.2. …</c>, bold.</summary>
    Clause,
    /// <summary>Điểm: <c>a) …</c>, regular.</summary>
    Point,
}

/// <summary>A heading line whose numbering is part of its literal text.</summary>
/// <param name="Level">The heading level.</param>
/// <param name="Inlines">The heading text.</param>
public sealed record Heading(HeadingLevel Level, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>The kind of a body paragraph.</summary>
public enum ParagraphKind
{
    /// <summary>An ordinary body paragraph.</summary>
    Body,
    /// <summary>An item that begins with a literal mark the template wrote (<c>- </c>, <c>+ </c>, <c>1. </c>).</summary>
    Item,
}

/// <summary>A body paragraph; an item paragraph carries its literal mark as the start of its text.</summary>
/// <param name="Kind">The paragraph kind.</param>
/// <param name="Inlines">The paragraph text.</param>
public sealed record Paragraph(ParagraphKind Kind, IReadOnlyList<Inline> Inlines) : Block;

/// <summary>An explicit page break.</summary>
public sealed record PageBreak : Block;

/// <summary>The horizontal alignment of a table column.</summary>
public enum ColumnAlignment
{
    /// <summary>Left aligned (the default for text).</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Right aligned (figures).</summary>
    Right,
}

/// <summary>A table with literal cell text, merged cells, header rows that repeat on each page and totals rows.</summary>
/// <param name="Columns">The alignment of each column.</param>
/// <param name="Rows">The rows, header rows first.</param>
public sealed record Table(IReadOnlyList<ColumnAlignment> Columns, IReadOnlyList<TableRow> Rows) : Block;

/// <summary>A table row.</summary>
/// <param name="Cells">The cells; a cell merged into its left neighbour is absent and the neighbour's span counts it.</param>
/// <param name="IsHeader">Whether the row is a header row, repeated at the top of each page.</param>
/// <param name="IsTotal">Whether the row is a totals row (dòng tổng cộng), printed bold.</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsHeader, bool IsTotal);

/// <summary>How a cell takes part in a vertical merge.</summary>
public enum VerticalMerge
{
    /// <summary>Not merged vertically.</summary>
    None,
    /// <summary>The top cell of a vertical merge.</summary>
    Start,
    /// <summary>A cell merged into the one above.</summary>
    Continue,
}

/// <summary>A table cell.</summary>
/// <param name="Inlines">The cell text.</param>
/// <param name="Column">The zero-based grid column where the cell starts.</param>
/// <param name="ColumnSpan">The number of grid columns the cell spans.</param>
/// <param name="Merge">The cell's part in a vertical merge.</param>
public sealed record TableCell(IReadOnlyList<Inline> Inlines, int Column, int ColumnSpan, VerticalMerge Merge);

/// <summary>A footnote (chú thích) laid out as a real Word footnote.</summary>
/// <param name="Number">The footnote number, from 1.</param>
/// <param name="Paragraphs">The footnote text, one entry per paragraph.</param>
public sealed record Footnote(int Number, IReadOnlyList<IReadOnlyList<Inline>> Paragraphs);

/// <summary>The page orientation of an appendix.</summary>
public enum AppendixOrientation
{
    /// <summary>Landscape when one of its tables is wider than the layout's threshold, portrait otherwise.</summary>
    Auto,
    /// <summary>Always portrait.</summary>
    Portrait,
    /// <summary>Always landscape.</summary>
    Landscape,
}

/// <summary>An appendix (phụ lục) laid out in its own section with its own page numbers.</summary>
/// <param name="Number">The number line, e.g. <c>Phụ lục I</c>.</param>
/// <param name="Title">The title, printed upper case.</param>
/// <param name="Reference">The reference line, e.g. <c>(Kèm theo Báo cáo số 209/BC-UBND ngày 15/6/2021 của UBND huyện Krông Pa)</c>; <see langword="null"/> for none.</param>
/// <param name="Orientation">The page orientation.</param>
/// <param name="Blocks">The appendix content.</param>
public sealed record Appendix(string Number, string Title, string? Reference, AppendixOrientation Orientation, IReadOnlyList<Block> Blocks);

/// <summary>A piece of inline content.</summary>
public abstract record Inline
{
    private protected Inline() { }
}

/// <summary>A run of text with its emphasis.</summary>
/// <param name="Text">The text.</param>
/// <param name="Bold">Whether the text is bold.</param>
/// <param name="Italic">Whether the text is italic.</param>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;

/// <summary>A line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;

/// <summary>The reference mark of a footnote.</summary>
/// <param name="Number">The number of the footnote referred to.</param>
public sealed record FootnoteReference(int Number) : Inline;
