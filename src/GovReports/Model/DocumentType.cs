namespace GovReports.Model;

/// <summary>A kind of administrative document (tên loại văn bản) with the abbreviation used in its symbol (Phụ lục III, Nghị định 30/2020).</summary>
public sealed class DocumentType : IEquatable<DocumentType>
{
    private DocumentType(string name, string? abbreviation)
    {
        Name = name;
        Abbreviation = abbreviation;
    }

    /// <summary>The type name as written in sentence case (<c>Báo cáo</c>).</summary>
    public string Name { get; }

    /// <summary>The symbol abbreviation (<c>BC</c>), or <see langword="null"/> for a công văn or thư công, which have none.</summary>
    public string? Abbreviation { get; }

    /// <summary>Whether this is a công văn: no type name is printed and its abstract is the <c>V/v …</c> line.</summary>
    public bool IsLetter => Abbreviation is null;

    /// <summary>Nghị quyết (NQ).</summary>
    public static DocumentType NghiQuyet { get; } = new("Nghị quyết", "NQ");
    /// <summary>Quyết định (QĐ).</summary>
    public static DocumentType QuyetDinh { get; } = new("Quyết định", "QĐ");
    /// <summary>Chỉ thị (CT).</summary>
    public static DocumentType ChiThi { get; } = new("Chỉ thị", "CT");
    /// <summary>Quy chế (QC).</summary>
    public static DocumentType QuyChe { get; } = new("Quy chế", "QC");
    /// <summary>Quy định (QyĐ).</summary>
    public static DocumentType QuyDinh { get; } = new("Quy định", "QyĐ");
    /// <summary>Thông cáo (TC).</summary>
    public static DocumentType ThongCao { get; } = new("Thông cáo", "TC");
    /// <summary>Thông báo (TB).</summary>
    public static DocumentType ThongBao { get; } = new("Thông báo", "TB");
    /// <summary>Hướng dẫn (HD).</summary>
    public static DocumentType HuongDan { get; } = new("Hướng dẫn", "HD");
    /// <summary>Chương trình (CTr).</summary>
    public static DocumentType ChuongTrinh { get; } = new("Chương trình", "CTr");
    /// <summary>Kế hoạch (KH).</summary>
    public static DocumentType KeHoach { get; } = new("Kế hoạch", "KH");
    /// <summary>Phương án (PA).</summary>
    public static DocumentType PhuongAn { get; } = new("Phương án", "PA");
    /// <summary>Đề án (ĐA).</summary>
    public static DocumentType DeAn { get; } = new("Đề án", "ĐA");
    /// <summary>Dự án (DA).</summary>
    public static DocumentType DuAn { get; } = new("Dự án", "DA");
    /// <summary>Báo cáo (BC).</summary>
    public static DocumentType BaoCao { get; } = new("Báo cáo", "BC");
    /// <summary>Biên bản (BB).</summary>
    public static DocumentType BienBan { get; } = new("Biên bản", "BB");
    /// <summary>Tờ trình (TTr).</summary>
    public static DocumentType ToTrinh { get; } = new("Tờ trình", "TTr");
    /// <summary>Hợp đồng (HĐ).</summary>
    public static DocumentType HopDong { get; } = new("Hợp đồng", "HĐ");
    /// <summary>Công điện (CĐ).</summary>
    public static DocumentType CongDien { get; } = new("Công điện", "CĐ");
    /// <summary>Bản ghi nhớ (BGN).</summary>
    public static DocumentType BanGhiNho { get; } = new("Bản ghi nhớ", "BGN");
    /// <summary>Bản thỏa thuận (BTT).</summary>
    public static DocumentType BanThoaThuan { get; } = new("Bản thỏa thuận", "BTT");
    /// <summary>Giấy ủy quyền (GUQ).</summary>
    public static DocumentType GiayUyQuyen { get; } = new("Giấy ủy quyền", "GUQ");
    /// <summary>Giấy mời (GM).</summary>
    public static DocumentType GiayMoi { get; } = new("Giấy mời", "GM");
    /// <summary>Giấy giới thiệu (GGT).</summary>
    public static DocumentType GiayGioiThieu { get; } = new("Giấy giới thiệu", "GGT");
    /// <summary>Giấy nghỉ phép (GNP).</summary>
    public static DocumentType GiayNghiPhep { get; } = new("Giấy nghỉ phép", "GNP");
    /// <summary>Phiếu gửi (PG).</summary>
    public static DocumentType PhieuGui { get; } = new("Phiếu gửi", "PG");
    /// <summary>Phiếu chuyển (PC).</summary>
    public static DocumentType PhieuChuyen { get; } = new("Phiếu chuyển", "PC");
    /// <summary>Phiếu báo (PB).</summary>
    public static DocumentType PhieuBao { get; } = new("Phiếu báo", "PB");
    /// <summary>Công văn: no type name and no abbreviation.</summary>
    public static DocumentType CongVan { get; } = new("Công văn", null);
    /// <summary>Thư công: no abbreviation.</summary>
    public static DocumentType ThuCong { get; } = new("Thư công", null);

    /// <summary>Every known document type.</summary>
    public static IReadOnlyList<DocumentType> All { get; } =
    [
        NghiQuyet, QuyetDinh, ChiThi, QuyChe, QuyDinh, ThongCao, ThongBao, HuongDan, ChuongTrinh, KeHoach,
        PhuongAn, DeAn, DuAn, BaoCao, BienBan, ToTrinh, HopDong, CongDien, BanGhiNho, BanThoaThuan,
        GiayUyQuyen, GiayMoi, GiayGioiThieu, GiayNghiPhep, PhieuGui, PhieuChuyen, PhieuBao, CongVan, ThuCong,
    ];

    /// <summary>Finds a type by its abbreviation (<c>BC</c>) or its name (<c>Báo cáo</c>, any case); <see langword="null"/> when unknown.</summary>
    public static DocumentType? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = GovReports.Word.XmlText.Nfc(text.Trim());
        foreach (var type in All)
            if (string.Equals(type.Abbreviation, t, StringComparison.Ordinal)) return type;
        foreach (var type in All)
            if (string.Equals(type.Name, t, StringComparison.OrdinalIgnoreCase)) return type;
        return null;
    }

    /// <inheritdoc />
    public bool Equals(DocumentType? other) => ReferenceEquals(this, other) || (other is not null && other.Name == Name);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentType);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The type name.</summary>
    public override string ToString() => Name;
}
