namespace GovReports.Model;

/// <summary>The area of a support policy or activity.</summary>
public enum PolicyArea
{
    /// <summary>Direction and administration (chỉ đạo, điều hành).</summary>
    Direction,
    /// <summary>Communication and propaganda (tuyên truyền, truyền thông).</summary>
    Communication,
    /// <summary>Health and health insurance (y tế, bảo hiểm y tế).</summary>
    Health,
    /// <summary>Education (giáo dục, đào tạo).</summary>
    Education,
    /// <summary>Housing (nhà ở).</summary>
    Housing,
    /// <summary>Domestic water and sanitation (nước sinh hoạt, vệ sinh môi trường).</summary>
    WaterAndSanitation,
    /// <summary>Production and livelihoods (phát triển sản xuất, sinh kế).</summary>
    Production,
    /// <summary>Vocational training (đào tạo nghề).</summary>
    VocationalTraining,
    /// <summary>Employment (giải quyết việc làm).</summary>
    Employment,
    /// <summary>Agricultural extension and settlement (khuyến nông, định canh định cư).</summary>
    AgriculturalExtension,
    /// <summary>Social assistance (trợ giúp xã hội): rice, electricity, emergency aid.</summary>
    SocialAssistance,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A support policy result (chính sách hỗ trợ): who benefited, how many, how much money, and its breakdown (<c>trong đó</c>).</summary>
public sealed record SupportItem
{
    /// <summary>The policy area.</summary>
    public required PolicyArea Area { get; init; }

    /// <summary>What was done, as worded (<c>hỗ trợ miễn, giảm học phí</c>).</summary>
    public required string Title { get; init; }

    /// <summary>The number of beneficiaries (đối tượng, hộ, học sinh, lao động…).</summary>
    public int? Beneficiaries { get; init; }

    /// <summary>The beneficiaries' unit as printed (<c>học sinh</c>, <c>hộ</c>, <c>thẻ</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>Whether the count is a floor (<c>trên 350 lao động</c>).</summary>
    public bool AtLeast { get; init; }

    /// <summary>The population the beneficiaries are a share of (<c>90.330 người</c>), when given.</summary>
    public int? Base { get; init; }

    /// <summary>The share the document prints (<c>96,75%</c> → 96.75); checked when the base is known.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The money spent (kinh phí).</summary>
    public Amount? Amount { get; init; }

    /// <summary>The money per beneficiary (<c>60 triệu đồng/căn nhà</c>); the checker compares beneficiaries × unit amount with <see cref="Amount"/>.</summary>
    public Money? UnitAmount { get; init; }

    /// <summary>Where the money came from (<c>Quỹ cứu trợ thiên tai của tỉnh</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Other measured quantities (<c>45.390 kg</c>, <c>3.026 khẩu</c>).</summary>
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    /// <summary>The breakdown (<c>trong đó</c>); each part is a subset of this item.</summary>
    public IReadOnlyList<SupportItem> Parts { get; init; } = [];

    /// <summary>Whether the parts cover the whole item, so their counts and money must add up to it.</summary>
    public bool PartsComplete { get; init; }

    /// <summary>A short note printed with the item.</summary>
    public string? Note { get; init; }

    /// <summary>The money of the whole item: <see cref="Amount"/> when stated, otherwise the sum of complete parts (<c>30 + 6 tỷ đồng</c>); <see langword="null"/> when neither is known.</summary>
    public Money? TotalAmount => Amount?.Value ?? (PartsComplete && Parts.Count > 0 && Parts.All(p => p.TotalAmount is not null)
        ? Money.Sum(Parts.Select(p => p.TotalAmount!.Value))
        : null);

    /// <summary>The beneficiaries' share of <see cref="Base"/>, computed when both are known.</summary>
    public Rate? Share => Beneficiaries is { } n && Base is { } b ? Rate.Of(n, b) : null;
}
