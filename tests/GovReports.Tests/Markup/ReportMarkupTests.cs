using FluentAssertions;
using GovReports.Markup;
using GovReports.Model;
using GovReports.Tests.Word;

namespace GovReports.Tests.Markup;

public sealed class ReportMarkupTests
{
    private static ReportDocument Body(string body) => ReportMarkup.Parse(body, "t.md", Samples.Seed001Frame);

    private static string Plain(IReadOnlyList<Inline> inlines) =>
        string.Concat(inlines.Select(i => i switch { TextRun r => r.Text, LineBreak => "\n", FootnoteReference f => $"[{f.Number}]", _ => "?" }));

    private static MarkupException Error(string markup, Func<int, string?>? lineMap = null)
    {
        var act = () => ReportMarkup.Parse(markup, "t.md", Samples.Seed001Frame, lineMap);
        return act.Should().Throw<MarkupException>().Which;
    }

    [Fact]
    public void Parse_FullFrontMatter_FillsEveryFrameField()
    {
        var frame = ReportMarkup.Parse(Samples.Full).Frame;
        frame.ParentBody.Should().Be("Ủy ban nhân dân tỉnh Lai Châu");
        frame.IssuingBody.Should().Be("Sở Lao động - Thương binh và Xã hội");
        frame.Type.Should().Be(DocumentType.BaoCao);
        frame.Number.Should().Be(new DocumentNumber(5, "BC-SLĐTBXH"));
        frame.Number.Text.Should().Be("05/BC-SLĐTBXH");
        frame.Place.Should().Be("Lai Châu");
        frame.Date.Should().Be(new DocumentDate(2022, 1, 5));
        frame.Abstract.Should().Be("Kết quả giảm nghèo năm 2021");
        frame.Recipients.Should().Equal("Bộ Lao động - Thương binh và Xã hội", "Ủy ban nhân dân tỉnh;");
        frame.LegalBases.Should().HaveCount(2);
        frame.Signature.Lines.Should().Equal(new AuthorityLine(AuthorityPrefix.SignedFor, "GIÁM ĐỐC"), new AuthorityLine(AuthorityPrefix.None, "PHÓ GIÁM ĐỐC"));
        frame.Signature.Signer.Should().Be("Trần Văn A");
        frame.Distribution.Items.Should().Equal(new DistributionItem("Như trên"), new DistributionItem("UBND tỉnh", "b/c"), new DistributionItem("Lãnh đạo Sở"));
        frame.Distribution.Archive.Should().Be("VT, BTXH");
    }

    [Fact]
    public void Parse_FrontMatterOverModelFrame_OverridesOnlyGivenFields()
    {
        var doc = ReportMarkup.Parse("---\nnumber: 12\ntype: Thông báo\ndate: 2021-03-09\n---\nNội dung.", frame: Samples.Seed001Frame);
        doc.Frame.Number.Should().Be(new DocumentNumber(12, "BC-UBND"));
        doc.Frame.Type.Should().Be(DocumentType.ThongBao);
        doc.Frame.Date.Should().Be(new DocumentDate(2021, 3, 9));
        doc.Frame.Place.Should().Be("Krông Pa");
        doc.Frame.Signature.Should().Be(Samples.Seed001Frame.Signature);
    }

    [Theory]
    [InlineData("2022-12", 12, null)]
    [InlineData("2022", null, null)]
    [InlineData("{year: 2022, month: 12}", 12, null)]
    [InlineData("{year: 2022, month: 12, day: 3}", 12, 3)]
    public void Parse_DraftDates_LeaveDayOrMonthBlank(string yaml, int? month, int? day)
    {
        var doc = ReportMarkup.Parse($"---\ndate: {yaml}\nnumber:\n---\n", frame: Samples.Seed001Frame);
        doc.Frame.Date.Should().Be(new DocumentDate(2022, month, day));
        doc.Frame.Number.Number.Should().BeNull();
    }

    [Fact]
    public void Parse_SignatureAndDistributionStrings_SplitPrefixesAndNotes()
    {
        var doc = ReportMarkup.Parse("""
            ---
            signature:
              lines: [TM. ỦY BAN NHÂN DÂN, KT CHỦ TỊCH, PHÓ CHỦ TỊCH]
              signer: Nguyễn Tiến Đăng
            distribution:
              items: [Sở Công thương (b/c), Văn phòng HĐND-UBND]
              archive: VT – THVX
            ---
            """, frame: Samples.Seed001Frame);
        doc.Frame.Signature.Lines.Select(l => l.Text).Should().Equal("TM. ỦY BAN NHÂN DÂN", "KT CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        doc.Frame.Signature.Lines[0].Prefix.Should().Be(AuthorityPrefix.OnBehalfOf);
        doc.Frame.Signature.Lines[1].Prefix.Should().Be(AuthorityPrefix.SignedFor);
        doc.Frame.Distribution.Items.Should().Equal(new DistributionItem("Sở Công thương", "b/c"), new DistributionItem("Văn phòng HĐND-UBND"));
    }

    [Fact]
    public void Parse_NoFrameAnywhere_ErrorNamesMissingKey()
    {
        var act = () => ReportMarkup.Parse("---\nissuingBody: UBND\n---\nText", "r.md");
        act.Should().Throw<MarkupException>().Which.Message.Should().Contain("lacks 'type'").And.StartWith("r.md(1,1)");
    }

    [Fact]
    public void Parse_UnknownFrontMatterKey_ErrorOnItsLine()
    {
        var e = Error("---\nplace: Krông Pa\nsigner: X\n---\n");
        e.Line.Should().Be(3);
        e.Column.Should().Be(1);
        e.Reason.Should().Contain("unknown front-matter key 'signer'");
    }

    [Fact]
    public void Parse_BadType_Error()
    {
        Error("---\ntype: XYZ\n---\n").Reason.Should().Contain("unknown document type 'XYZ'");
    }

    [Fact]
    public void Parse_UnclosedFrontMatter_Error()
    {
        Error("---\nplace: X\n").Reason.Should().Contain("never closed");
    }

    [Fact]
    public void Parse_Headings_MapToReportLevelsAndPairPartTitle()
    {
        var blocks = Body("# PHẦN II\n# Nhiệm vụ\n\n## I. KẾT QUẢ\n\n### 3.2. Y tế\n\n#### b) Điểm\n\n# PHẦN III\n").Blocks;
        blocks.Cast<Heading>().Select(h => (h.Level, Plain(h.Inlines))).Should().Equal(
            (HeadingLevel.Part, "PHẦN II"), (HeadingLevel.PartTitle, "Nhiệm vụ"), (HeadingLevel.Section, "I. KẾT QUẢ"),
            (HeadingLevel.Clause, "3.2. Y tế"), (HeadingLevel.Point, "b) Điểm"), (HeadingLevel.Part, "PHẦN III"));
    }

    [Fact]
    public void Parse_ListLines_BecomeParagraphsWithTheLiteralMark()
    {
        var blocks = Body("- Một;\n- Hai.\n\n+ Cộng\n\n01. Công tác chỉ đạo:\n\n3) Ba\n\na) Điểm a\n").Blocks.Cast<Paragraph>().ToArray();
        blocks.Select(p => (p.Kind, Plain(p.Inlines))).Should().Equal(
            (ParagraphKind.Item, "- Một;"), (ParagraphKind.Item, "- Hai."), (ParagraphKind.Item, "+ Cộng"),
            (ParagraphKind.Item, "01. Công tác chỉ đạo:"), (ParagraphKind.Item, "3) Ba"), (ParagraphKind.Body, "a) Điểm a"));
    }

    [Fact]
    public void Parse_NestedItems_FlattenInOrder()
    {
        var blocks = Body("- Trong đó:\n  + 01 dự án;\n  + 07 mô hình.\n").Blocks.Cast<Paragraph>();
        blocks.Select(p => Plain(p.Inlines)).Should().Equal("- Trong đó:", "+ 01 dự án;", "+ 07 mô hình.");
    }

    [Fact]
    public void Parse_StarBullet_Error()
    {
        var e = Error("Text.\n\n* item\n");
        e.Line.Should().Be(3);
        e.Reason.Should().Contain("'- '");
    }

    [Fact]
    public void Parse_Emphasis_BoldItalicAndBoth()
    {
        var p = (Paragraph)Body("a **b** *c* ***d*** _e_").Blocks.Single();
        p.Inlines.Should().Equal(
            new TextRun("a "), new TextRun("b", Bold: true), new TextRun(" "), new TextRun("c", Italic: true), new TextRun(" "),
            new TextRun("d", true, true), new TextRun(" "), new TextRun("e", Italic: true));
    }

    [Fact]
    public void Parse_SoftAndHardBreaks_SpaceAndLineBreak()
    {
        var p = (Paragraph)Body("một\nhai\\\nba").Blocks.Single();
        Plain(p.Inlines).Should().Be("một hai\nba");
    }

    [Theory]
    [InlineData("Text.\n\n<div>x</div>\n", 3, "HTML")]
    [InlineData("Text.\n\n```\ncode\n```\n", 3, "code block")]
    [InlineData("Text.\n\n    indented\n", 3, "code block")]
    [InlineData("Text.\n\n> quote\n", 3, "quotation")]
    [InlineData("Tiêu đề\n---\n", 2, "setext")]
    [InlineData("Xem [đây](http://x).\n", 1, "links")]
    [InlineData("Mã `x`.\n", 1, "code")]
    [InlineData("##### Năm\n", 1, "heading level 5")]
    [InlineData("::: note\nx\n:::\n", 1, "unknown container")]
    public void Parse_UnsupportedMarkup_ErrorWithLine(string markup, int line, string reason)
    {
        var e = Error(markup);
        e.Line.Should().Be(line);
        e.Reason.Should().Contain(reason);
        e.Message.Should().StartWith($"t.md({line},");
    }

    [Fact]
    public void Parse_ErrorAfterFrontMatter_LineCountsFromMarkupStart()
    {
        Error("---\nplace: X\n---\nText.\n\n<p>x</p>\n").Line.Should().Be(6);
    }

    [Fact]
    public void Parse_LineMap_NamesTheTemplateLocation()
    {
        var e = Error("Text.\n\n<b>x</b>\n", line => $"report.sbn({line * 10})");
        e.TemplateLocation.Should().Be("report.sbn(30)");
        e.Message.Should().Contain("[report.sbn(30)]");
    }

    [Fact]
    public void Parse_Table_AlignmentHeaderTotalsAndMerges()
    {
        var table = (Table)ReportMarkup.Parse(Samples.Full).Blocks.OfType<Table>().Single();
        table.Columns.Should().Equal(ColumnAlignment.Center, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right);
        table.Rows.Select(r => (r.IsHeader, r.IsTotal)).Should().Equal((true, false), (true, false), (false, false), (false, false), (false, true));
        table.Rows[0].Cells[0].Merge.Should().Be(VerticalMerge.Start);
        table.Rows[1].Cells[0].Merge.Should().Be(VerticalMerge.Continue);
        table.Rows[1].Cells[1].Merge.Should().Be(VerticalMerge.Continue);
        table.Rows[1].Cells[2].Should().Be(table.Rows[1].Cells[2] with { Column = 2, ColumnSpan = 1, Merge = VerticalMerge.None });
        var total = table.Rows[4];
        total.Cells.Should().HaveCount(3);
        Plain(total.Cells[0].Inlines).Should().Be("Tổng cộng");
        total.Cells[0].ColumnSpan.Should().Be(2);
        total.Cells[1].Column.Should().Be(2);
    }

    [Fact]
    public void Parse_TableRowWithWrongCellCount_Error()
    {
        var e = Error("| A | B |\n|---|---|\n| 1 | 2 | 3 |\n");
        e.Line.Should().Be(3);
        e.Reason.Should().Contain("3 cells but the table has 2 columns");
    }

    [Fact]
    public void Parse_MergeMarkersInWrongPlace_Error()
    {
        Error("| A | B |\n|---|---|\n| < | 2 |\n").Reason.Should().Contain("first cell");
        Error("| A | B |\n|---|---|\n| 1 | 2 |\n| 1 | 2 |\n| {header} x | y |\n").Reason.Should().Contain("{header}");
    }

    [Theory]
    [InlineData("| A | < |\n|---|---|\n| 1 | ^ |\n", "no cell above starts in this column", 3)]
    [InlineData("| {total} A | B |\n|---|---|\n| 1 | 2 |\n", "both a header and a totals row", 1)]
    [InlineData("| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n| ^ | < | 4 |\n", "must span the same columns", 1)]
    public void Parse_TableMergeRuleBroken_NamesTheRuleAndWhere(string markup, string reason, int line)
    {
        var e = Error(markup);

        e.Reason.Should().Contain(reason);
        e.Line.Should().Be(line);
    }

    [Fact]
    public void Parse_Footnotes_NumberedByFirstReference()
    {
        var doc = Body("Một[^b] hai[^a].\n\n[^a]: Chú thích A.\n[^b]: Chú thích B.\n");
        Plain(((Paragraph)doc.Blocks.Single()).Inlines).Should().Be("Một[1] hai[2].");
        doc.Footnotes.Select(f => (f.Number, Plain(f.Paragraphs.Single()))).Should().Equal((1, "Chú thích B."), (2, "Chú thích A."));
    }

    [Fact]
    public void Parse_ThematicBreak_IsPageBreak()
    {
        Body("Một.\n\n***\n\nHai.").Blocks.Should().HaveCount(3).And.Subject.ElementAt(1).Should().BeOfType<PageBreak>();
    }

    [Fact]
    public void Parse_Appendix_NumberTitleReferenceOrientationAndBlocks()
    {
        var doc = Body("Thân.\n\n::: appendix landscape\nPhụ lục II\nDanh sách hộ nghèo\n(Kèm theo Báo cáo số 209/BC-UBND)\n\n- Mục một\n:::\n\n::: appendix\nPhụ lục III\nBiểu\n:::\n");
        doc.Blocks.Should().ContainSingle();
        doc.Appendices.Should().HaveCount(2);
        var a = doc.Appendices[0];
        (a.Number, a.Title, a.Reference, a.Orientation).Should().Be(("Phụ lục II", "Danh sách hộ nghèo", "(Kèm theo Báo cáo số 209/BC-UBND)", AppendixOrientation.Landscape));
        Plain(((Paragraph)a.Blocks.Single()).Inlines).Should().Be("- Mục một");
        doc.Appendices[1].Reference.Should().BeNull();
        doc.Appendices[1].Orientation.Should().Be(AppendixOrientation.Auto);
    }

    [Theory]
    [InlineData("::: appendix\nPhụ lục I\n:::\n", "two or three lines")]
    [InlineData("::: appendix sideways\nPhụ lục I\nX\n:::\n", "unknown appendix option")]
    [InlineData("::: appendix\nPhụ lục I\nX\n:::\n\nThân sau phụ lục.\n", "after an appendix")]
    public void Parse_BadAppendix_Error(string markup, string reason)
    {
        Error(markup).Reason.Should().Contain(reason);
    }

    [Fact]
    public void Parse_DecomposedVietnamese_IsNormalizedToNfc()
    {
        var decomposed = "Ủy ban".Normalize(System.Text.NormalizationForm.FormD);
        Plain(((Paragraph)Body(decomposed).Blocks.Single()).Inlines).Should().Be("Ủy ban");
    }

    [Fact]
    public void Parse_Seed001Sample_KeepsLiteralNumbering()
    {
        var headings = Samples.Seed001().Blocks.OfType<Heading>().Select(h => Plain(h.Inlines)).ToArray();
        headings.Should().Contain(["I/ KẾT QUẢ THỰC HIỆN:", "1. Công tác chỉ đạo điều hành:", "3.8. Chương trình khuyến nông, định canh định cư"]);
    }
}
