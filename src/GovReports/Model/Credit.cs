namespace GovReports.Model;

/// <summary>Policy credit results for a period (tín dụng chính sách, Ngân hàng Chính sách xã hội): programs, borrowers, amounts, groups and purposes.</summary>
public sealed record PolicyCredit
{
    /// <summary>The period the figures cover, when it differs from the report's.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The number of credit programs (chương trình tín dụng).</summary>
    public int? Programs { get; init; }

    /// <summary>The households that borrowed (hộ vay vốn).</summary>
    public int? Borrowers { get; init; }

    /// <summary>The amount lent (doanh số cho vay).</summary>
    public Amount? AmountLent { get; init; }

    /// <summary>The outstanding loans (dư nợ).</summary>
    public Amount? Outstanding { get; init; }

    /// <summary>Poor households that borrowed, with the number of poor households as base.</summary>
    public CreditGroup? Poor { get; init; }

    /// <summary>Near-poor households that borrowed.</summary>
    public CreditGroup? NearPoor { get; init; }

    /// <summary>Newly escaped households that borrowed.</summary>
    public CreditGroup? NewlyEscaped { get; init; }

    /// <summary>Households that borrowed for clean water and sanitation (nước sạch, vệ sinh môi trường).</summary>
    public int? WaterAndSanitationBorrowers { get; init; }

    /// <summary>Households that borrowed for production and business (phát triển sản xuất kinh doanh).</summary>
    public int? ProductionBorrowers { get; init; }

    /// <summary>Households that borrowed to create jobs (giải quyết việc làm).</summary>
    public int? JobsBorrowers { get; init; }

    /// <summary>Local-budget money entrusted to the bank for lending (vốn ngân sách địa phương ủy thác), e.g. 500 triệu đồng.</summary>
    public Amount? LocalEntrusted { get; init; }

    /// <summary>What the entrusted money is lent for, as worded.</summary>
    public string? LocalEntrustedPurpose { get; init; }

    /// <summary>The share of poor households that borrowed (<c>269/2.342</c>), computed when the base is known.</summary>
    public Rate? PoorShare => Poor?.Share;

    /// <summary>The share of near-poor households that borrowed, computed when the base is known.</summary>
    public Rate? NearPoorShare => NearPoor?.Share;

    /// <summary>The share of newly escaped households that borrowed, computed when the base is known.</summary>
    public Rate? NewlyEscapedShare => NewlyEscaped?.Share;
}

/// <summary>The borrowers of one group (poor, near-poor, newly escaped) and the group's size.</summary>
public sealed record CreditGroup
{
    /// <summary>The households of the group that borrowed.</summary>
    public required int Borrowers { get; init; }

    /// <summary>All households of the group (<c>tổng số hộ nghèo (2.342 hộ)</c>), the base of the share; <see langword="null"/> when not given.</summary>
    public int? Base { get; init; }

    /// <summary>The percentage the document prints (<c>chiếm 11,5%</c> → 11.5); checked when the base is known.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The share, computed when <see cref="Base"/> is known.</summary>
    public Rate? Share => Base is { } b ? Rate.Of(Borrowers, b) : null;
}
