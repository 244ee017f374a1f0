namespace GovReports.Word;

// word/styles.xml: every paragraph the writer produces refers to one of these named styles, so a template maintainer
// opening the file sees "Body", "Heading Mục", "Recipients"… rather than direct formatting.
internal static class StylesPart
{
    public const string Body = "Body";
    public const string Item = "Item";
    public const string HeadingPart = "HeadingPart";
    public const string HeadingPartTitle = "HeadingPartTitle";
    public const string HeadingSection = "HeadingSection";
    public const string HeadingClause = "HeadingClause";
    public const string HeadingPoint = "HeadingPoint";
    public const string ParentBody = "ParentBody";
    public const string IssuingBody = "IssuingBody";
    public const string Number = "DocumentNumber";
    public const string LetterAbstract = "LetterAbstract";
    public const string NationalTitle = "NationalTitle";
    public const string Motto = "Motto";
    public const string PlaceDate = "PlaceDate";
    public const string Rule = "Rule";
    public const string TypeName = "TypeName";
    public const string Abstract = "Abstract";
    public const string Recipients = "Recipients";
    public const string LegalBasis = "LegalBasis";
    public const string DistributionHeading = "DistributionHeading";
    public const string DistributionItem = "DistributionItem";
    public const string SignatureAuthority = "SignatureAuthority";
    public const string Signer = "Signer";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";
    public const string TableTotal = "TableTotal";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string PageNumber = "PageNumber";
    public const string AppendixNumber = "AppendixNumber";
    public const string AppendixTitle = "AppendixTitle";
    public const string AppendixReference = "AppendixReference";
    public const string SectionEnd = "SectionEnd";
    public const string LayoutGrid = "LayoutGrid";
    public const string ReportTable = "ReportTable";

    public static void Write(Stream stream, LayoutSettings s)
    {
        using var w = new WordXml(stream);
        w.Root("styles");

        w.Start("docDefaults");
        w.Start("rPrDefault");
        w.Start("rPr");
        w.Fonts(s.FontName);
        w.Val("color", "000000");
        w.Size(s.BodySize);
        w.Start("lang");
        w.Attr("val", "vi-VN");
        w.Attr("eastAsia", "vi-VN");
        w.Attr("bidi", "ar-SA");
        w.End();
        w.End();
        w.End();
        w.Start("pPrDefault");
        w.Start("pPr");
        w.Spacing(0, 0, 240);
        w.End();
        w.End();
        w.End();

        var line = (int)Math.Round(240 * s.LineSpacing);
        var after = WordXml.Twips(s.SpacingAfterPt);
        var indent = WordXml.TwipsFromCm(s.FirstLineIndentCm);

        Paragraph(w, s, "Normal", "Normal", null, isDefault: true, size: s.BodySize);
        Paragraph(w, s, Body, "Body", "Normal", size: s.BodySize, jc: "both", after: after, line: line, firstLine: indent);
        Paragraph(w, s, Item, "Item", Body, size: s.BodySize, jc: "both", after: after, line: line, firstLine: indent);
        Paragraph(w, s, HeadingPart, "Heading Phần", Body, size: s.BodySize, jc: "center", bold: true, keepNext: true, before: after, after: 0, firstLine: 0, outline: 0);
        Paragraph(w, s, HeadingPartTitle, "Heading Phần Title", Body, size: s.BodySize, jc: "center", bold: true, keepNext: true, after: after, firstLine: 0, outline: 0);
        Paragraph(w, s, HeadingSection, "Heading Mục", Body, size: s.BodySize, jc: "both", bold: true, keepNext: true, after: after, line: line, firstLine: indent, outline: 1);
        Paragraph(w, s, HeadingClause, "Heading Khoản", Body, size: s.BodySize, jc: "both", bold: true, keepNext: true, after: after, line: line, firstLine: indent, outline: 2);
        Paragraph(w, s, HeadingPoint, "Heading Điểm", Body, size: s.BodySize, jc: "both", italic: s.PointHeadingItalic, keepNext: true, after: after, line: line, firstLine: indent, outline: 3);

        Paragraph(w, s, ParentBody, "Parent Body", "Normal", size: s.ParentBodySize, jc: "center");
        Paragraph(w, s, IssuingBody, "Issuing Body", "Normal", size: s.IssuingBodySize, jc: "center", bold: true);
        Paragraph(w, s, Number, "Number", "Normal", size: s.NumberSize, jc: "center", before: WordXml.Twips(6));
        Paragraph(w, s, LetterAbstract, "Letter Abstract", "Normal", size: s.LetterAbstractSize, jc: "center", before: WordXml.Twips(3));
        Paragraph(w, s, NationalTitle, "National Title", "Normal", size: s.NationalTitleSize, jc: "center", bold: true);
        Paragraph(w, s, Motto, "Motto", "Normal", size: s.MottoSize, jc: "center", bold: true);
        Paragraph(w, s, PlaceDate, "Place and Date", "Normal", size: s.PlaceDateSize, jc: "center", italic: true, before: WordXml.Twips(6));
        Paragraph(w, s, Rule, "Rule", "Normal", size: 1, before: WordXml.Twips(2), after: WordXml.Twips(1), line: 240);
        Paragraph(w, s, TypeName, "Type Name", "Normal", size: s.TypeNameSize, jc: "center", bold: true, keepNext: true, before: WordXml.Twips(18));
        Paragraph(w, s, Abstract, "Abstract", "Normal", size: s.AbstractSize, jc: "center", bold: true, keepNext: true);
        Paragraph(w, s, Recipients, "Recipients", "Normal", size: s.BodySize, before: WordXml.Twips(12), after: after, line: line);
        Paragraph(w, s, LegalBasis, "Legal Basis", Body, size: s.BodySize, jc: "both", italic: true, after: after, line: line, firstLine: indent);

        Paragraph(w, s, DistributionHeading, "Distribution Heading", "Normal", size: s.DistributionHeadingSize, bold: true, italic: true);
        Paragraph(w, s, DistributionItem, "Distribution Item", "Normal", size: s.DistributionItemSize);
        Paragraph(w, s, SignatureAuthority, "Signature Authority", "Normal", size: s.SignatureSize, jc: "center", bold: true);
        Paragraph(w, s, Signer, "Signer", "Normal", size: s.SignerSize, jc: "center", bold: true, before: WordXml.Twips(s.SignatureSpacePt));

        Paragraph(w, s, TableText, "Table Text", "Normal", size: s.TableSize, before: WordXml.Twips(2), after: WordXml.Twips(2));
        Paragraph(w, s, TableHeader, "Table Header", TableText, size: s.TableSize, jc: "center", bold: true, before: WordXml.Twips(2), after: WordXml.Twips(2));
        Paragraph(w, s, TableTotal, "Table Total", TableText, size: s.TableSize, bold: true, before: WordXml.Twips(2), after: WordXml.Twips(2));

        Paragraph(w, s, FootnoteText, "Footnote Text", "Normal", size: s.FootnoteSize, jc: "both");
        Paragraph(w, s, PageNumber, "Page Number", "Normal", size: s.PageNumberSize, jc: "center");
        Paragraph(w, s, AppendixNumber, "Appendix Number", "Normal", size: s.AppendixHeadingSize, jc: "center", bold: true, keepNext: true);
        Paragraph(w, s, AppendixTitle, "Appendix Title", "Normal", size: s.AppendixHeadingSize, jc: "center", bold: true, keepNext: true);
        Paragraph(w, s, AppendixReference, "Appendix Reference", "Normal", size: s.AppendixHeadingSize, jc: "center", italic: true, keepNext: true, after: WordXml.Twips(12));
        Paragraph(w, s, SectionEnd, "Section End", "Normal", size: 1);

        w.Start("style");
        w.Attr("type", "character");
        w.Attr("styleId", FootnoteReference);
        w.Val("name", "Footnote Reference");
        w.Start("rPr");
        w.Fonts(s.FontName);
        w.Val("vertAlign", "superscript");
        w.End();
        w.End();

        TableStyle(w, "TableNormal", "Normal Table", isDefault: true, borders: false);
        TableStyle(w, LayoutGrid, "Layout Grid", isDefault: false, borders: false);
        TableStyle(w, ReportTable, "Report Table", isDefault: false, borders: true);

        w.End();
    }

    private static void Paragraph(
        WordXml w, LayoutSettings s, string id, string name, string? basedOn, bool isDefault = false, double size = 0,
        string? jc = null, bool bold = false, bool italic = false, bool keepNext = false, int? before = null, int? after = null,
        int? line = null, int? firstLine = null, int? outline = null)
    {
        w.Start("style");
        w.Attr("type", "paragraph");
        if (isDefault) w.Attr("default", "1");
        w.Attr("styleId", id);
        w.Val("name", name);
        if (basedOn is not null) w.Val("basedOn", basedOn);
        w.Empty("qFormat");
        w.Start("pPr");
        if (keepNext) w.Empty("keepNext");
        if (before is not null || after is not null || line is not null) w.Spacing(before, after, line);
        if (firstLine is not null) w.Indent(firstLine: firstLine);
        if (jc is not null) w.Val("jc", jc);
        if (outline is not null) w.Val("outlineLvl", outline.Value);
        w.End();
        w.Start("rPr");
        w.Fonts(s.FontName);
        if (bold) { w.Empty("b"); w.Empty("bCs"); }
        if (italic) { w.Empty("i"); w.Empty("iCs"); }
        if (size > 0) w.Size(size);
        w.End();
        w.End();
    }

    private static void TableStyle(WordXml w, string id, string name, bool isDefault, bool borders)
    {
        w.Start("style");
        w.Attr("type", "table");
        if (isDefault) w.Attr("default", "1");
        w.Attr("styleId", id);
        w.Val("name", name);
        if (!isDefault) w.Val("basedOn", "TableNormal");
        w.Start("tblPr");
        w.Start("tblBorders");
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
            w.Border(side, borders ? "single" : "nil", 4);
        w.End();
        w.Start("tblCellMar");
        foreach (var (side, value) in new[] { ("top", 0), ("left", 85), ("bottom", 0), ("right", 85) })
        {
            w.Start(side);
            w.Attr("w", value);
            w.Attr("type", "dxa");
            w.End();
        }
        w.End();
        w.End();
        w.End();
    }
}
