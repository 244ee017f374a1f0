using GovReports.Markup;
using GovReports.Model;

namespace GovReports.Tests.Word;

/// <summary>Realistic inputs: the beginning and end of seed 001 (Krông Pa, 209/BC-UBND), and a markup exercising every feature.</summary>
internal static class Samples
{
    // Seed 001's frame from the model tests, with the issuing body broken where the header shows it and the
    // authority line in the decree's form (the model keeps the seed's "KT CHỦ TỊCH" as written).
    public static DocumentFrame Seed001Frame { get; } = GovReports.Tests.Model.SeedReports.Seed001().Frame with
    {
        IssuingBody = "Ủy ban nhân dân\nhuyện Krông Pa",
        Signature = GovReports.Tests.Model.SeedReports.Seed001().Frame.Signature with
        {
            Lines =
            [
                new AuthorityLine(AuthorityPrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN"),
                new AuthorityLine(AuthorityPrefix.SignedFor, "CHỦ TỊCH"),
                new AuthorityLine(AuthorityPrefix.None, "PHÓ CHỦ TỊCH"),
            ],
        },
    };

    public const string Seed001Body = """
        Căn cứ văn bản số 509/KH-UBND ngày 07/5/2021 của UBND tỉnh về kế hoạch thực hiện chương trình giảm nghèo bền vững năm 2021. Thực hiện chế độ báo định kỳ, UBND huyện báo cáo tình hình, kết quả thực hiện chương trình giảm nghèo bền vững 6 tháng đầu năm 2021 với các nội dung chủ yếu sau:

        ## I/ KẾT QUẢ THỰC HIỆN:

        ### 1. Công tác chỉ đạo điều hành:

        Nghị quyết Hội đồng nhân dân huyện năm 2021 đề ra chỉ tiêu mức giảm tỷ lệ hộ nghèo đạt từ 3% trở lên, UBND huyện đã xây dựng và giao chỉ tiêu giảm tỷ lệ hộ nghèo năm 2021 cho các xã, thị trấn thực hiện vào cuối tháng 12/2020 với mức giảm tỷ lệ hộ nghèo đạt 3,0%, tương ứng với số hộ nghèo giảm 564 hộ.

        ### 3.8. Chương trình khuyến nông, định canh định cư

        - Chỉ đạo Trung tâm Dịch vụ Nông nghiệp huyện lập 01 dự án định canh định cư và 07 mô hình khuyến nông với tổng kinh phí thực hiện là 1.898.378.000đ. Trong đó:

        + 01 dự án định canh định cư hỗ trợ rào vườn, làm chuồng trại chăn nuôi, làm nhà tiêu hợp vệ sinh cho 237 hộ dân tại buôn Tieng xã Uar, trong đó có 29 hộ nghèo, 25 hộ cận nghèo được hỗ trợ. Kinh phí thực hiện là 1.350 triệu đồng.

        + 07 mô hình khuyến nông với tổng kinh phí thực hiện là 548.378.000đ.

        ## III/ PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021:

        1. Quyết liệt chỉ đạo các ngành, các địa phương bám sát kế hoạch thực hiện chương trình giảm nghèo của huyện.

        2. Chỉ đạo thực hiện, nâng cao hiệu quả công tác tuyên truyền vận động thực hiện giảm nghèo tại cơ sở.

        ## IV/ ĐỀ XUẤT, KIẾN NGHỊ:

        - Kính đề nghị Sở Công thương tỉnh (*Thành viên Ban chỉ đạo tỉnh phụ trách địa bàn huyện*) thường xuyên chỉ đạo, hướng dẫn thực hiện chương trình giảm nghèo trên địa bàn huyện.

        Trên đây là kết quả thực hiện Chương trình MTQG giảm nghèo bền vững 6 tháng đầu năm 2021, UBND huyện báo cáo UBND tỉnh, Sở Lao động – TB&XH tỉnh theo dõi và chỉ đạo/.
        """;

    public static ReportDocument Seed001() => ReportMarkup.Parse(Seed001Body, "seed001.md", Seed001Frame);

    /// <summary>Front matter with the whole frame, every heading level, a table with merges and totals, footnotes, a page break and a wide appendix.</summary>
    public const string Full = """
        ---
        parentBody: Ủy ban nhân dân tỉnh Lai Châu
        issuingBody: Sở Lao động - Thương binh và Xã hội
        type: BC
        number: 5/BC-SLĐTBXH
        place: Lai Châu
        date: 2022-01-05
        abstract: Kết quả giảm nghèo năm 2021
        recipients:
          - Bộ Lao động - Thương binh và Xã hội
          - Ủy ban nhân dân tỉnh;
        legalBases:
          - Căn cứ Nghị quyết số 24/2021/QH15 của Quốc hội
          - Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ
        signature:
          lines: [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]
          signer: Trần Văn A
        distribution:
          items:
            - Như trên
            - UBND tỉnh (b/c)
            - { name: Lãnh đạo Sở, note: null }
          archive: VT, BTXH
        ---
        # PHẦN I
        # Kết quả thực hiện năm 2021

        ## I. KẾT QUẢ THỰC HIỆN

        ### 1. Tổng quan

        Toàn tỉnh có **1.779 hộ** nghèo, chiếm *3,68%* tổng số hộ[^1].

        #### a) Hộ nghèo

        - Hộ nghèo giảm 564 hộ;
        + Trong đó hộ dân tộc thiểu số 420 hộ.

        1. Công tác chỉ đạo:

        | STT | Đơn vị | Số hộ | Tỷ lệ |
        |:---:|--------|------:|------:|
        | {header} ^ | ^ | Hộ | % |
        | 1 | Phong Thổ | 1.234 | 11,5% |
        | 2 | Tam Đường | 545 | 3,2% |
        | {total} Tổng cộng | < | 1.779 | 3,68% |

        ***

        ## II. KIẾN NGHỊ

        Đề nghị Trung ương sớm phân bổ vốn[^2].

        [^1]: Số liệu rà soát cuối năm 2021.
        [^2]: Theo Nghị quyết số 24/2021/QH15.

        ::: appendix
        Phụ lục I
        Kết quả giảm nghèo theo huyện
        (Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/01/2022 của Sở Lao động - Thương binh và Xã hội)

        | STT | Huyện | Tổng số hộ | Hộ nghèo | Tỷ lệ | Hộ cận nghèo | Tỷ lệ | Ghi chú |
        |:---:|-------|-----------:|---------:|------:|-------------:|------:|---------|
        | 1 | Phong Thổ | 18.000 | 1.234 | 6,86% | 900 | 5,0% | |
        | {total} Cộng | < | 18.000 | 1.234 | 6,86% | 900 | 5,0% | |
        :::
        """;

    /// <summary>A công văn (no type name, V/v in the left column) to several recipients.</summary>
    public const string Letter = """
        ---
        issuingBody: "Ủy ban nhân dân\nhuyện Phong Thổ"
        parentBody: null
        type: Công văn
        number: 152/UBND-VX
        place: Phong Thổ
        date: 2022-03-09
        abstract: báo cáo kết quả rà soát hộ nghèo
        recipients: [Sở Lao động - Thương binh và Xã hội, Ban Dân tộc tỉnh]
        signature: { lines: [KT. CHỦ TỊCH, PHÓ CHỦ TỊCH], signer: Mai Thị Hồng Sim }
        distribution: { items: [Như trên, Lãnh đạo UBND huyện], archive: "VT, LĐTBXH" }
        ---
        Thực hiện Công văn số 4763/UBND-TH ngày 22/12/2022 của Ủy ban nhân dân tỉnh Lai Châu, UBND huyện Phong Thổ báo cáo như sau:

        - Tổng số hộ nghèo: 1.779 hộ.
        """;

    /// <summary>A draft (blank number and day) with a thông báo layout.</summary>
    public const string Draft = """
        ---
        issuingBody: Ủy ban nhân dân tỉnh Đắk Nông
        type: TB
        number:
        symbol: TB-UBND
        place: Đắk Nông
        date: 2022-12
        abstract: Kết luận của Phó Chủ tịch UBND tỉnh tại Hội nghị đánh giá công tác rà soát hộ nghèo
        signature: { lines: [TL. CHỦ TỊCH, KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG], signer: Phạm Ngọc Tuyền }
        distribution: { items: [TT. Tỉnh ủy (B/c), "UBND các huyện, thị xã"], archive: "VT, TH, CTTĐT, KGVX (Vn)" }
        ---
        1. Đối với công tác chỉ đạo, điều hành:

        a) Giao Sở Lao động - Thương binh và Xã hội chủ trì:

        - Tiếp tục hướng dẫn UBND các huyện, thị xã thực hiện nghiêm túc quy trình rà soát.
        """;
}
