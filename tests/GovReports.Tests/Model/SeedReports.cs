using GovReports.Model;

namespace GovReports.Tests.Model;

/// <summary>The figures of seeds 001 and 002 built in C#, as a template would see them.</summary>
internal static class SeedReports
{
    private static Money Tr(decimal millions) => Money.FromMillions(millions);

    private static Money Dong(long dong) => new(dong);

    private static SupportItem Item(PolicyArea area, string title, int? count = null, string? unit = null, Money? amount = null) => new()
    {
        Area = area,
        Title = title,
        Beneficiaries = count,
        Unit = unit,
        Amount = amount is { } a ? Amount.Of(a) : null,
    };

    /// <summary>Seed 001: Krông Pa district, 6-month report 2021 (209/BC-UBND).</summary>
    public static Report Seed001() => new()
    {
        Template = "bao-cao-ket-qua-giam-ngheo",
        Period = ReportingPeriod.FirstHalfOf(2021),
        RatePolicy = RatePolicy.Default,
        Frame = new DocumentFrame
        {
            IssuingBody = "Ủy ban nhân dân huyện Krông Pa",
            Type = DocumentType.BaoCao,
            Number = new DocumentNumber(209, "BC-UBND"),
            Place = "Krông Pa",
            Date = new DocumentDate(2021, 6, 15),
            Abstract = "Kết quả thực hiện Chương trình MTQG giảm nghèo bền vững 6 tháng đầu năm 2021",
            Recipients = ["Sở Lao động – Thương binh và Xã hội tỉnh Gia Lai"],
            Signature = new SignatureBlock
            {
                Lines =
                [
                    new AuthorityLine(AuthorityPrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN"),
                    new AuthorityLine(AuthorityPrefix.SignedFor, "CHỦ TỊCH", "KT CHỦ TỊCH"),
                    new AuthorityLine(AuthorityPrefix.None, "PHÓ CHỦ TỊCH"),
                ],
                Signer = "Nguyễn Tiến Đăng",
            },
            Distribution = new Distribution
            {
                Items =
                [
                    new DistributionItem("Sở Công thương", "b/c"),
                    new DistributionItem("TT. Huyện ủy", "b/c"),
                    new DistributionItem("TT. HĐND huyện", "b/c"),
                    new DistributionItem("Lãnh đạo UBND huyện"),
                    new DistributionItem("Văn phòng HĐND-UBND"),
                    new DistributionItem("Ban chỉ đạo CTMTQG huyện"),
                ],
                Archive = "VT – THVX",
            },
        },
        Results = new ProgramResults
        {
            Targets =
            [
                new PovertyTarget
                {
                    Year = 2021, RateReduction = 3m, AtLeast = true, SetBy = "Hội đồng nhân dân huyện",
                    Documents = [new DocumentReference { Type = DocumentType.NghiQuyet, Issuer = "Hội đồng nhân dân huyện" }],
                },
                new PovertyTarget { Year = 2021, RateReduction = 3.0m, Households = 564, SetBy = "UBND huyện", Date = new DocumentDate(2020, 12) },
                new PovertyTarget
                {
                    Year = 2021, RateReduction = 3.30m, Households = 625, SetBy = "UBND huyện",
                    Documents =
                    [
                        new DocumentReference { Type = DocumentType.KeHoach, Number = "40/KH-UBND", Date = new DocumentDate(2021, 3, 22) },
                        new DocumentReference { Type = DocumentType.QuyetDinh, Number = "146/QĐ-UBND", Date = new DocumentDate(2021, 3, 22) },
                    ],
                },
                new PovertyTarget
                {
                    Year = 2021, RateReduction = 3.68m, Households = 702, SetBy = "UBND huyện",
                    Documents = [new DocumentReference { Type = DocumentType.QuyetDinh, Number = "235/QĐ-UBND", Date = new DocumentDate(2021, 5, 12), Subject = "điều chỉnh, giao bổ sung chỉ tiêu giảm nghèo năm 2021" }],
                    Following = new DocumentReference { Type = DocumentType.KeHoach, Number = "509/KH-UBND", Date = new DocumentDate(2021, 5, 7), Issuer = "UBND tỉnh", Subject = "thực hiện chương trình giảm nghèo bền vững năm 2021" },
                },
            ],
            RegisteredToEscape = 677,
            Credit =
            [
                new PolicyCredit
                {
                    Programs = 8,
                    Borrowers = 1779,
                    AmountLent = Money.FromBillions(113),
                    Poor = new CreditGroup { Borrowers = 269, Base = 2342, StatedPercent = 11.5m },
                    NearPoor = new CreditGroup { Borrowers = 366, StatedPercent = 12.9m },
                    NewlyEscaped = new CreditGroup { Borrowers = 429, StatedPercent = 22.9m },
                    WaterAndSanitationBorrowers = 258,
                    ProductionBorrowers = 329,
                    JobsBorrowers = 117,
                    LocalEntrusted = Tr(500),
                    LocalEntrustedPurpose = "cho vay chương trình nước sạch, vệ sinh môi trường tại các xã đăng ký đạt chuẩn nông thôn mới như Chư Gu, Uar",
                },
            ],
            Support =
            [
                Item(PolicyArea.Direction, "phân công cơ quan, ban ngành huyện phụ trách xã, thị trấn", 14, "xã, thị trấn") with { Quantities = [new Quantity(23, "cơ quan, ban ngành huyện")] },
                Item(PolicyArea.Direction, "hỗ trợ hộ gia đình chính sách thoát cận nghèo", 12, "hộ"),
                Item(PolicyArea.Direction, "địa phương chưa hoàn thành điều chỉnh chỉ tiêu và danh sách đăng ký thoát nghèo", 4, "xã") with { Note = "Ia Rsai, Chư Drăng, Ia Rmok, Ia Hdreh" },
                Item(PolicyArea.Communication, "tuyên truyền về giảm nghèo trên đài huyện, xã") with
                {
                    Quantities = [new Quantity(6, "chương trình phát thanh truyền hình"), new Quantity(100, "tin"), new Quantity(50, "bài")],
                },
                Item(PolicyArea.Health, "cấp thẻ BHYT", 87394, "đối tượng") with
                {
                    Base = 90330,
                    StatedPercent = 96.75m,
                    PartsComplete = true,
                    Parts =
                    [
                        Item(PolicyArea.Health, "người DTTS", 54174, "thẻ"),
                        Item(PolicyArea.Health, "người kinh vùng III", 9077, "thẻ"),
                        Item(PolicyArea.Health, "người nghèo", 388, "thẻ"),
                        Item(PolicyArea.Health, "người thuộc hộ cận nghèo", 486, "thẻ"),
                        Item(PolicyArea.Health, "các đối tượng khác", 23269, "thẻ"),
                    ],
                },
                Item(PolicyArea.Health, "khám bệnh bằng thẻ BHYT", 21967, "lượt người", Dong(5_155_540_000)),
                Item(PolicyArea.Education, "hỗ trợ miễn, giảm học phí", 6824, "học sinh", Dong(306_127_000)) with
                {
                    Parts = [Item(PolicyArea.Education, "học sinh thuộc hộ nghèo", 2129, "học sinh", Dong(140_234_000))],
                },
                Item(PolicyArea.Education, "hỗ trợ chi phí học tập cho học sinh con hộ nghèo", 2309, "học sinh", Dong(945_650_000)),
                Item(PolicyArea.Education, "chế độ hỗ trợ học sinh bán trú, nội trú", 732, "học sinh", Dong(2_558_628_000)),
                Item(PolicyArea.Education, "chế độ hỗ trợ ăn trưa", 3833, "học sinh", Dong(2_402_320_000)),
                Item(PolicyArea.Housing, "hộ nghèo thật sự khó khăn về nhà ở", 395, "hộ"),
                Item(PolicyArea.Housing, "hỗ trợ xây dựng mới và sửa chữa nhà ở cho hộ nghèo", 21, "hộ") with
                {
                    PartsComplete = true,
                    Parts = [Item(PolicyArea.Housing, "xây mới", 11, "nhà"), Item(PolicyArea.Housing, "sửa chữa", 10, "nhà")],
                },
                Item(PolicyArea.Housing, "hỗ trợ xây dựng nhà mới", 7, "hộ", Tr(350)) with
                {
                    Source = "Quỹ cứu trợ thiên tai của tỉnh",
                    Quantities = [new Quantity(3, "nhà đã xong")],
                    Note = "Phú Cần, Ia RSuom, Ia RSai, Uar, Chư DRăng, Chư Ngọc, Đất Bằng",
                },
                Item(PolicyArea.Housing, "sửa chữa nhà ở", 10, "hộ", Tr(100)) with { Source = "Quỹ cứu trợ thiên tai của tỉnh" },
                Item(PolicyArea.Housing, "xây dựng nhà mới", 3, "hộ", Tr(120)) with { Source = "Quỹ vì người nghèo huyện", Note = "Ia Hdreh, Ia Rmok, Chư RCăm" },
                Item(PolicyArea.Housing, "hỗ trợ làm nhà cho hội viên khó khăn", 1, "hội viên", Tr(50)) with { Source = "Hội nông dân huyện" },
                Item(PolicyArea.WaterAndSanitation, "làm nhà tiêu hợp vệ sinh cho hộ nghèo, cận nghèo", 16, "hộ", Tr(94)) with { Note = "buôn Tieng xã Uar" },
                Item(PolicyArea.WaterAndSanitation, "hỗ trợ làm nhà tiêu hợp vệ sinh cho hội viên nghèo, cận nghèo", 34, "hộ") with { Source = "Hội phụ nữ huyện" },
                Item(PolicyArea.WaterAndSanitation, "vận động gia đình hội viên xây dựng nhà vệ sinh", 62, "gia đình") with { Source = "Hội nông dân huyện" },
                Item(PolicyArea.Production, "hỗ trợ sinh kế", 17, "hộ", Tr(160)) with { Source = "UBMTTQ huyện (Quỹ cứu trợ thiên tai của tỉnh, Quỹ vì người nghèo của huyện)" },
                Item(PolicyArea.Production, "giúp đỡ hội viên thuộc hộ nghèo, cận nghèo phát triển sản xuất", 63, "gia đình", Tr(838)) with
                {
                    Source = "Hội phụ nữ các cấp",
                    Quantities = [new Quantity(14, "con giống bò, dê, heo"), new Quantity(910, "bó giống cây mì"), new Quantity(250, "kg giống bắp và lúa"), new Quantity(567, "ngày công lao động")],
                },
                Item(PolicyArea.VocationalTraining, "đào tạo nghề sơ cấp năm 2021 (chỉ tiêu)", 300, "lao động", Money.FromBillions(1.5m)) with { Note = "chưa mở được lớp do dịch Covid-19" },
                Item(PolicyArea.VocationalTraining, "lao động đăng ký học nghề", 1085, "lao động") with { Quantities = [new Quantity(13, "xã"), new Quantity(41, "lớp")] },
                Item(PolicyArea.Employment, "tuyên truyền, cung cấp thông tin thị trường lao động") with
                {
                    Quantities =
                    [
                        new Quantity(2000, "tờ rơi về đưa người lao động đi làm việc ở nước ngoài"),
                        new Quantity(2000, "tờ rơi về bảo hiểm tai nạn lao động"),
                        new Quantity(213, "doanh nghiệp"),
                        new Quantity(5375, "vị trí việc làm"),
                        new Quantity(2, "thông báo tuyển ứng viên"),
                    ],
                },
                Item(PolicyArea.Employment, "giải quyết việc làm", 550, "lao động") with
                {
                    PartsComplete = true,
                    Parts =
                    [
                        Item(PolicyArea.Employment, "thông qua chương trình tín dụng vay vốn giải quyết việc làm", 117, "lao động"),
                        Item(PolicyArea.Employment, "thông qua tuyển dụng công chức, viên chức", 78, "lao động"),
                        Item(PolicyArea.Employment, "thông qua vốn vay ưu đãi và tự tạo việc làm", 350, "lao động") with { AtLeast = true },
                    ],
                },
                Item(PolicyArea.AgriculturalExtension, "dự án định canh định cư và mô hình khuyến nông", amount: Dong(1_898_378_000)) with
                {
                    Source = "Trung tâm Dịch vụ Nông nghiệp huyện",
                    PartsComplete = true,
                    Parts =
                    [
                        Item(PolicyArea.AgriculturalExtension, "dự án định canh định cư", 237, "hộ", Tr(1350)) with
                        {
                            Note = "buôn Tieng xã Uar",
                            Parts = [Item(PolicyArea.AgriculturalExtension, "hộ nghèo", 29, "hộ"), Item(PolicyArea.AgriculturalExtension, "hộ cận nghèo", 25, "hộ")],
                        },
                        Item(PolicyArea.AgriculturalExtension, "mô hình khuyến nông", amount: Dong(548_378_000)) with { Quantities = [new Quantity(7, "mô hình")] },
                    ],
                },
                Item(PolicyArea.SocialAssistance, "cấp gạo cứu đói Tết", 740, "hộ") with { Quantities = [new Quantity(3026, "khẩu"), new Quantity(45390, "kg")] },
                Item(PolicyArea.SocialAssistance, "cấp gạo cứu đói giáp hạt đầu năm 2021", 669, "hộ") with { Quantities = [new Quantity(2833, "khẩu"), new Quantity(42495, "kg")] },
                Item(PolicyArea.SocialAssistance, "hỗ trợ hộ cận nghèo có trẻ em bị sét đánh", 1, "hộ", Dong(5_400_000)) with { Note = "buôn Tờ Tung xã Ia Hdréh" },
                Item(PolicyArea.SocialAssistance, "chi trả tiền điện hỗ trợ quý I, quý II năm 2021", 1997, "hộ", Dong(587_118_000)),
            ],
        },
        Narrative = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["introduction"] = "Căn cứ văn bản số 509/KH-UBND ngày 07/5/2021 của UBND tỉnh về kế hoạch thực hiện chương trình giảm nghèo bền vững năm 2021. Thực hiện chế độ báo định kỳ, UBND huyện báo cáo tình hình, kết quả thực hiện chương trình giảm nghèo bền vững 6 tháng đầu năm 2021 với các nội dung chủ yếu sau:",
            ["propaganda"] = "Chỉ đạo các cơ quan, ban ngành huyện và UBND các xã, thị trấn quan tâm triển khai tốt công tác tuyên truyền, vận động thực hiện giảm nghèo gắn với việc triển khai các chương trình, chính sách hỗ trợ giảm nghèo, an sinh xã hội, các hoạt động hỗ trợ, giúp hộ nghèo, hộ cận nghèo.",
            ["difficulties"] = "- Tình hình diễn biến của đại dịch Covid-19 ngày càng phức tạp cũng đã tác động, ảnh hưởng lớn đến đời sống của nhân dân.",
        },
    };

    /// <summary>Seed 002: Phong Thổ district, report on implementing Nghị quyết 24/2021/QH15 (draft, December 2022).</summary>
    public static Report Seed002() => new()
    {
        Template = "bao-cao-nghi-quyet-24",
        Period = ReportingPeriod.Since(2021, 7),
        RatePolicy = RatePolicy.Truncating,
        Frame = new DocumentFrame
        {
            IssuingBody = "Ủy ban nhân dân huyện Phong Thổ",
            Type = DocumentType.BaoCao,
            Number = new DocumentNumber(null, "BC-UBND"),
            Place = "Phong Thổ",
            Date = new DocumentDate(2022, 12),
            Abstract = "Việc triển khai thực hiện Nghị quyết số 24/2021/QH15 của Quốc hội về phê duyệt chủ trương đầu tư Chương trình mục tiêu Quốc gia giảm nghèo bền vững giai đoạn 2021-2025",
            Signature = new SignatureBlock
            {
                Lines =
                [
                    new AuthorityLine(AuthorityPrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN HUYỆN"),
                    new AuthorityLine(AuthorityPrefix.SignedFor, "CHỦ TỊCH"),
                    new AuthorityLine(AuthorityPrefix.None, "PHÓ CHỦ TỊCH"),
                ],
                Signer = "Mai Thị Hồng Sim",
            },
            Distribution = new Distribution
            {
                Items =
                [
                    new DistributionItem("Sở LĐTBXH"),
                    new DistributionItem("Lãnh đạo UBND huyện"),
                    new DistributionItem("Thành viên BCĐ các CTMTQG huyện giai đoạn 2021-2025"),
                ],
                Archive = "VT, LĐTBXH",
            },
        },
        Results = new ProgramResults
        {
            Surveys =
            [
                new PovertySurvey
                {
                    Year = 2021,
                    Standard = PovertyStandard.Multidimensional2016To2020,
                    Poor = new SurveyGroup { Households = 3198, StatedPercent = 18.52m },
                    NearPoor = new SurveyGroup { Households = 3616, StatedPercent = 21.05m },
                },
                new PovertySurvey
                {
                    Year = 2022,
                    Standard = PovertyStandard.Multidimensional2022To2025,
                    Poor = new SurveyGroup { Households = 7642, StatedPercent = 43.81m },
                    NearPoor = new SurveyGroup { Households = 3007, StatedPercent = 17.24m },
                    Deprivations =
                    [
                        Deprivation(DeprivationIndicator.Employment, 1301, 15.57m),
                        Deprivation(DeprivationIndicator.Dependants, 2225, 26.62m),
                        Deprivation(DeprivationIndicator.Nutrition, 454, 6.45m),
                        Deprivation(DeprivationIndicator.HealthInsurance, 7752, 92.75m),
                        Deprivation(DeprivationIndicator.AdultEducation, 4615, 55.22m),
                        Deprivation(DeprivationIndicator.ChildSchooling, 262, 3.94m),
                        Deprivation(DeprivationIndicator.HousingQuality, 2560, 30.63m),
                        Deprivation(DeprivationIndicator.HousingArea, 1776, 21.24m),
                        Deprivation(DeprivationIndicator.Water, 446, 5.34m),
                        Deprivation(DeprivationIndicator.Sanitation, 7133, 85.34m),
                        Deprivation(DeprivationIndicator.Telecom, 851, 10.18m),
                        Deprivation(DeprivationIndicator.InformationAccess, 567, 6.78m),
                    ],
                    Localities =
                    [
                        new LocalityRate { Name = "07 xã vùng cao", StatedPercent = 71m, Note = "tỷ lệ trung bình" },
                        new LocalityRate { Name = "Tung Qua Lìn", StatedPercent = 85.55m },
                        new LocalityRate { Name = "Pa Vây Sừ", StatedPercent = 79.96m },
                        new LocalityRate { Name = "Mò Sì San", StatedPercent = 78.25m },
                        new LocalityRate { Name = "Sì Lở Lầu", StatedPercent = 55.53m },
                        new LocalityRate { Name = "Đào San", StatedPercent = 62.06m },
                        new LocalityRate { Name = "08 xã vùng thấp (không bao gồm thị trấn)", StatedPercent = 41m, AtLeast = true, Note = "tỷ lệ trung bình" },
                        new LocalityRate { Name = "Lản Nhì Thàng", StatedPercent = 59.06m },
                        new LocalityRate { Name = "Huổi Luông", StatedPercent = 54.64m },
                    ],
                },
            ],
            IssuedDocuments =
            [
                new DocumentReference { Type = DocumentType.QuyetDinh, Number = "970/QĐ-UBND", Date = new DocumentDate(2022, 4, 8), Subject = "thành lập BCĐ các chương trình MTQG giai đoạn 2021-2025 huyện Phong Thổ" },
                new DocumentReference { Type = DocumentType.BaoCao, Number = "92/BC-UBND", Date = new DocumentDate(2022, 3, 9), Issuer = "Ủy ban nhân dân huyện", Subject = "Kế hoạch thực hiện Chương trình MTQG Giảm nghèo bền vững giai đoạn 2021-2025" },
                new DocumentReference { Type = DocumentType.KeHoach, Number = "219a/KH-UBND", Date = new DocumentDate(2022, 7, 1), Issuer = "Ủy ban nhân dân huyện", Subject = "Thực hiện Chương trình Mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025" },
                new DocumentReference { Type = DocumentType.KeHoach, Number = "245/KH-UBND", Date = new DocumentDate(2022, 8, 3), Issuer = "Ủy ban nhân dân huyện", Subject = "thực hiện Chương trình MTQG Giảm nghèo bền vững năm 2022, giai đoạn 2021-2025" },
                new DocumentReference { Type = DocumentType.KeHoach, Number = "250/KH-UBND", Date = new DocumentDate(2022, 8, 12), Issuer = "Ủy ban nhân dân huyện", Subject = "thực hiện Quyết định số 880/QĐ-TTg ngày 22/7/2022 của Thủ tướng Chính phủ phê duyệt một số nội dung hỗ trợ 22 huyện nghèo thuộc 17 tỉnh thoát khỏi tình trạng nghèo, đặc biệt khó khăn giai đoạn 2022-2025" },
                new DocumentReference { Type = DocumentType.KeHoach, Number = "302/KH-UBND", Date = new DocumentDate(2022, 10, 3), Issuer = "Ủy ban nhân dân huyện", Subject = "Nâng cao năng lực thực hiện Chương trình MTQG giảm nghèo năm 2022 (giai đoạn 2021-2025)" },
                new DocumentReference { Type = DocumentType.KeHoach, Number = "310/KH-UBND", Date = new DocumentDate(2022, 10, 11), Issuer = "Ủy ban nhân dân huyện", Subject = "Giám sát, đánh giá Chương trình mục tiêu Quốc gia giảm nghèo bền vững trên địa bàn huyện Phong Thổ năm 2022 (giai đoạn 2021-2025)" },
            ],
            Funding =
            [
                new FundingPlan
                {
                    Years = [2022],
                    Label = "năm 2022",
                    StatedTotal = Tr(84530),
                    Lines =
                    [
                        new FundingLine
                        {
                            Title = "Dự án 1: Tiểu dự án 3 - Phát triển sản xuất, đa dạng hóa sinh kế và nhân rộng mô hình giảm nghèo bền vững (giai đoạn 2016-2020)",
                            Kind = CapitalKind.Recurrent, Allocated = Tr(2455), Disbursed = Tr(1964), StatedPercent = 80m,
                            Basis = new DocumentReference { Type = DocumentType.QuyetDinh, Number = "413/QĐ-UBND", Date = new DocumentDate(2022, 4, 6), Issuer = "UBND tỉnh Lai Châu" },
                        },
                        new FundingLine
                        {
                            Title = "nguồn vốn sự nghiệp năm 2022 (giai đoạn 2021-2025)",
                            Kind = CapitalKind.Recurrent, Allocated = Tr(10505), Disbursed = Tr(2480), StatedPercent = 23.6m, ItemizedInProjects = true,
                            Basis = new DocumentReference { Type = DocumentType.QuyetDinh, Number = "90/QĐ-TTg", Date = new DocumentDate(2022, 1, 18), Issuer = "Thủ tướng Chính phủ" },
                        },
                        new FundingLine
                        {
                            Title = "nguồn vốn đầu tư năm 2022 (giai đoạn 2021-2025)",
                            Kind = CapitalKind.Investment, Allocated = Tr(71570), Disbursed = Tr(27673), StatedPercent = 38.66m, Works = 20, ItemizedInProjects = true,
                        },
                    ],
                    Projects =
                    [
                        new ProjectResult
                        {
                            Number = 1,
                            SubProjects =
                            [
                                new SubProjectResult
                                {
                                    Number = 1, Kind = CapitalKind.Investment, Allocated = Tr(71570), Disbursed = Tr(27673), StatedPercent = 38.66m, Works = 20,
                                    Basis = new DocumentReference { Type = DocumentType.QuyetDinh, Number = "747/QĐ-UBND", Date = new DocumentDate(2022, 6, 30), Issuer = "UBND tỉnh Lai Châu" },
                                },
                                new SubProjectResult { Number = 2, NotAssigned = true, Planned = Money.FromBillions(125), Works = 3 },
                            ],
                        },
                        new ProjectResult { Number = 2, Kind = CapitalKind.Recurrent, Allocated = Tr(6629), Disbursed = Tr(1964), StatedPercent = 29.62m },
                        new ProjectResult
                        {
                            Number = 3,
                            SubProjects =
                            [
                                new SubProjectResult { Number = 1, Kind = CapitalKind.Recurrent, Allocated = Tr(1822), Disbursed = Money.Zero },
                                new SubProjectResult { Number = 2, NotAssigned = true },
                            ],
                        },
                        new ProjectResult
                        {
                            Number = 4,
                            SubProjects =
                            [
                                new SubProjectResult { Number = 1, Kind = CapitalKind.Recurrent, Allocated = Tr(1070), Disbursed = Money.Zero },
                                new SubProjectResult { Number = 2, Kind = CapitalKind.Recurrent, Allocated = Tr(293) },
                                new SubProjectResult { Number = 3, Kind = CapitalKind.Recurrent, Allocated = Tr(240), Disbursed = Money.Zero },
                            ],
                        },
                        new ProjectResult { Number = 5, NotAssigned = true },
                        new ProjectResult
                        {
                            Number = 6,
                            SubProjects =
                            [
                                new SubProjectResult { Number = 1, NotAssigned = true },
                                new SubProjectResult { Number = 2, Kind = CapitalKind.Recurrent, Allocated = Tr(72), Disbursed = Tr(35), Estimated = Tr(72) },
                            ],
                        },
                        new ProjectResult
                        {
                            Number = 7,
                            SubProjects =
                            [
                                new SubProjectResult { Number = 1, Kind = CapitalKind.Recurrent, Allocated = Tr(543), Disbursed = Tr(543), StatedPercent = 100m },
                                new SubProjectResult { Number = 2, Kind = CapitalKind.Recurrent, Allocated = Tr(206), Disbursed = Tr(2) },
                            ],
                        },
                    ],
                },
                new FundingPlan
                {
                    Years = [2021, 2022],
                    Label = "năm 2021, 2022",
                    StatedTotal = Tr(71570),
                    StatedDisbursed = Tr(71570),
                    Lines = [new FundingLine { Kind = CapitalKind.Investment, Source = BudgetSource.Central, Disbursed = Tr(71570) }],
                },
                new FundingPlan
                {
                    Years = [2021, 2022, 2023, 2024, 2025],
                    Label = "năm 2021, 2022, 2023 và cả giai đoạn 2021-2025",
                    StatedTotal = Tr(208072),
                    Lines =
                    [
                        new FundingLine { Kind = CapitalKind.Investment, Source = BudgetSource.Central, Allocated = Tr(208072) },
                        new FundingLine { Title = "Ngân sách địa phương (Đầu tư phát triển và Sự nghiệp)", Source = BudgetSource.Local },
                        new FundingLine { Title = "Các nguồn vốn hợp pháp khác", Source = BudgetSource.Other },
                    ],
                },
            ],
            Credit =
            [
                new PolicyCredit { Period = ReportingPeriod.WholeYear(2021), Borrowers = 2883, AmountLent = Amount.Written("125.1635 triệu đồng") },
                new PolicyCredit { Period = ReportingPeriod.WholeYear(2022), Borrowers = 3910, AmountLent = Tr(212925) },
            ],
            Support =
            [
                new SupportItem
                {
                    Area = PolicyArea.Housing,
                    Title = "hỗ trợ làm nhà ở cho hộ nghèo",
                    Beneficiaries = 600,
                    Unit = "hộ",
                    UnitAmount = Tr(60),
                    PartsComplete = true,
                    Parts =
                    [
                        Item(PolicyArea.Housing, "Bộ Công an", amount: Money.FromBillions(30)) with { Source = "Bộ Công an" },
                        Item(PolicyArea.Housing, "UBMTTQ Việt Nam tỉnh Lai Châu", amount: Money.FromBillions(6)) with { Source = "UBMTTQ Việt Nam tỉnh Lai Châu" },
                    ],
                },
            ],
            Facts =
            [
                new Fact { Key = "area", Value = 1034.6m, Unit = "km²", Label = "diện tích tự nhiên" },
                new Fact { Key = "communes", Value = 17, Unit = "xã, thị trấn", Label = "số xã, thị trấn" },
                new Fact { Key = "borderCommunes", Value = 12, Unit = "xã", Label = "xã biên giới" },
                new Fact { Key = "borderLength", Value = 97.229m, Unit = "km", Label = "đường biên giới với huyện Kim Bình" },
                new Fact { Key = "population", Value = 83731, Unit = "người", Label = "dân số" },
                new Fact { Key = "incomePerCapita", Value = 37.07m, Unit = "triệu đồng/người/năm", Label = "thu nhập bình quân đầu người" },
                new Fact { Key = "budgetRevenue", Value = 70780, Unit = "triệu đồng", Label = "thu ngân sách trên địa bàn" },
                new Fact { Key = "newRuralCommunes", Value = 4, Unit = "/16 xã", Label = "xã đạt chuẩn nông thôn mới" },
                new Fact { Key = "distanceToProvincialCity", Value = 30, Unit = "km", Label = "cách thành phố Lai Châu" },
                new Fact { Key = "roadsAccessible", Value = 98.8m, Unit = "%", Label = "đường giao thông đến thôn bản đi lại bằng ô tô, xe máy thuận lợi" },
                new Fact { Key = "standardSchools", Value = 43.14m, Unit = "%", Label = "trường học đạt chuẩn quốc gia" },
                new Fact { Key = "healthStandardCommunes", Value = 82.35m, Unit = "%", Label = "xã đạt tiêu chí quốc gia về y tế" },
                new Fact { Key = "gridElectricity", Value = 99.96m, Unit = "%", Label = "số hộ được sử dụng điện lưới quốc gia" },
                new Fact { Key = "continuingStudents", Value = 54, Unit = "%", Label = "học sinh tốt nghiệp THCS tiếp tục học THPT, trường nghề, bổ túc THPT" },
                new Fact { Key = "trainedLabour", Value = 48.8m, Unit = "%", Label = "tỷ lệ lao động qua đào tạo" },
                new Fact { Key = "ethnicMinorityPopulation", Value = 93, Unit = "%", Label = "trên 93% là đồng bào dân tộc thiểu số" },
                new Fact { Key = "povertyRateReduction", Value = 4.62m, Unit = "%", Label = "tỷ lệ hộ nghèo toàn huyện giảm" },
                new Fact { Key = "ethnicMinorityPoorShare", Value = 96, Unit = "%", Label = "hộ nghèo dân tộc thiểu số trên tổng số hộ nghèo" },
            ],
        },
        Narrative = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["introduction"] = "Thực hiện Công văn số 4763/UBND-TH ngày 22/12/2022 của Ủy ban nhân dân tỉnh Lai Châu về việc báo cáo việc triển khai thực hiện các Chương trình mục tiêu Quốc gia; UBND huyện Phong Thổ báo cáo tình hình triển khai thực hiện Nghị quyết số 24/2021/QH15 của Quốc hội như sau:",
            ["propaganda"] = "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tuyên truyền, vận động đoàn viên, hội viên gắn chức năng, nhiệm vụ tích cực tham gia thực hiện phong trào xây dựng nông thôn mới.",
            ["recommendations"] = "Đề nghị Trung ương hàng năm sớm bố trí phân bổ nguồn vốn ngay từ đầu năm để triển khai các Chương trình mục tiêu đạt hiệu quả cao.",
        },
    };

    /// <summary>Seed 004: Đắk Nông province, notice of conclusions on the yearly poverty survey (the header's number and date are not in the seed text).</summary>
    public static Report Seed004() => new()
    {
        Template = "thong-bao-ket-luan",
        Period = ReportingPeriod.PhaseOf(2016, 2020),
        Frame = new DocumentFrame
        {
            IssuingBody = "Ủy ban nhân dân tỉnh Đắk Nông",
            Type = DocumentType.ThongBao,
            Number = new DocumentNumber(null, "TB-UBND"),
            Place = "Đắk Nông",
            Date = new DocumentDate(2018, 5),
            Abstract = "Kết luận của Phó Chủ tịch UBND tỉnh Tôn Thị Ngọc Hạnh tại Hội nghị đánh giá tình hình triển khai thực hiện công tác điều tra, rà soát hộ nghèo, hộ cận nghèo hằng năm trên địa bàn tỉnh Đắk Nông",
            Signature = new SignatureBlock
            {
                Lines =
                [
                    new AuthorityLine(AuthorityPrefix.ByOrder, "CHỦ TỊCH"),
                    new AuthorityLine(AuthorityPrefix.SignedFor, "CHÁNH VĂN PHÒNG"),
                    new AuthorityLine(AuthorityPrefix.None, "PHÓ CHÁNH VĂN PHÒNG"),
                ],
                Signer = "Phạm Ngọc Tuyền",
            },
            Distribution = new Distribution
            {
                Items =
                [
                    new DistributionItem("TT. Tỉnh ủy", "B/c"),
                    new DistributionItem("TT. HĐND tỉnh", "B/c"),
                    new DistributionItem("CT, các PCT UBND tỉnh"),
                    new DistributionItem("Ủy ban MTTQ Việt Nam tỉnh"),
                    new DistributionItem("Thành viên BCĐ chương trình MTQG giai đoạn 2016 - 2020"),
                    new DistributionItem("CVP, các PCVP UBND tỉnh"),
                    new DistributionItem("UBND các huyện, thị xã"),
                ],
                Archive = "VT, TH, CTTĐT, KGVX (Vn)",
            },
        },
        Results = new ProgramResults
        {
            Facts =
            [
                new Fact { Key = "surveyYears", Value = 3, Unit = "năm", Label = "số năm triển khai điều tra, rà soát hộ nghèo hằng năm" },
                new Fact { Key = "enumeratorVillages", Value = 16, Unit = "thôn, buôn, bon, tổ dân phố", Label = "điều tra viên tham dự Hội nghị" },
            ],
        },
        Narrative = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["introduction"] = "Ngày 03/5/2018, Phó Chủ tịch UBND tỉnh Tôn Thị Ngọc Hạnh chủ trì Hội nghị đánh giá tình hình triển khai thực hiện công tác điều tra, rà soát hộ nghèo, hộ cận nghèo hằng năm.",
            ["closing"] = "Trên đây là ý kiến kết luận của đồng chí Tôn Thị Ngọc Hạnh - Phó Chủ tịch UBND tỉnh tại Hội nghị ngày 03/5/2018; các cấp, các ngành, các đơn vị tổ chức thực hiện./.",
        },
    };

    private static DeprivationResult Deprivation(DeprivationIndicator indicator, int households, decimal stated) =>
        new() { Indicator = indicator, Households = households, StatedPercent = stated };
}
