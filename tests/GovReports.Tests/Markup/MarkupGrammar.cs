using System.Text;

namespace GovReports.Tests.Markup;

/// <summary>
/// Generates report markup from a grammar of the canonical shapes (MARKUP.md) mixed with near misses that Markdown reads
/// differently. Half of the documents are clean (canonical choices only), the others take a near miss at about one choice in eight.
/// </summary>
internal sealed class MarkupGrammar(Random random, bool clean)
{
    private static readonly string[] Words =
    [
        "Ủy", "ban", "nhân", "dân", "huyện", "Krông", "Pa", "hộ", "nghèo", "3,68%", "1.234", "2021", "(b/c)", "Sở", "TB&XH",
        "V/v", "số", "209/BC-UBND", "ngày", "15/6/2021", "là", "đ", "KẾT", "QUẢ", "a)", "b.", "1.779", "x", "A", "–", "\"trích\"",
    ];

    // Fragments that sit next to words: emphasis in and out of the canonical form, escapes, references, characters Markdown treats specially.
    private static readonly string[] Oddities =
    [
        "**đậm**", "*nghiêng*", "***cả hai***", "**đậm *lồng* nhau**", "*a**b*", "**a*", "* a*", "*a *", "x*y*", "(*trong ngoặc*)",
        "\"*trích*\"", "*(a)*", "**1**", "***", "\\*", "\\-", "\\\\", "\\#", "\\a", "&amp;", "&#39;", "&copy", "a < b", "<b>", "[^1]",
        "[^2]", "[^x]", "[^A]", "[^1](x)", "[x](y)", "![i](x)", "`c`", "_e_", "snake_case", "a::b", "a:b", "5 * 3", "%", "“q”", "😀",
        "a\u00A0b", "\u00A0", "~", "$5", "+", "*+a*", "*a*+", "**a**.", ".**a**", "**a**b", "[", "]", "|", "\\|", "*…*", "*Đ*", "**[^1]**",
        "\\[^1]", "*\\**", "**a\\**",
    ];

    // Canonical emphasis, escapes and references that the fast parser reads itself.
    private static readonly string[] Emphasis =
    [
        "**đậm**", "*nghiêng*", "***cả hai***", "(*trong ngoặc*)", "*“trích”*,", "“*trích*”", "**1**", "\\-", "\\*", "x*y*", "**a**.",
        "**nhiều từ đậm**", "*Đ*", "TB&XH", "a < b", "5 : 3", "!", "**[^1]**",
    ];

    private static readonly string[] Cells =
    [
        "", " ", "<", "^", "{total}", "{header}", "{total} Tổng cộng", "{header} ^", "1.234", "3,68%", "**đậm**", "*nghiêng*", "a\\",
        "x[^1]", "`c`", "\\|", "&amp;", "Phong Thổ", "{total} **Cộng**", "**{total}** x", " < ", "^ ", "a|b", "-", "*",
    ];

    public static string Document(Random random) => new MarkupGrammar(random, random.Next(2) == 0).Document();

    /// <summary>A front matter of frame fields in the plain shapes of MARKUP.md and near misses of them, then a short body.</summary>
    public static string FrontMatterDocument(Random random) => new MarkupGrammar(random, random.Next(2) == 0).FrontMatterDocument();

    private static readonly (string Key, string[] Values)[] Fields =
    [
        ("parentBody", ["Ủy ban nhân dân tỉnh Gia Lai", "null", "", "~", "\"Ủy ban nhân dân tỉnh\""]),
        ("issuingBody", ["\"Ủy ban nhân dân\\nhuyện Krông Pa\"", "Sở Lao động – TB&XH", "UBND huyện (Krông Pa)"]),
        ("type", ["BC", "Báo cáo", "TB", "Công văn", "KH"]),
        ("number", ["209", "\"209/BC-UBND\"", "", "05/BC-SLĐTBXH", "12"]),
        ("symbol", ["BC-UBND", "TB-UBND"]),
        ("place", ["Krông Pa", "\"Phong Thổ\"", "Đắk Nông"]),
        ("date", ["2021-06-15", "2022-12", "2022", "{year: 2022, month: 12}", "{ year: 2022, month: 12, day: 3 }", "10:30"]),
        ("abstract", ["Kết quả thực hiện Chương trình", "", "báo cáo \"kết quả\" rà soát", "V/v 3,5%"]),
        ("recipients", ["[Sở A, Sở B]", "\n  - Sở Lao động – Thương binh và Xã hội\n  - Ủy ban nhân dân tỉnh;", "[]", "Sở Tài chính", "[\"Sở A, B\", Sở C]"]),
        ("legalBases", ["\n  - Căn cứ Luật Tổ chức chính quyền địa phương\n  - Căn cứ Nghị quyết số 24/2021/QH15", "[Căn cứ A]"]),
        ("signature", [
            "\n  lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]\n  signer: Nguyễn Tiến Đăng",
            "{ lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], signer: Mai Thị Hồng Sim }",
            "\n  lines:\n    - TM. ỦY BAN NHÂN DÂN\n    - KT CHỦ TỊCH\n  signer: Trần Văn A",
        ]),
        ("distribution", [
            "\n  items:\n    - Như trên\n    - UBND tỉnh (b/c)\n    - { name: Lãnh đạo Sở, note: null }\n  archive: VT, BTXH",
            "{ items: [Như trên, Lãnh đạo UBND huyện], archive: \"VT, LĐTBXH\" }",
            "\n  archive: VT – THVX\n  items: [Sở Công thương (b/c)]",
        ]),
    ];

    private static readonly string[] FieldOddities =
    [
        " # chú thích", "'trích'", ":", "  ", "\t", "\n  tiếp theo", "&a x", "|\n  khối", "!!str x", "\"\\u0041\"", "[a, b,]", "[a, , b]",
        "{name: x, }", "[[a]]", "{name: x, note: }", "a: b", "-5", "? x", "\"mở", "[a, b", "x\u00A0", "\u00A0x", "- a", "\n- a", "\n   - a\n  - b",
        "{ name: x, name: y }", "\"a\\tb\"", "'", "@x", "`x`", "%x", "\u0085",
    ];

    private string FrontMatterDocument()
    {
        var sb = new StringBuilder("---\n");
        var used = new HashSet<string>();
        for (var f = random.Next(1 + Fields.Length); f > 0; f--)
        {
            var (key, values) = Fields[random.Next(Fields.Length)];
            if (!used.Add(key) && !Odd(4)) continue;
            var value = Odd(5) ? FieldOddities[random.Next(FieldOddities.Length)] : values[random.Next(values.Length)];
            var keyText = Odd(30) ? Pick(random, 0, "", "signer", "Place", "place ") : key;
            var separator = value.StartsWith('\n') || value.Length == 0 ? ":" : Odd(30) ? ":  " : ": ";
            sb.Append(keyText).Append(separator).Append(value).Append('\n');
            if (Odd(20)) sb.Append(Pick(random, 0, "", "\n", "  \n", "# chú thích\n"));
        }
        sb.Append(Odd(20) ? "..." : "---").Append("\nNội dung **chính**.\n");
        return sb.ToString();
    }

    private string Document()
    {
        var sb = new StringBuilder();
        if (random.Next(10) == 0) sb.Append(FrontMatter(random));
        var blocks = 1 + random.Next(10);
        var footnotes = 0;
        var defined = 0;
        void Definitions()
        {
            while (defined < footnotes) sb.Append(Footnote(random, ++defined)).Append(Pick(random, 6, "\n\n", "\n", ""));
        }
        for (var b = 0; b < blocks; b++)
        {
            sb.Append(Block(random, ref footnotes));
            sb.Append(Pick(random, 8, "\n\n", "\n", "\n\n\n", "\n \n", ""));
            // Definitions right under the paragraph that refers to them, as templates often write them.
            if (random.Next(4) == 0) Definitions();
        }
        var appendices = new StringBuilder();
        if (random.Next(3) == 0)
        {
            for (var a = random.Next(3); a >= 0; a--) appendices.Append(Appendix(random, ref footnotes)).Append(Pick(random, 6, "\n\n", "\n", ""));
        }
        // Definitions may also come after the appendices.
        var definitionsLast = random.Next(3) == 0;
        if (definitionsLast) sb.Append(appendices);
        Definitions();
        if (!definitionsLast) sb.Append(appendices);
        if (Odd(8)) sb.Append(Block(random, ref footnotes));
        return sb.ToString();
    }

    // The first argument of Pick is the weight of the first choice against each of the others; clean documents take the first.
    private string Pick(Random _, int firstWeight, params string[] choices)
    {
        if (clean) return choices[0];
        var roll = random.Next(firstWeight + choices.Length - 1);
        return roll < firstWeight ? choices[0] : choices[roll - firstWeight + 1];
    }

    private bool Odd(int oneIn) => !clean && random.Next(oneIn) == 0;

    private string One(params string[] choices) => choices[random.Next(choices.Length)];

    private string FrontMatter(Random random) => Pick(random, 3,
        "---\nnumber: 12\ntype: Thông báo\ndate: 2021-03-09\n---\n",
        "---\nplace: \"Krông Pa\"\n---\n",
        "---\nplace: X\n",
        "---\ntype: XYZ\n---\n",
        "---\n---\n",
        "--- \nplace: Y\n...\n");

    private string Inline(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(Odd(30) ? "  " : " ");
            sb.Append(Odd(8) ? Oddities[random.Next(Oddities.Length)] : random.Next(12) == 0 ? Emphasis[random.Next(Emphasis.Length)] : Words[random.Next(Words.Length)]);
        }
        if (Odd(25)) sb.Append(Pick(random, 1, " ", "\\", "  ", "\u00A0"));
        return sb.ToString();
    }

    private string Reference(Random random, ref int footnotes)
    {
        if (random.Next(8) != 0) return "";
        if (footnotes == 0 || (footnotes < 3 && random.Next(2) == 0)) return $"[^{++footnotes}]";
        return $"[^{1 + random.Next(footnotes)}]";
    }

    private string Block(Random random, ref int footnotes)
    {
        switch (random.Next(12))
        {
            case 0:
            case 1:
                return (Odd(10) ? Pick(random, 0, "", "#####", "######", "#x", "#  ", "# x #") : One("#", "##", "###", "####")) + " " + Inline(random, 1 + random.Next(6)) + Reference(random, ref footnotes);
            case 2:
            case 3:
            case 4:
                var lines = new StringBuilder(Inline(random, 1 + random.Next(12)) + Reference(random, ref footnotes));
                for (var l = random.Next(3); l > 0; l--)
                {
                    lines.Append(Odd(6) ? "  \n" : One("\n", "\\\n"));
                    lines.Append(Pick(random, 12, "", " ", "   ", "    ", "2. ", "1. ", "- ", "> ", "=== ", "| ")).Append(Inline(random, 1 + random.Next(8)));
                }
                if (Odd(20)) lines.Append(Pick(random, 1, "\n---", "\n===", "\n***", "\n- - -"));
                return lines.ToString();
            case 5:
            case 6:
            case 7:
                return List(random, ref footnotes);
            case 8:
                return Odd(2) ? Pick(random, 0, "", "---", "* * *", "___", "- - -", "****", "*** ", " ***") : "***";
            case 9:
            case 10:
                return Table(random, ref footnotes);
            default:
                return clean ? "Đoạn văn." : Pick(random, 0, "> trích dẫn", "<div>x</div>", "    mã", "```\nmã\n```", "~~~\nmã\n~~~", "[x]: http://y", "::: note\nx\n:::", "Tiêu đề\n---", "\tthụt", "a\r\nb", "- ", "1.");
        }
    }

    private string List(Random random, ref int footnotes)
    {
        var sb = new StringBuilder();
        var items = 1 + random.Next(5);
        var indents = new List<int> { 0 };
        var listMark = random.Next(3) == 0 ? null : One("-", "+", "1.", "3)");
        for (var i = 0; i < items; i++)
        {
            if (i > 0) sb.Append(Pick(random, 3, "\n", "\n\n", "\n\n\n"));
            var indent = random.Next(4) == 0 ? indents[random.Next(indents.Count)] : Odd(20) ? random.Next(6) : 0;
            var mark = Odd(6) ? Pick(random, 0, "", "*", "10.", "1234567890.", "1)", "2.") : listMark ?? One("-", "+", "-", "+", "1.", "01.", "3)");
            var gap = Pick(random, 20, " ", "  ", "   ", "     ");
            sb.Append(' ', indent).Append(mark).Append(gap);
            sb.Append(Odd(15) ? Pick(random, 1, "- x", "# x", "| x |", "1. x", "***", "[^1]: x") : Inline(random, 1 + random.Next(10)));
            sb.Append(Reference(random, ref footnotes));
            indents.Add(indent + mark.Length + gap.Length);
            if (Odd(15)) sb.Append('\n').Append(Pick(random, 1, "", "  ", "   ", "    ")).Append(Inline(random, 3));
        }
        return sb.ToString();
    }

    private string Table(Random random, ref int footnotes)
    {
        var columns = 1 + random.Next(6);
        var sb = new StringBuilder();
        var rowIndex = 0;
        void Row(int cells)
        {
            rowIndex++;
            var tight = Odd(20);
            sb.Append('|');
            for (var c = 0; c < cells; c++)
            {
                var text = Odd(3) ? Cells[random.Next(Cells.Length)]
                    : random.Next(4) != 0 ? Inline(random, 1 + random.Next(3))
                    : c == 0 ? (rowIndex == 2 ? One("{header} ^", "{header} Đơn vị") : One("{total} Tổng cộng", ""))
                    : rowIndex == 1 ? One("<", "") : One("<", "^", "");
                sb.Append(tight ? "" : " ").Append(text).Append(tight ? "|" : " |");
            }
            if (Odd(30)) sb.Length--;
            sb.Append('\n');
        }
        if (!Odd(15)) Row(Odd(12) ? columns + 1 : columns);
        sb.Append('|');
        for (var c = 0; c < columns; c++) sb.Append(Odd(4) ? Pick(random, 0, "", ": --- :", ":", "", "- -") : One("---", ":---:", "---:", ":---", "-", " --- ", ":-:")).Append('|');
        sb.Append('\n');
        for (var r = random.Next(6); r > 0; r--) Row(Odd(8) ? Math.Max(0, columns + random.Next(3) - 1) : columns);
        if (random.Next(6) == 0) sb.Append("| {total} Tổng").Append(Reference(random, ref footnotes)).Append(columns > 1 ? " | <" : "").Append(string.Concat(Enumerable.Repeat(" | 1", Math.Max(0, columns - 2)))).Append(" |\n");
        if (Odd(10)) sb.Append(Pick(random, 1, "\nsau bảng", "\n- x", "\n  | y |"));
        return sb.ToString().TrimEnd('\n');
    }

    private string Footnote(Random random, int number)
    {
        var sb = new StringBuilder(Pick(random, 10, $"[^{number}]: ", $"[^{number}]:", $"[^{number}]:  ")).Append(Inline(random, 1 + random.Next(8)));
        for (var p = random.Next(3); p > 0 && random.Next(3) == 0; p--)
            sb.Append(Pick(random, 6, "\n\n    ", "\n    ", "\n\n  ", "\n", "\n\n     ")).Append(Pick(random, 4, "\\- ", "", "- ")).Append(Inline(random, 1 + random.Next(6)));
        return sb.ToString();
    }

    private string Appendix(Random random, ref int footnotes)
    {
        var sb = new StringBuilder(Odd(10) ? Pick(random, 0, "", ":::appendix", "::: appendix sideways", "::::") : One("::: appendix", "::: appendix landscape", "::: appendix portrait"));
        sb.Append('\n');
        var lines = Pick(random, 6, "2", "3", "1", "4");
        for (var l = 0; l < lines[0] - '0'; l++)
        {
            if (l > 0) sb.Append(One("\\\n", "\n"));
            sb.Append(Odd(6) ? Pick(random, 0, "", " ", "**Phụ lục**", "x[^1]") : One("Phụ lục I", "KẾT QUẢ *giảm* nghèo", "(Kèm theo Báo cáo số 209/BC-UBND)", "Phụ lục số 5", "*Phụ lục II", "giảm nghèo*"));
        }
        sb.Append(Pick(random, 6, "\n\n", "\n"));
        for (var b = random.Next(3); b > 0; b--) sb.Append(Block(random, ref footnotes)).Append(Pick(random, 6, "\n\n", "\n"));
        sb.Append(Pick(random, 10, ":::", "", "::: "));
        return sb.ToString();
    }
}
