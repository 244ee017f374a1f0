namespace GovReports.Model;

/// <summary>A poverty-reduction target (chỉ tiêu giảm tỷ lệ hộ nghèo): the reduction in percentage points, the households it means, and who set it.</summary>
public sealed record PovertyTarget
{
    /// <summary>The year the target is for.</summary>
    public required int Year { get; init; }

    /// <summary>The reduction of the poverty rate in percentage points (<c>3,68%</c> → 3.68).</summary>
    public required decimal RateReduction { get; init; }

    /// <summary>Whether the target is a floor (<c>từ 3% trở lên</c>).</summary>
    public bool AtLeast { get; init; }

    /// <summary>The number of poor households the reduction means (<c>702 hộ</c>), when stated.</summary>
    public int? Households { get; init; }

    /// <summary>The body that set the target (<c>Hội đồng nhân dân huyện</c>, <c>UBND huyện</c>).</summary>
    public required string SetBy { get; init; }

    /// <summary>The documents that set it (Nghị quyết, Kế hoạch, Quyết định).</summary>
    public IReadOnlyList<DocumentReference> Documents { get; init; } = [];

    /// <summary>When it was set, when the text says so without a document (<c>cuối tháng 12/2020</c>).</summary>
    public DocumentDate? Date { get; init; }

    /// <summary>The higher-level document that prompted the revision (<c>Kế hoạch số 509/KH-UBND</c> of the province).</summary>
    public DocumentReference? Following { get; init; }
}

/// <summary>A poverty standard (chuẩn nghèo) under which households are surveyed.</summary>
public enum PovertyStandard
{
    /// <summary>The multidimensional approach of 2016-2020 (chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020, Quyết định 59/2015/QĐ-TTg).</summary>
    Multidimensional2016To2020,
    /// <summary>The multidimensional standard of 2022-2025 (chuẩn nghèo đa chiều giai đoạn 2022-2025, Nghị định 07/2021/NĐ-CP), with 12 deprivation indicators.</summary>
    Multidimensional2022To2025,
}

/// <summary>The result of a yearly survey of poor and near-poor households (kết quả rà soát hộ nghèo, hộ cận nghèo).</summary>
public sealed record PovertySurvey
{
    /// <summary>The survey year.</summary>
    public required int Year { get; init; }

    /// <summary>The poverty standard applied.</summary>
    public required PovertyStandard Standard { get; init; }

    /// <summary>All households of the area (tổng số hộ), the base of the rates; <see langword="null"/> when the document does not give it.</summary>
    public int? TotalHouseholds { get; init; }

    /// <summary>Poor households (hộ nghèo).</summary>
    public SurveyGroup? Poor { get; init; }

    /// <summary>Near-poor households (hộ cận nghèo).</summary>
    public SurveyGroup? NearPoor { get; init; }

    /// <summary>Households newly escaped from poverty (hộ mới thoát nghèo).</summary>
    public SurveyGroup? NewlyEscaped { get; init; }

    /// <summary>The deprivation indicator results (chỉ số thiếu hụt), in catalogue order.</summary>
    public IReadOnlyList<DeprivationResult> Deprivations { get; init; } = [];

    /// <summary>Rates of poor households by commune or group of communes (<c>Tung Qua Lìn (85,55%)</c>, <c>07 xã vùng cao chiếm 71%</c>), as the document states them.</summary>
    public IReadOnlyList<LocalityRate> Localities { get; init; } = [];

    /// <summary>The standard's Vietnamese wording (<c>chuẩn nghèo đa chiều giai đoạn 2022-2025</c>).</summary>
    public string StandardText => Standard == PovertyStandard.Multidimensional2016To2020
        ? "chuẩn nghèo tiếp cận đa chiều giai đoạn 2016-2020"
        : "chuẩn nghèo đa chiều giai đoạn 2022-2025";

    /// <summary>The poverty rate (tỷ lệ hộ nghèo), computed when a base is known.</summary>
    public Rate? PoorRate => RateOf(Poor);

    /// <summary>The near-poverty rate (tỷ lệ hộ cận nghèo), computed when a base is known.</summary>
    public Rate? NearPoorRate => RateOf(NearPoor);

    /// <summary>The rate of newly escaped households, computed when a base is known.</summary>
    public Rate? NewlyEscapedRate => RateOf(NewlyEscaped);

    internal Rate? RateOf(SurveyGroup? group) =>
        group is null ? null : (group.Base ?? TotalHouseholds) is { } b ? Rate.Of(group.Households, b) : null;
}

/// <summary>A group of households in a survey: its count and, when the document prints one, the rate it states.</summary>
public sealed record SurveyGroup
{
    /// <summary>The number of households.</summary>
    public required int Households { get; init; }

    /// <summary>The base of this group's rate when it differs from the survey's total households.</summary>
    public int? Base { get; init; }

    /// <summary>The percentage the document prints (<c>43,81%</c> → 43.81); compared with the computed rate when a base is known.</summary>
    public decimal? StatedPercent { get; init; }
}

/// <summary>One deprivation indicator's result (chỉ số thiếu hụt): deprived households, their base and the stated rate.</summary>
public sealed record DeprivationResult
{
    /// <summary>The indicator.</summary>
    public required DeprivationIndicator Indicator { get; init; }

    /// <summary>The number of deprived households.</summary>
    public required int Households { get; init; }

    /// <summary>The base of the rate (e.g. the poor and near-poor households surveyed), when the document gives it.</summary>
    public int? Base { get; init; }

    /// <summary>The percentage the document prints (<c>15,57%</c> → 15.57); its base may be unknown.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The indicator's Vietnamese name.</summary>
    public string Name => Indicator.Name;

    /// <summary>The rate, computed when <see cref="Base"/> is known.</summary>
    public Rate? Rate => Base is { } b ? Model.Rate.Of(Households, b) : null;
}

/// <summary>One of the 12 deprivation indicators of the 2022-2025 multidimensional poverty standard (Nghị định 07/2021/NĐ-CP).</summary>
public sealed class DeprivationIndicator
{
    private DeprivationIndicator(int number, string code, string name, string domain)
    {
        Number = number;
        Code = code;
        Name = name;
        Domain = domain;
    }

    /// <summary>The indicator's position in the standard (1–12).</summary>
    public int Number { get; }

    /// <summary>The key used in JSON (<c>healthInsurance</c>).</summary>
    public string Code { get; }

    /// <summary>The Vietnamese name (<c>bảo hiểm y tế</c>).</summary>
    public string Name { get; }

    /// <summary>The dimension it belongs to (chiều thiếu hụt: <c>y tế</c>).</summary>
    public string Domain { get; }

    /// <summary>Việc làm (employment).</summary>
    public static DeprivationIndicator Employment { get; } = new(1, "employment", "việc làm", "việc làm");
    /// <summary>Người phụ thuộc trong hộ gia đình (dependants).</summary>
    public static DeprivationIndicator Dependants { get; } = new(2, "dependants", "người phụ thuộc trong hộ gia đình", "việc làm");
    /// <summary>Dinh dưỡng (nutrition).</summary>
    public static DeprivationIndicator Nutrition { get; } = new(3, "nutrition", "dinh dưỡng", "y tế");
    /// <summary>Bảo hiểm y tế (health insurance).</summary>
    public static DeprivationIndicator HealthInsurance { get; } = new(4, "healthInsurance", "bảo hiểm y tế", "y tế");
    /// <summary>Trình độ giáo dục của người lớn (adult education).</summary>
    public static DeprivationIndicator AdultEducation { get; } = new(5, "adultEducation", "trình độ giáo dục của người lớn", "giáo dục");
    /// <summary>Tình trạng đi học của trẻ em (children's schooling).</summary>
    public static DeprivationIndicator ChildSchooling { get; } = new(6, "childSchooling", "tình trạng đi học của trẻ em", "giáo dục");
    /// <summary>Chất lượng nhà ở (housing quality).</summary>
    public static DeprivationIndicator HousingQuality { get; } = new(7, "housingQuality", "chất lượng nhà ở", "nhà ở");
    /// <summary>Diện tích nhà ở bình quân đầu người (living area per person).</summary>
    public static DeprivationIndicator HousingArea { get; } = new(8, "housingArea", "diện tích nhà ở bình quân đầu người", "nhà ở");
    /// <summary>Nguồn nước sinh hoạt (domestic water).</summary>
    public static DeprivationIndicator Water { get; } = new(9, "water", "nguồn nước sinh hoạt", "nước sinh hoạt và vệ sinh");
    /// <summary>Nhà tiêu hợp vệ sinh (sanitary latrine).</summary>
    public static DeprivationIndicator Sanitation { get; } = new(10, "sanitation", "nhà tiêu hợp vệ sinh", "nước sinh hoạt và vệ sinh");
    /// <summary>Sử dụng dịch vụ viễn thông (telecommunication services).</summary>
    public static DeprivationIndicator Telecom { get; } = new(11, "telecom", "sử dụng dịch vụ viễn thông", "thông tin");
    /// <summary>Phương tiện phục vụ tiếp cận thông tin (means of access to information).</summary>
    public static DeprivationIndicator InformationAccess { get; } = new(12, "informationAccess", "phương tiện phục vụ tiếp cận thông tin", "thông tin");

    /// <summary>The 12 indicators in the standard's order.</summary>
    public static IReadOnlyList<DeprivationIndicator> All { get; } =
    [
        Employment, Dependants, Nutrition, HealthInsurance, AdultEducation, ChildSchooling,
        HousingQuality, HousingArea, Water, Sanitation, Telecom, InformationAccess,
    ];

    /// <summary>Finds an indicator by its code (<c>water</c>); <see langword="null"/> when unknown.</summary>
    public static DeprivationIndicator? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var i in All)
            if (string.Equals(i.Code, code, StringComparison.Ordinal)) return i;
        return null;
    }

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}

/// <summary>A rate the document states for a commune or a group of communes (<c>Tung Qua Lìn (85,55%)</c>); the counts behind it are not given.</summary>
public sealed record LocalityRate
{
    /// <summary>The commune or group, as worded (<c>xã Tung Qua Lìn</c>, <c>07 xã vùng cao</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The percentage the document prints (<c>85,55%</c> → 85.55).</summary>
    public required decimal StatedPercent { get; init; }

    /// <summary>Whether the figure is a floor (<c>trên 41%</c>).</summary>
    public bool AtLeast { get; init; }

    /// <summary>What the figure means, when not the poverty rate (<c>tỷ lệ trung bình</c>).</summary>
    public string? Note { get; init; }
}
