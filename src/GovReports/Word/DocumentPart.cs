using GovReports.Formatting;
using GovReports.Markup;
using GovReports.Model;

namespace GovReports.Word;

// word/document.xml: the header block, the opening, the body, the end block, then one section per appendix.
internal sealed class DocumentPart
{
    public const string HeaderDefaultId = "rIdHeaderDefault";
    public const string HeaderFirstId = "rIdHeaderFirst";
    private const int CellMargin = 85;

    private const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private readonly WordXml _w;
    private readonly LayoutSettings _s;
    private readonly ReportDocument _doc;
    private readonly HashSet<int> _footnotes;

    private DocumentPart(WordXml w, LayoutSettings s, ReportDocument doc)
    {
        _w = w;
        _s = s;
        _doc = doc;
        _footnotes = doc.Footnotes.Select(f => f.Number).ToHashSet();
    }

    public static void Write(Stream stream, LayoutSettings settings, ReportDocument document)
    {
        using var w = new WordXml(stream);
        new DocumentPart(w, settings, document).WriteDocument();
    }

    private int PortraitTextWidth => WordXml.TwipsFromMm(_s.PageWidthMm - _s.LeftMarginMm - _s.RightMarginMm);

    private int LandscapeTextWidth => WordXml.TwipsFromMm(_s.PageHeightMm - _s.LeftMarginMm - _s.RightMarginMm);

    private void WriteDocument()
    {
        _w.Root("document");
        _w.Start("body");
        var frame = _doc.Frame;
        WriteHeaderBlock(frame);
        WriteOpening(frame);
        WriteBlocks(_doc.Blocks, PortraitTextWidth);
        WriteEndBlock(frame);

        var landscape = false;
        for (var i = 0; i < _doc.Appendices.Count; i++)
        {
            // A section's properties ride on its last paragraph: close the previous section before each appendix.
            _w.StartParagraph(StylesPart.SectionEnd, w => WriteSectionProperties(landscape));
            _w.End();
            var appendix = _doc.Appendices[i];
            landscape = IsLandscape(appendix);
            WriteAppendix(appendix, landscape ? LandscapeTextWidth : PortraitTextWidth);
        }
        // Word appends a full-size paragraph to a body that ends in a table; a 1 pt one cannot spill onto a blank page.
        _w.StartParagraph(StylesPart.SectionEnd);
        _w.End();
        WriteSectionProperties(landscape);
        _w.End();
        _w.End();
    }

    private bool IsLandscape(Appendix appendix) => appendix.Orientation switch
    {
        AppendixOrientation.Landscape => true,
        AppendixOrientation.Portrait => false,
        _ => appendix.Blocks.OfType<Table>().Any(t => t.Columns.Count > _s.LandscapeColumnThreshold),
    };

    private void WriteSectionProperties(bool landscape)
    {
        var w = _w;
        w.Start("sectPr");
        HeaderReference("default", HeaderDefaultId);
        HeaderReference("first", HeaderFirstId);
        var width = WordXml.TwipsFromMm(_s.PageWidthMm);
        var height = WordXml.TwipsFromMm(_s.PageHeightMm);
        w.Start("pgSz");
        w.Attr("w", landscape ? height : width);
        w.Attr("h", landscape ? width : height);
        if (landscape) w.Attr("orient", "landscape");
        w.End();
        w.Start("pgMar");
        w.Attr("top", WordXml.TwipsFromMm(_s.TopMarginMm));
        w.Attr("right", WordXml.TwipsFromMm(_s.RightMarginMm));
        w.Attr("bottom", WordXml.TwipsFromMm(_s.BottomMarginMm));
        w.Attr("left", WordXml.TwipsFromMm(_s.LeftMarginMm));
        w.Attr("header", WordXml.TwipsFromMm(_s.HeaderDistanceMm));
        w.Attr("footer", WordXml.TwipsFromMm(_s.HeaderDistanceMm));
        w.Attr("gutter", 0);
        w.End();
        // Every section counts its pages from 1: the body, and each appendix on its own.
        w.Start("pgNumType");
        w.Attr("start", 1);
        w.End();
        w.Start("cols");
        w.Attr("space", 720);
        w.End();
        // The first page of each section shows no number: its header is the empty "first" header.
        w.Empty("titlePg");
        w.Start("docGrid");
        w.Attr("linePitch", 360);
        w.End();
        w.End();

        void HeaderReference(string type, string id)
        {
            w.Start("headerReference");
            w.Attr("type", type);
            w.Attr("r", "id", id);
            w.End();
        }
    }

    private void WriteHeaderBlock(DocumentFrame frame)
    {
        var total = PortraitTextWidth;
        var left = (int)Math.Round(total * _s.LeftColumnFraction);
        var right = total - left;
        StartLayoutTable(left, right);

        StartCell(left);
        if (frame.ParentBody is { } parent)
            _w.Paragraph(StylesPart.ParentBody, VietnameseFormat.ToUpper(parent));
        var issuing = VietnameseFormat.ToUpper(frame.IssuingBody);
        _w.Paragraph(StylesPart.IssuingBody, issuing);
        var issuingWidth = issuing.Split('\n').Max(l => TextMetrics.WidthTwips(l, _s.IssuingBodySize, bold: true));
        Rule((int)(Math.Min(issuingWidth, left - 2 * CellMargin) * _s.IssuingBodyRuleFraction), left - 2 * CellMargin);
        _w.Paragraph(StylesPart.Number, "Số: " + frame.Number.Text);
        if (frame.Type.IsLetter && frame.Abstract is { } letterAbstract)
            _w.Paragraph(StylesPart.LetterAbstract, letterAbstract.StartsWith("V/v", StringComparison.Ordinal) ? letterAbstract : "V/v " + letterAbstract);
        _w.End();

        StartCell(right);
        _w.Paragraph(StylesPart.NationalTitle, NationalTitle);
        _w.Paragraph(StylesPart.Motto, Motto);
        Rule(TextMetrics.WidthTwips(Motto, _s.MottoSize, bold: true), right - 2 * CellMargin);
        _w.Paragraph(StylesPart.PlaceDate, VietnameseFormat.PlaceAndDate(frame.Place, frame.Date));
        _w.End();

        _w.End();
        _w.End();
    }

    private void WriteOpening(DocumentFrame frame)
    {
        var width = PortraitTextWidth;
        if (!frame.Type.IsLetter)
        {
            _w.Paragraph(StylesPart.TypeName, VietnameseFormat.ToUpper(frame.Type.Name));
            if (frame.Abstract is { } abstractText)
            {
                _w.Paragraph(StylesPart.Abstract, abstractText);
                var textWidth = Math.Min(TextMetrics.WidthTwips(abstractText, _s.AbstractSize, bold: true), width);
                Rule((int)(textWidth * _s.AbstractRuleFraction), width);
            }
        }

        var recipients = frame.Recipients;
        if (recipients.Count == 1)
        {
            var text = recipients[0].TrimEnd();
            if (!text.EndsWith('.')) text = Punctuation.TrimEnd(text) + ".";
            _w.Paragraph(StylesPart.Recipients, "Kính gửi: " + text, extra: w => w.Val("jc", "center"));
        }
        else if (recipients.Count > 1)
        {
            var indent = WordXml.TwipsFromCm(_s.RecipientsIndentCm);
            var items = WordXml.TwipsFromCm(_s.RecipientItemsIndentCm);
            _w.Paragraph(StylesPart.Recipients, "Kính gửi:", extra: w =>
            {
                w.Spacing(null, 0, null);
                w.Indent(left: indent);
            });
            for (var i = 0; i < recipients.Count; i++)
            {
                var last = i == recipients.Count - 1;
                var text = "- " + Punctuation.TrimEnd(recipients[i]) + (last ? "." : ";");
                _w.Paragraph(StylesPart.Recipients, text, extra: w =>
                {
                    w.Spacing(0, last ? null : 0, null);
                    w.Indent(left: items);
                });
            }
        }

        for (var i = 0; i < frame.LegalBases.Count; i++)
        {
            var end = i == frame.LegalBases.Count - 1 ? "." : ";";
            _w.Paragraph(StylesPart.LegalBasis, Punctuation.TrimEnd(frame.LegalBases[i]) + end);
        }
    }

    private void WriteEndBlock(DocumentFrame frame)
    {
        var total = PortraitTextWidth;
        var left = (int)Math.Round(total * _s.LeftColumnFraction);
        var right = total - left;
        var gap = WordXml.Twips(12);
        StartLayoutTable(left, right);

        StartCell(left);
        _w.Paragraph(StylesPart.DistributionHeading, "Nơi nhận:", extra: w => w.Spacing(gap, null, null));
        foreach (var item in frame.Distribution.Items)
            _w.Paragraph(StylesPart.DistributionItem, "- " + Punctuation.TrimEnd(item.Text) + ";");
        _w.Paragraph(StylesPart.DistributionItem, "- Lưu: " + Punctuation.TrimEnd(frame.Distribution.Archive) + ".");
        _w.End();

        StartCell(right);
        var lines = frame.Signature.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var first = i == 0;
            _w.Paragraph(StylesPart.SignatureAuthority, VietnameseFormat.ToUpper(lines[i].Text), extra: first ? w => w.Spacing(gap, null, null) : null);
        }
        _w.Paragraph(StylesPart.Signer, frame.Signature.Signer);
        _w.End();

        _w.End();
        _w.End();
    }

    private void WriteAppendix(Appendix appendix, int width)
    {
        _w.Paragraph(StylesPart.AppendixNumber, appendix.Number);
        _w.Paragraph(StylesPart.AppendixTitle, VietnameseFormat.ToUpper(appendix.Title));
        if (appendix.Reference is { } reference)
            _w.Paragraph(StylesPart.AppendixReference, reference);
        WriteBlocks(appendix.Blocks, width);
    }

    private void WriteBlocks(IReadOnlyList<Block> blocks, int width)
    {
        // Indexed loops: a foreach over an IReadOnlyList boxes an enumerator for every paragraph and cell.
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            switch (block)
            {
                case Heading h:
                    var style = h.Level switch
                    {
                        HeadingLevel.Part => StylesPart.HeadingPart,
                        HeadingLevel.PartTitle => StylesPart.HeadingPartTitle,
                        HeadingLevel.Section => StylesPart.HeadingSection,
                        HeadingLevel.Clause => StylesPart.HeadingClause,
                        _ => StylesPart.HeadingPoint,
                    };
                    _w.StartParagraph(style);
                    WriteInlines(h.Inlines, upper: h.Level == HeadingLevel.PartTitle);
                    _w.End();
                    break;
                case Paragraph p:
                    _w.StartParagraph(p.Kind == ParagraphKind.Item ? StylesPart.Item : StylesPart.Body);
                    WriteInlines(p.Inlines, upper: false);
                    _w.End();
                    break;
                case PageBreak:
                    _w.StartParagraph(StylesPart.SectionEnd);
                    _w.Start("r");
                    _w.Start("br");
                    _w.Attr("type", "page");
                    _w.End();
                    _w.End();
                    _w.End();
                    break;
                case Table t:
                    WriteTable(t, width);
                    break;
                default:
                    throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(blocks));
            }
        }
    }

    private void WriteInlines(IReadOnlyList<Inline> inlines, bool upper)
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            switch (inline)
            {
                case TextRun run:
                    _w.Run(upper ? VietnameseFormat.ToUpper(run.Text) : run.Text, run.Bold, run.Italic);
                    break;
                case LineBreak:
                    _w.Start("r");
                    _w.Empty("br");
                    _w.End();
                    break;
                case FootnoteReference reference:
                    if (!_footnotes.Contains(reference.Number))
                        throw new ArgumentException($"Footnote {reference.Number} is referenced but the document has no such footnote.", nameof(inlines));
                    _w.Start("r");
                    _w.Start("rPr");
                    _w.Val("rStyle", StylesPart.FootnoteReference);
                    _w.End();
                    _w.Start("footnoteReference");
                    _w.Attr("id", reference.Number);
                    _w.End();
                    _w.End();
                    break;
            }
        }
    }

    private void WriteTable(Table table, int width)
    {
        var widths = ColumnWidths(table, width);
        _w.Start("tbl");
        _w.Start("tblPr");
        _w.Val("tblStyle", StylesPart.ReportTable);
        _w.Start("tblW");
        _w.Attr("w", widths.Sum());
        _w.Attr("type", "dxa");
        _w.End();
        _w.Val("jc", "center");
        _w.Start("tblLayout");
        _w.Attr("type", "fixed");
        _w.End();
        _w.End();
        _w.Start("tblGrid");
        foreach (var w in widths)
        {
            _w.Start("gridCol");
            _w.Attr("w", w);
            _w.End();
        }
        _w.End();

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            _w.Start("tr");
            _w.Start("trPr");
            _w.Empty("cantSplit");
            if (row.IsHeader) _w.Empty("tblHeader");
            _w.End();
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                _w.Start("tc");
                _w.Start("tcPr");
                _w.Start("tcW");
                _w.Attr("w", SpannedWidth(widths, cell.Column, cell.ColumnSpan));
                _w.Attr("type", "dxa");
                _w.End();
                if (cell.ColumnSpan > 1) _w.Val("gridSpan", cell.ColumnSpan);
                if (cell.Merge == VerticalMerge.Start) _w.Val("vMerge", "restart");
                else if (cell.Merge == VerticalMerge.Continue) _w.Empty("vMerge");
                _w.Val("vAlign", "center");
                _w.End();
                var style = row.IsHeader ? StylesPart.TableHeader : row.IsTotal ? StylesPart.TableTotal : StylesPart.TableText;
                var alignment = row.IsHeader ? ColumnAlignment.Center : table.Columns[Math.Min(cell.Column, table.Columns.Count - 1)];
                _w.StartParagraph(style, alignment switch
                {
                    ColumnAlignment.Right => w => w.Val("jc", "right"),
                    ColumnAlignment.Center when !row.IsHeader => w => w.Val("jc", "center"),
                    _ => null,
                });
                if (cell.Merge != VerticalMerge.Continue) WriteInlines(cell.Inlines, upper: false);
                _w.End();
                _w.End();
            }
            _w.End();
        }
        _w.End();
    }

    private static int SpannedWidth(int[] widths, int column, int span)
    {
        var sum = 0;
        for (var i = column; i < widths.Length && i < column + span; i++) sum += widths[i];
        return sum;
    }

    // Columns get widths in proportion to their longest text, so number columns stay narrow and names wide.
    private static int[] ColumnWidths(Table table, int width)
    {
        var weights = new double[table.Columns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                if (cell.ColumnSpan != 1 || cell.Column >= weights.Length) continue;
                var length = TextLength(cell.Inlines);
                if (row.IsHeader) length = (length + 1) / 2;
                weights[cell.Column] = Math.Max(weights[cell.Column], length);
            }
        }
        for (var i = 0; i < weights.Length; i++) weights[i] = Math.Clamp(weights[i], 4, 40);
        var sum = weights.Sum();
        var widths = weights.Select(x => (int)(width * x / sum)).ToArray();
        widths[^1] += width - widths.Sum();
        return widths;
    }

    private static int TextLength(IReadOnlyList<Inline> inlines)
    {
        var length = 0;
        for (var i = 0; i < inlines.Count; i++)
            if (inlines[i] is TextRun run) length += run.Text.Length;
        return length;
    }

    private void StartLayoutTable(int left, int right)
    {
        _w.Start("tbl");
        _w.Start("tblPr");
        _w.Val("tblStyle", StylesPart.LayoutGrid);
        _w.Start("tblW");
        _w.Attr("w", left + right);
        _w.Attr("type", "dxa");
        _w.End();
        _w.Start("tblLayout");
        _w.Attr("type", "fixed");
        _w.End();
        _w.End();
        _w.Start("tblGrid");
        foreach (var w in new[] { left, right })
        {
            _w.Start("gridCol");
            _w.Attr("w", w);
            _w.End();
        }
        _w.End();
        _w.Start("tr");
    }

    private void StartCell(int width)
    {
        _w.Start("tc");
        _w.Start("tcPr");
        _w.Start("tcW");
        _w.Attr("w", width);
        _w.Attr("type", "dxa");
        _w.End();
        _w.End();
    }

    // A solid rule: an empty, 1 pt paragraph narrowed by indents to the rule's length, with a bottom border.
    private void Rule(int length, int available)
    {
        length = Math.Clamp(length, 200, available);
        var side = (available - length) / 2;
        _w.StartParagraph(StylesPart.Rule, w =>
        {
            w.Start("pBdr");
            w.Border("bottom", "single", _s.RuleThickness);
            w.End();
            w.Indent(left: side, right: side);
        });
        _w.End();
    }
}
