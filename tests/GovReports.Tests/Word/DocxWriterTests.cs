using System.Xml.Linq;
using FluentAssertions;
using GovReports.Markup;
using GovReports.Model;
using GovReports.Word;
using static GovReports.Tests.Word.DocxFile;

namespace GovReports.Tests.Word;

public sealed class DocxWriterTests
{
    private static readonly Lazy<DocxFile> SeedFile = new(() => new DocxFile(new DocxWriter().ToBytes(Samples.Seed001())));
    private static readonly Lazy<DocxFile> FullFile = new(() => new DocxFile(new DocxWriter().ToBytes(ReportMarkup.Parse(Samples.Full, "full.md"))));

    private static DocxFile Seed => SeedFile.Value;
    private static DocxFile Full => FullFile.Value;

    private static int Attr(XElement e, string name) => int.Parse(e.Attribute(W + name)!.Value);

    // Every file these tests produce must also pass the validator.
    private static DocxFile Write(ReportDocument document, LayoutSettings? settings = null)
    {
        var file = new DocxFile(new DocxWriter(settings).ToBytes(document));
        var errors = file.Validate();
        errors.Should().BeEmpty(DocxFile.Describe(errors));
        return file;
    }

    private static DocumentFrame Frame(Func<DocumentFrame, DocumentFrame>? change = null) =>
        change is null ? Samples.Seed001Frame : change(Samples.Seed001Frame);

    [Fact]
    public void Write_Page_IsA4PortraitWithDecreeMargins()
    {
        var section = Seed.Sections.Single();
        var size = section.Element(W + "pgSz")!;
        Attr(size, "w").Should().Be(11906);
        Attr(size, "h").Should().Be(16838);
        size.Attribute(W + "orient").Should().BeNull();
        var margins = section.Element(W + "pgMar")!;
        Attr(margins, "top").Should().Be(1134, "20 mm");
        Attr(margins, "bottom").Should().Be(1134, "20 mm");
        Attr(margins, "left").Should().Be(1701, "30 mm");
        Attr(margins, "right").Should().Be(850, "15 mm");
    }

    [Fact]
    public void Write_Fonts_TimesNewRomanInAllFourSlotsOfDefaultsAndEveryStyle()
    {
        var fonts = Seed.Styles.Descendants(W + "rFonts").ToArray();
        fonts.Should().HaveCountGreaterThan(20);
        Seed.Styles.Root!.Element(W + "docDefaults")!.Descendants(W + "rFonts").Should().ContainSingle();
        foreach (var f in fonts)
            foreach (var slot in new[] { "ascii", "hAnsi", "eastAsia", "cs" })
                f.Attribute(W + slot)?.Value.Should().Be("Times New Roman", "slot {0} of {1}", slot, f.Parent!.Parent);
        Seed.Styles.Root.Elements(W + "style").Where(s => (string?)s.Attribute(W + "type") == "paragraph")
            .Should().OnlyContain(s => s.Element(W + "rPr")!.Element(W + "rFonts") != null);
        // No run anywhere overrides the font.
        Seed.Document.Descendants(W + "rFonts").Should().BeEmpty();
    }

    [Fact]
    public void Write_BodyStyle_Size14JustifiedIndentedSpaced()
    {
        var body = Seed.Style("Body");
        Seed.StyleRunProperty("Body", "sz")!.Attribute(W + "val")!.Value.Should().Be("28");
        body.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val")!.Value.Should().Be("both");
        Attr(body.Element(W + "pPr")!.Element(W + "ind")!, "firstLine").Should().Be(720, "1.27 cm");
        var spacing = body.Element(W + "pPr")!.Element(W + "spacing")!;
        Attr(spacing, "after").Should().BeGreaterThanOrEqualTo(120, "at least 6 pt");
        Attr(spacing, "line").Should().BeInRange(240, 360, "single to 1.5 lines");
        body.Element(W + "name")!.Attribute(W + "val")!.Value.Should().Be("Body");
    }

    [Fact]
    public void Write_BodyParagraphs_UseNamedStylesWithoutDirectRunFormatting()
    {
        var paragraph = Seed.Paragraph("Nghị quyết Hội đồng nhân dân huyện năm 2021 đề ra chỉ tiêu mức giảm tỷ lệ hộ nghèo đạt từ 3% trở lên, UBND huyện đã xây dựng và giao chỉ tiêu giảm tỷ lệ hộ nghèo năm 2021 cho các xã, thị trấn thực hiện vào cuối tháng 12/2020 với mức giảm tỷ lệ hộ nghèo đạt 3,0%, tương ứng với số hộ nghèo giảm 564 hộ.");
        StyleOf(paragraph).Should().Be("Body");
        paragraph.Descendants(W + "sz").Should().BeEmpty();
        var names = Seed.Styles.Root!.Elements(W + "style").Select(s => s.Element(W + "name")!.Attribute(W + "val")!.Value).ToArray();
        names.Should().Contain(["Body", "Heading Phần", "Heading Mục", "Heading Khoản", "Heading Điểm", "Recipients", "Issuing Body", "Signature Authority", "Table Total"]);
    }

    [Fact]
    public void Write_HeaderBlock_IsBorderlessTwoColumnTableWithIssuingBodyAndNumberLeft()
    {
        var table = Seed.Body.Elements().First();
        table.Name.Should().Be(W + "tbl");
        table.Element(W + "tblGrid")!.Elements(W + "gridCol").Should().HaveCount(2);
        var layoutStyle = Seed.Style(table.Element(W + "tblPr")!.Element(W + "tblStyle")!.Attribute(W + "val")!.Value);
        layoutStyle.Descendants(W + "tblBorders").Elements().Should().OnlyContain(b => b.Attribute(W + "val")!.Value == "nil");

        var left = table.Descendants(W + "tc").First().Elements(W + "p").ToArray();
        var issuing = left.First(p => Text(p).StartsWith("ỦY BAN", StringComparison.Ordinal));
        Text(issuing).Should().Be("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PA");
        Seed.IsBold(issuing).Should().BeTrue();
        Seed.FontSizeOf(issuing).Should().BeInRange(12, 13);
        Seed.AlignmentOf(issuing).Should().Be("center");

        var number = left.Single(p => Text(p).StartsWith("Số:", StringComparison.Ordinal));
        Text(number).Should().Be("Số: 209/BC-UBND");
        Seed.FontSizeOf(number).Should().Be(13);
        Seed.IsBold(number).Should().BeFalse();
        Seed.IsItalic(number).Should().BeFalse();
        Seed.AlignmentOf(number).Should().Be("center");
    }

    [Fact]
    public void Write_ParentBody_UpperRegularAboveIssuingBody()
    {
        var left = Full.Body.Elements().First().Descendants(W + "tc").First().Elements(W + "p").ToArray();
        Text(left[0]).Should().Be("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
        Full.IsBold(left[0]).Should().BeFalse();
        Full.FontSizeOf(left[0]).Should().BeInRange(12, 13);
        Text(left[1]).Should().Be("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        Full.IsBold(left[1]).Should().BeTrue();
    }

    [Fact]
    public void Write_IssuingBodyRule_CentredBetweenAThirdAndAHalfOfTheText()
    {
        var cell = Seed.Body.Elements().First().Descendants(W + "tc").First();
        var paragraphs = cell.Elements(W + "p").ToList();
        var issuing = paragraphs.FindIndex(p => Text(p).StartsWith("ỦY BAN", StringComparison.Ordinal));
        var rule = paragraphs[issuing + 1];
        Text(rule).Should().BeEmpty();
        var border = rule.Element(W + "pPr")!.Element(W + "pBdr")!.Element(W + "bottom")!;
        border.Attribute(W + "val")!.Value.Should().Be("single");
        var ind = rule.Element(W + "pPr")!.Element(W + "ind")!;
        Attr(ind, "left").Should().Be(Attr(ind, "right"), "the rule is centred");
        var cellWidth = Attr(cell.Element(W + "tcPr")!.Element(W + "tcW")!, "w") - 2 * 85;
        var ruleLength = cellWidth - 2 * Attr(ind, "left");
        var textLength = TextMetrics.WidthTwips("ỦY BAN NHÂN DÂN", 13, bold: true);
        ruleLength.Should().BeInRange(textLength / 3, textLength / 2 + 2);
    }

    [Fact]
    public void Write_RightColumn_NationalTitleMottoRuleAndItalicDate()
    {
        var right = Seed.Body.Elements().First().Descendants(W + "tc").Last().Elements(W + "p").ToArray();
        Text(right[0]).Should().Be("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Seed.IsBold(right[0]).Should().BeTrue();
        Seed.FontSizeOf(right[0]).Should().BeInRange(12, 13);
        Text(right[1]).Should().Be("Độc lập - Tự do - Hạnh phúc");
        Seed.IsBold(right[1]).Should().BeTrue();
        Seed.FontSizeOf(right[1]).Should().BeInRange(13, 14);
        right[2].Descendants(W + "bottom").Should().ContainSingle();
        var ind = right[2].Element(W + "pPr")!.Element(W + "ind")!;
        var cellWidth = Attr(Seed.Body.Elements().First().Descendants(W + "tc").Last().Element(W + "tcPr")!.Element(W + "tcW")!, "w") - 170;
        (cellWidth - 2 * Attr(ind, "left")).Should().BeCloseTo(TextMetrics.WidthTwips("Độc lập - Tự do - Hạnh phúc", 13, true), 1, "as long as the motto");
        Text(right[3]).Should().Be("Krông Pa, ngày 15 tháng 6 năm 2021");
        Seed.IsItalic(right[3]).Should().BeTrue();
        Seed.FontSizeOf(right[3]).Should().BeInRange(13, 14);
    }

    [Fact]
    public void Write_TypeNameAndAbstract_UpperBoldCentredWithRuleUnderAbstract()
    {
        var top = Seed.BodyParagraphs.ToArray();
        var typeName = top.Single(p => Text(p) == "BÁO CÁO");
        Seed.IsBold(typeName).Should().BeTrue();
        Seed.AlignmentOf(typeName).Should().Be("center");
        Seed.FontSizeOf(typeName).Should().BeInRange(13, 14);
        var index = Array.IndexOf(top, typeName);
        Text(top[index + 1]).Should().Be("Kết quả thực hiện Chương trình MTQG giảm nghèo bền vững 6 tháng đầu năm 2021");
        Seed.IsBold(top[index + 1]).Should().BeTrue();
        Seed.AlignmentOf(top[index + 1]).Should().Be("center");
        top[index + 2].Descendants(W + "bottom").Should().ContainSingle("a rule under the abstract");
    }

    [Fact]
    public void Write_OneRecipient_OnTheKinhGuiLine()
    {
        var paragraph = Seed.Paragraph("Kính gửi: Sở Lao động – Thương binh và Xã hội tỉnh Gia Lai.");
        StyleOf(paragraph).Should().Be("Recipients");
        Seed.FontSizeOf(paragraph).Should().BeInRange(13, 14);
    }

    [Fact]
    public void Write_SeveralRecipients_OnePerLineSemicolonsThenPeriod()
    {
        var texts = Full.BodyParagraphs.Where(p => StyleOf(p) == "Recipients").Select(Text).ToArray();
        texts.Should().Equal("Kính gửi:", "- Bộ Lao động - Thương binh và Xã hội;", "- Ủy ban nhân dân tỉnh.");
    }

    [Fact]
    public void Write_NoRecipients_NoKinhGui()
    {
        var doc = new ReportDocument(Frame(f => f with { Recipients = [] }), []);
        Write(doc).Document.Descendants(W + "t").Should().NotContain(t => t.Value.Contains("Kính gửi"));
    }

    [Fact]
    public void Write_LegalBases_ItalicOnePerLineSemicolonThenPeriod()
    {
        var bases = Full.BodyParagraphs.Where(p => StyleOf(p) == "LegalBasis").ToArray();
        bases.Select(Text).Should().Equal(
            "Căn cứ Nghị quyết số 24/2021/QH15 của Quốc hội;",
            "Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ.");
        bases.Should().OnlyContain(p => Full.IsItalic(p));
    }

    [Fact]
    public void Write_Headings_LevelsMapToStylesAndPartTitleIsUpper()
    {
        var part = Full.Paragraph("PHẦN I");
        StyleOf(part).Should().Be("HeadingPart");
        Full.AlignmentOf(part).Should().Be("center");
        Full.IsBold(part).Should().BeTrue();
        var title = Full.Paragraph("KẾT QUẢ THỰC HIỆN NĂM 2021");
        StyleOf(title).Should().Be("HeadingPartTitle");
        Full.AlignmentOf(title).Should().Be("center");
        Full.IsBold(title).Should().BeTrue();
        var section = Full.Paragraph("I. KẾT QUẢ THỰC HIỆN");
        StyleOf(section).Should().Be("HeadingSection");
        Full.IsBold(section).Should().BeTrue();
        var clause = Full.Paragraph("1. Tổng quan");
        StyleOf(clause).Should().Be("HeadingClause");
        Full.IsBold(clause).Should().BeTrue();
        var point = Full.Paragraph("a) Hộ nghèo");
        StyleOf(point).Should().Be("HeadingPoint");
        Full.IsBold(point).Should().BeFalse();
        Full.IsItalic(point).Should().BeFalse();
    }

    [Fact]
    public void Write_PointHeadingItalicSetting_MakesPointsItalic()
    {
        var file = Write(ReportMarkup.Parse(Samples.Full), LayoutSettings.Default with { PointHeadingItalic = true });
        file.IsItalic(file.Paragraph("a) Hộ nghèo")).Should().BeTrue();
    }

    [Fact]
    public void Write_Items_KeepLiteralMarksAndNeverUseWordNumbering()
    {
        StyleOf(Seed.Paragraph("+ 07 mô hình khuyến nông với tổng kinh phí thực hiện là 548.378.000đ.")).Should().Be("Item");
        Seed.Paragraph("1. Quyết liệt chỉ đạo các ngành, các địa phương bám sát kế hoạch thực hiện chương trình giảm nghèo của huyện.");
        StyleOf(Full.Paragraph("- Hộ nghèo giảm 564 hộ;")).Should().Be("Item");
        foreach (var file in new[] { Seed, Full })
        {
            file.Document.Descendants(W + "numPr").Should().BeEmpty();
            file.Styles.Descendants(W + "numPr").Should().BeEmpty();
            file.EntryNames.Should().NotContain("word/numbering.xml");
        }
    }

    [Fact]
    public void Write_Emphasis_BecomesBoldAndItalicRuns()
    {
        var paragraph = Full.Paragraph("Toàn tỉnh có 1.779 hộ nghèo, chiếm 3,68% tổng số hộ.");
        var bold = paragraph.Elements(W + "r").Single(r => Text(r) == "1.779 hộ");
        bold.Element(W + "rPr")!.Element(W + "b").Should().NotBeNull();
        var italic = paragraph.Elements(W + "r").Single(r => Text(r) == "3,68%");
        italic.Element(W + "rPr")!.Element(W + "i").Should().NotBeNull();
    }

    [Fact]
    public void Write_EndBlock_DistributionLeftSignatureRight()
    {
        var table = Seed.Body.Elements(W + "tbl").Last();
        var cells = table.Descendants(W + "tc").ToArray();
        cells.Should().HaveCount(2);
        var left = cells[0].Elements(W + "p").ToArray();
        Text(left[0]).Should().Be("Nơi nhận:");
        Seed.FontSizeOf(left[0]).Should().Be(12);
        Seed.IsBold(left[0]).Should().BeTrue();
        Seed.IsItalic(left[0]).Should().BeTrue();
        left.Skip(1).Select(Text).Should().Equal(
            "- Sở Công thương (b/c);", "- TT. Huyện ủy (b/c);", "- TT. HĐND huyện (b/c);", "- Lãnh đạo UBND huyện;",
            "- Văn phòng HĐND-UBND;", "- Ban chỉ đạo CTMTQG huyện;", "- Lưu: VT – THVX.");
        left.Skip(1).Should().OnlyContain(p => Seed.FontSizeOf(p) == 11 && !Seed.IsBold(p) && !Seed.IsItalic(p));

        var right = cells[1].Elements(W + "p").ToArray();
        right.Select(Text).Should().Equal("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Tiến Đăng");
        right.Should().OnlyContain(p => Seed.IsBold(p) && Seed.AlignmentOf(p) == "center" && Seed.FontSizeOf(p) >= 13);
        Attr(Seed.StyleParagraphProperty("Signer", "spacing")!, "before").Should().BeGreaterThanOrEqualTo(1000, "space to sign");
    }

    [Fact]
    public void Write_AuthorityWrittenWithoutDot_KeepsTheSourceForm()
    {
        var frame = Frame(f => f with
        {
            Signature = f.Signature with { Lines = [new AuthorityLine(AuthorityPrefix.SignedFor, "CHỦ TỊCH", "KT CHỦ TỊCH")] },
        });
        Write(new ReportDocument(frame, [])).Paragraph("KT CHỦ TỊCH");
    }

    [Fact]
    public void Write_PageNumbers_CentredPageFieldFromPageTwoWithEmptyFirstHeader()
    {
        var section = Seed.Sections.Single();
        section.Element(W + "titlePg").Should().NotBeNull("the first page has its own (empty) header");
        var references = section.Elements(W + "headerReference").ToDictionary(h => h.Attribute(W + "type")!.Value, h => h.Attribute(R + "id")!.Value);
        references.Keys.Should().BeEquivalentTo(["default", "first"]);
        var rels = Seed.Parts["word/_rels/document.xml.rels"].Root!.Elements()
            .ToDictionary(e => e.Attribute("Id")!.Value, e => "word/" + e.Attribute("Target")!.Value);
        var first = Seed.Parts[rels[references["first"]]];
        first.Descendants(W + "instrText").Should().BeEmpty();
        first.Descendants(W + "t").Should().BeEmpty();
        var header = Seed.Parts[rels[references["default"]]];
        header.Descendants(W + "instrText").Single().Value.Trim().Should().Be("PAGE");
        header.Descendants(W + "fldChar").Select(f => f.Attribute(W + "fldCharType")!.Value).Should().Equal("begin", "separate", "end");
        var paragraph = header.Descendants(W + "p").Single();
        Seed.AlignmentOf(paragraph).Should().Be("center");
        Seed.FontSizeOf(paragraph).Should().BeInRange(13, 14);
    }

    [Fact]
    public void Write_Footnotes_RealWordFootnotesWithSeparators()
    {
        var notes = Full.Parts["word/footnotes.xml"].Root!.Elements(W + "footnote").ToArray();
        notes.Take(2).Select(n => n.Attribute(W + "type")!.Value).Should().Equal("separator", "continuationSeparator");
        notes[0].Descendants(W + "separator").Should().ContainSingle();
        var real = notes.Skip(2).ToArray();
        real.Select(n => n.Attribute(W + "id")!.Value).Should().Equal("1", "2");
        real[0].Descendants(W + "footnoteRef").Should().ContainSingle();
        Text(real[0]).Trim().Should().Be("Số liệu rà soát cuối năm 2021.");
        Full.Document.Descendants(W + "footnoteReference").Select(f => f.Attribute(W + "id")!.Value).Should().Equal("1", "2");
        Full.Parts["word/settings.xml"].Descendants(W + "footnotePr").Should().ContainSingle();
        Full.Style("FootnoteReference").Descendants(W + "vertAlign").Single().Attribute(W + "val")!.Value.Should().Be("superscript");
    }

    [Fact]
    public void Write_WideAppendix_OwnLandscapeSectionRestartingPageNumbers()
    {
        var sections = Full.Sections;
        sections.Should().HaveCount(2);
        sections[0].Parent!.Name.Should().Be(W + "pPr", "the body section ends on the paragraph before the appendix");
        sections[0].Element(W + "pgSz")!.Attribute(W + "orient").Should().BeNull();
        var size = sections[1].Element(W + "pgSz")!;
        size.Attribute(W + "orient")!.Value.Should().Be("landscape");
        Attr(size, "w").Should().Be(16838);
        Attr(size, "h").Should().Be(11906);
        foreach (var s in sections)
        {
            Attr(s.Element(W + "pgNumType")!, "start").Should().Be(1);
            s.Element(W + "titlePg").Should().NotBeNull();
        }
        var number = Full.Paragraph("Phụ lục I");
        Full.IsBold(number).Should().BeTrue();
        Full.AlignmentOf(number).Should().Be("center");
        Full.FontSizeOf(number).Should().Be(14);
        Full.IsBold(Full.Paragraph("KẾT QUẢ GIẢM NGHÈO THEO HUYỆN")).Should().BeTrue();
        Full.IsItalic(Full.Paragraph("(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2022 của Sở Lao động - Thương binh và Xã hội)")).Should().BeTrue();
    }

    [Fact]
    public void Write_NarrowAppendix_StaysPortrait()
    {
        var doc = ReportMarkup.Parse("Body.\n\n::: appendix\nPhụ lục\nDanh sách\n\n| A | B |\n|---|---|\n| 1 | 2 |\n:::\n", frame: Samples.Seed001Frame);
        var sections = Write(doc).Sections;
        sections.Should().HaveCount(2);
        sections[1].Element(W + "pgSz")!.Attribute(W + "orient").Should().BeNull();
    }

    [Fact]
    public void Write_Table_RepeatingHeaderBoldTotalsRightAlignedNumbersAndMerges()
    {
        var table = Full.Body.Elements(W + "tbl").Single(t => t.Descendants(W + "t").Any(x => x.Value == "Phong Thổ") && t.Descendants(W + "gridCol").Count() == 4);
        var rows = table.Elements(W + "tr").ToArray();
        rows[0].Element(W + "trPr")!.Element(W + "tblHeader").Should().NotBeNull();
        rows[1].Element(W + "trPr")!.Element(W + "tblHeader").Should().NotBeNull("a {header} row repeats too");
        rows[2].Element(W + "trPr")!.Element(W + "tblHeader").Should().BeNull();
        rows.Should().OnlyContain(r => r.Element(W + "trPr")!.Element(W + "cantSplit") != null);

        rows[0].Elements(W + "tc").First().Descendants(W + "vMerge").Single().Attribute(W + "val")!.Value.Should().Be("restart");
        rows[1].Elements(W + "tc").First().Descendants(W + "vMerge").Single().Attribute(W + "val").Should().BeNull();

        var total = rows[^1];
        var totalCells = total.Elements(W + "tc").ToArray();
        totalCells.Should().HaveCount(3);
        Attr(totalCells[0].Descendants(W + "gridSpan").Single(), "val").Should().Be(2);
        foreach (var p in total.Descendants(W + "p"))
        {
            StyleOf(p).Should().Be("TableTotal");
            Full.IsBold(p).Should().BeTrue();
        }
        var figure = rows[2].Elements(W + "tc").ElementAt(2).Element(W + "p")!;
        Text(figure).Should().Be("1.234");
        Full.AlignmentOf(figure).Should().Be("right");
        Full.IsBold(rows[2].Descendants(W + "p").First()).Should().BeFalse();
        Full.Style("ReportTable").Descendants(W + "tblBorders").Elements().Should().OnlyContain(b => b.Attribute(W + "val")!.Value == "single");
    }

    [Fact]
    public void Write_PageBreak_WritesPageBreakRun()
    {
        var breaks = Full.Document.Descendants(W + "br").Where(b => (string?)b.Attribute(W + "type") == "page").ToArray();
        breaks.Should().ContainSingle();
        var next = breaks[0].Ancestors(W + "p").Single().ElementsAfterSelf(W + "p").First();
        Text(next).Should().Be("II. KIẾN NGHỊ");
    }

    [Fact]
    public void Write_Determinism_FixedZipTimesNoRsidsNoClockDates()
    {
        Seed.Times.Should().OnlyContain(t => t.Year == 1980);
        foreach (var part in Seed.Parts.Values)
        {
            part.Descendants().Attributes().Should().NotContain(a => a.Name.LocalName.StartsWith("rsid", StringComparison.Ordinal));
            part.Descendants().Should().NotContain(e => e.Name.LocalName == "created" || e.Name.LocalName == "modified");
        }
    }

    [Fact]
    public void Write_DraftFrame_BlankNumberAndDay()
    {
        var frame = Frame(f => f with { Number = new DocumentNumber(null, "BC-UBND"), Date = new DocumentDate(2022, 12) });
        var file = Write(new ReportDocument(frame, []));
        file.Paragraph("Số:       /BC-UBND");
        file.Paragraph("Krông Pa, ngày    tháng 12 năm 2022");
    }

    [Fact]
    public void Write_Letter_VvInLeftColumnAndNoTypeName()
    {
        var frame = Frame(f => f with { Type = DocumentType.CongVan, Number = new DocumentNumber(152, "UBND-VX"), Abstract = "báo cáo kết quả giảm nghèo" });
        var file = Write(new ReportDocument(frame, []));
        var left = file.Body.Elements().First().Descendants(W + "tc").First().Elements(W + "p").Select(Text).ToArray();
        left.Should().ContainInOrder("Số: 152/UBND-VX", "V/v báo cáo kết quả giảm nghèo");
        file.Document.Descendants(W + "t").Should().NotContain(t => t.Value == "CÔNG VĂN");
        file.BodyParagraphs.Should().NotContain(p => StyleOf(p) == "Abstract" || StyleOf(p) == "TypeName");
    }

    [Fact]
    public void Write_Settings_ChangeTheNumbersInOnePlace()
    {
        var settings = LayoutSettings.Default with { BodySize = 13, LeftMarginMm = 35, TopMarginMm = 25, FirstLineIndentCm = 1 };
        var file = Write(Samples.Seed001(), settings);
        file.StyleRunProperty("Body", "sz")!.Attribute(W + "val")!.Value.Should().Be("26");
        Attr(file.Sections.Single().Element(W + "pgMar")!, "left").Should().Be(1984);
        Attr(file.Sections.Single().Element(W + "pgMar")!, "top").Should().Be(1417);
        Attr(file.Style("Body").Element(W + "pPr")!.Element(W + "ind")!, "firstLine").Should().Be(567);
    }

    [Fact]
    public void Write_UnknownFootnoteReference_Throws()
    {
        var doc = new ReportDocument(Samples.Seed001Frame, [new Paragraph(ParagraphKind.Body, [new FootnoteReference(3)])]);
        var act = () => new DocxWriter().ToBytes(doc);
        act.Should().Throw<ArgumentException>().WithMessage("*Footnote 3*");
    }

    [Fact]
    public void Write_FailureMidway_LeavesTheStreamEmptyAndTheNextPackageWhole()
    {
        var writer = new DocxWriter();
        var bad = new ReportDocument(Samples.Seed001Frame, [new Paragraph(ParagraphKind.Body, [new FootnoteReference(3)])]);
        var expected = new DocxWriter().ToBytes(Samples.Seed001());
        using var output = new MemoryStream();

        var act = () => writer.Write(bad, output);

        act.Should().Throw<ArgumentException>();
        output.Length.Should().Be(0, "nothing reaches the caller's stream before the package is complete");
        writer.Write(Samples.Seed001(), output);
        output.ToArray().Should().Equal(expected, "the buffer the failed package used is reused from its start");
    }

    [Fact]
    public void Write_StreamThatWritesAnotherPackage_BothPackagesWhole()
    {
        var writer = new DocxWriter();
        var outer = Samples.Seed001();
        var inner = ReportMarkup.Parse(Samples.Full, "full.md");
        var expectedOuter = new DocxWriter().ToBytes(outer);
        var expectedInner = new DocxWriter().ToBytes(inner);
        var output = new ReentrantStream(() => writer.ToBytes(inner));

        writer.Write(outer, output);

        output.ToArray().Should().Equal(expectedOuter);
        output.Inner.Should().Equal(expectedInner);
    }

    // Writes another package from inside Write, on the same thread, before taking the bytes it was given.
    private sealed class ReentrantStream(Func<byte[]> writeInner) : MemoryStream
    {
        public byte[] Inner { get; private set; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Inner = writeInner();
            base.Write(buffer, offset, count);
        }
    }

    [Fact]
    public void Write_DocumentBuiltInCode_IsValid()
    {
        var doc = new ReportDocument(
            Frame(f => f with { Type = DocumentType.ThongBao, LegalBases = ["Căn cứ Luật Tổ chức chính quyền địa phương"] }),
            [new Heading(HeadingLevel.Section, [new TextRun("I. NỘI DUNG")]), new Paragraph(ParagraphKind.Body, [new TextRun("Dòng 1"), new LineBreak(), new TextRun("Dòng 2", Italic: true)])]);
        var file = Write(doc);
        file.Validate().Should().BeEmpty();
        file.Paragraph("Dòng 1\nDòng 2");
        file.Paragraph("THÔNG BÁO");
    }
}
