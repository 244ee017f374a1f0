namespace GovReports.Model;

/// <summary>The kind of capital (loại vốn).</summary>
public enum CapitalKind
{
    /// <summary>Investment capital (vốn đầu tư phát triển).</summary>
    Investment,
    /// <summary>Recurrent capital (vốn sự nghiệp).</summary>
    Recurrent,
}

/// <summary>The budget source (nguồn vốn).</summary>
public enum BudgetSource
{
    /// <summary>The central budget (ngân sách trung ương).</summary>
    Central,
    /// <summary>The local budget (ngân sách địa phương).</summary>
    Local,
    /// <summary>Other lawful sources (các nguồn vốn hợp pháp khác).</summary>
    Other,
}

/// <summary>Where an item's funds stand, computed from its figures.</summary>
public enum FundingState
{
    /// <summary>No figures are given.</summary>
    Unknown,
    /// <summary>Nothing was assigned (<c>không giao</c>).</summary>
    NotAssigned,
    /// <summary>Funds were assigned but nothing is disbursed yet (<c>chưa giải ngân</c>).</summary>
    NotDisbursed,
    /// <summary>Funds were assigned and part is disbursed.</summary>
    PartlyDisbursed,
    /// <summary>All assigned funds are disbursed (<c>giải ngân 100%</c>).</summary>
    FullyDisbursed,
    /// <summary>Funds were assigned; the disbursement is not stated.</summary>
    Assigned,
}

/// <summary>The allocations of one year or span of years (kế hoạch vốn): a stated total, its lines by capital kind and source, and the project results.</summary>
public sealed record FundingPlan
{
    /// <summary>The years the plan covers (<c>[2022]</c>, or <c>[2021, 2022]</c> for a two-year total).</summary>
    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>The wording the document uses for the span (<c>năm 2021, 2022, 2023 và cả giai đoạn 2021-2025</c>); <see langword="null"/> to derive it.</summary>
    public string? Label { get; init; }

    /// <summary>The total the document states (<c>tổng nguồn vốn giao … là 84.530 triệu đồng</c>); compared with the sum of the lines and of the single-year plans it covers.</summary>
    public Money? StatedTotal { get; init; }

    /// <summary>The disbursed total the document states; compared with the sum of the lines.</summary>
    public Money? StatedDisbursed { get; init; }

    /// <summary>The allocation lines (by capital kind and budget source).</summary>
    public IReadOnlyList<FundingLine> Lines { get; init; } = [];

    /// <summary>The results per project and sub-project of the 2021-2025 program (Quyết định 90/QĐ-TTg).</summary>
    public IReadOnlyList<ProjectResult> Projects { get; init; } = [];

    /// <summary>The span's wording: <see cref="Label"/>, or <c>năm 2021, 2022</c> built from <see cref="Years"/>.</summary>
    public string Text => Label ?? "năm " + string.Join(", ", Years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The sum of the lines' allocations (tổng vốn giao), computed.</summary>
    public Money Allocated => Money.Sum(Lines.Select(l => l.Allocated ?? Money.Zero));

    /// <summary>The sum of the lines' disbursements (tổng giải ngân), computed.</summary>
    public Money Disbursed => Money.Sum(Lines.Select(l => l.Disbursed ?? Money.Zero));

    /// <summary>The disbursement rate of the whole plan, computed from the lines.</summary>
    public Rate DisbursementRate => Rate.Of(Disbursed, Allocated);
}

/// <summary>One allocation line of a funding plan (<c>phân bổ nguồn vốn đầu tư năm 2022 … 71.570 triệu đồng, giải ngân 27.673</c>).</summary>
public sealed record FundingLine
{
    /// <summary>What the line funds, as the document words it.</summary>
    public string? Title { get; init; }

    /// <summary>The capital kind, when stated.</summary>
    public CapitalKind? Kind { get; init; }

    /// <summary>The budget source, when stated.</summary>
    public BudgetSource? Source { get; init; }

    /// <summary>The amount allocated (vốn giao), when stated.</summary>
    public Money? Allocated { get; init; }

    /// <summary>The amount disbursed (giải ngân), when stated.</summary>
    public Money? Disbursed { get; init; }

    /// <summary>The disbursement rate the document prints (<c>đạt 38,66%</c> → 38.66), checked against the computed rate.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The document that allocated the funds.</summary>
    public DocumentReference? Basis { get; init; }

    /// <summary>The number of works or projects carried out (<c>thực hiện 20 dự án</c>).</summary>
    public int? Works { get; init; }

    /// <summary>Whether the plan's project results break this line down; the checker compares the line with the projects' figures of the same capital kind.</summary>
    public bool ItemizedInProjects { get; init; }

    /// <summary>The disbursement rate (tỷ lệ giải ngân), computed when both figures are known.</summary>
    public Rate? DisbursementRate => Allocated is { } a && Disbursed is { } d ? Rate.Of(d, a) : null;

    /// <summary>What remains to disburse (số kinh phí còn lại), computed.</summary>
    public Money? Remaining => Allocated is { } a && Disbursed is { } d ? a - d : null;
}

/// <summary>The figures of a project (dự án) of the 2021-2025 program in a report: its own funds and its sub-projects.</summary>
public sealed record ProjectResult : IFunded
{
    /// <summary>The project number in the catalogue (Dự án 1–7).</summary>
    public required int Number { get; init; }

    /// <summary>Whether nothing was assigned (<c>không giao</c>).</summary>
    public bool NotAssigned { get; init; }

    /// <summary>The capital kind of the project's own funds.</summary>
    public CapitalKind? Kind { get; init; }

    /// <summary>The budget source of the project's own funds.</summary>
    public BudgetSource? Source { get; init; }

    /// <summary>The amount allocated to the project itself (vốn giao); sub-projects carry their own.</summary>
    public Money? Allocated { get; init; }

    /// <summary>The amount disbursed (giải ngân); 0 for <c>chưa giải ngân</c>, <see langword="null"/> when not stated.</summary>
    public Money? Disbursed { get; init; }

    /// <summary>The amount expected to be disbursed (ước thực hiện).</summary>
    public Money? Estimated { get; init; }

    /// <summary>An amount planned but not yet assigned (<c>kế hoạch … 125 tỷ</c>).</summary>
    public Money? Planned { get; init; }

    /// <summary>The disbursement rate the document prints, checked against the computed rate.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The number of works or projects carried out or planned.</summary>
    public int? Works { get; init; }

    /// <summary>The document that allocated the funds.</summary>
    public DocumentReference? Basis { get; init; }

    /// <summary>The sub-project results.</summary>
    public IReadOnlyList<SubProjectResult> SubProjects { get; init; } = [];

    /// <summary>The catalogue entry, or <see langword="null"/> for an unknown number.</summary>
    public ProgramProject? Catalog => ProgramCatalog.Find(Number);

    /// <summary>The project's Vietnamese name from the catalogue (empty when unknown).</summary>
    public string Name => Catalog?.Name ?? "";

    /// <summary>The disbursement rate of the project's own funds, computed.</summary>
    public Rate? DisbursementRate => Funds.RateOf(this);

    /// <summary>The expected disbursement rate (ước thực hiện), computed.</summary>
    public Rate? EstimatedRate => Funds.EstimatedRateOf(this);

    /// <summary>What remains to disburse, computed.</summary>
    public Money? Remaining => Funds.RemainingOf(this);

    /// <summary>Where the project's own funds stand.</summary>
    public FundingState State => Funds.StateOf(this);

    /// <summary>The project's own allocation plus its sub-projects', computed.</summary>
    public Money TotalAllocated => (Allocated ?? Money.Zero) + Money.Sum(SubProjects.Select(s => s.Allocated ?? Money.Zero));

    /// <summary>The project's own disbursement plus its sub-projects', computed.</summary>
    public Money TotalDisbursed => (Disbursed ?? Money.Zero) + Money.Sum(SubProjects.Select(s => s.Disbursed ?? Money.Zero));

    /// <summary>The disbursement rate of the project with its sub-projects (<see cref="TotalDisbursed"/> over <see cref="TotalAllocated"/>), or <see langword="null"/> when nothing is allocated.</summary>
    public Rate? TotalDisbursementRate => TotalAllocated.Dong == 0 ? null : Rate.Of(TotalDisbursed, TotalAllocated);
}

/// <summary>The figures of a sub-project (tiểu dự án) in a report.</summary>
public sealed record SubProjectResult : IFunded
{
    /// <summary>The sub-project number within its project (Tiểu dự án 1–3).</summary>
    public required int Number { get; init; }

    /// <summary>Whether nothing was assigned (<c>không giao</c>).</summary>
    public bool NotAssigned { get; init; }

    /// <summary>The capital kind.</summary>
    public CapitalKind? Kind { get; init; }

    /// <summary>The budget source.</summary>
    public BudgetSource? Source { get; init; }

    /// <summary>The amount allocated (vốn giao).</summary>
    public Money? Allocated { get; init; }

    /// <summary>The amount disbursed; 0 for <c>chưa giải ngân</c>, <see langword="null"/> when not stated.</summary>
    public Money? Disbursed { get; init; }

    /// <summary>The amount expected to be disbursed (ước thực hiện).</summary>
    public Money? Estimated { get; init; }

    /// <summary>An amount planned but not yet assigned.</summary>
    public Money? Planned { get; init; }

    /// <summary>The disbursement rate the document prints, checked against the computed rate.</summary>
    public decimal? StatedPercent { get; init; }

    /// <summary>The number of works or projects carried out or planned (<c>thực hiện 20 dự án</c>).</summary>
    public int? Works { get; init; }

    /// <summary>The document that allocated the funds.</summary>
    public DocumentReference? Basis { get; init; }

    /// <summary>The disbursement rate, computed.</summary>
    public Rate? DisbursementRate => Funds.RateOf(this);

    /// <summary>The expected disbursement rate (ước thực hiện), computed.</summary>
    public Rate? EstimatedRate => Funds.EstimatedRateOf(this);

    /// <summary>What remains to disburse, computed.</summary>
    public Money? Remaining => Funds.RemainingOf(this);

    /// <summary>Where the funds stand.</summary>
    public FundingState State => Funds.StateOf(this);
}

internal interface IFunded
{
    bool NotAssigned { get; }
    CapitalKind? Kind { get; }
    Money? Allocated { get; }
    Money? Disbursed { get; }
    Money? Estimated { get; }
    Money? Planned { get; }
    decimal? StatedPercent { get; }
}

internal static class Funds
{
    public static Rate? RateOf(IFunded f) => f.Allocated is { } a && f.Disbursed is { } d ? Rate.Of(d, a) : null;

    public static Rate? EstimatedRateOf(IFunded f) => f.Allocated is { } a && f.Estimated is { } e ? Rate.Of(e, a) : null;

    public static Money? RemainingOf(IFunded f) => f.Allocated is { } a && f.Disbursed is { } d ? a - d : null;

    public static FundingState StateOf(IFunded f)
    {
        if (f.NotAssigned) return FundingState.NotAssigned;
        if (f.Allocated is not { } a) return FundingState.Unknown;
        if (f.Disbursed is not { } d) return FundingState.Assigned;
        if (d.Dong == 0) return FundingState.NotDisbursed;
        return d >= a ? FundingState.FullyDisbursed : FundingState.PartlyDisbursed;
    }
}

/// <summary>A project of the 2021-2025 program in the built-in catalogue (Quyết định 90/QĐ-TTg).</summary>
public sealed class ProgramProject
{
    internal ProgramProject(int number, string name, IReadOnlyList<ProgramSubProject> subProjects)
    {
        Number = number;
        Name = name;
        SubProjects = subProjects;
    }

    /// <summary>The project number (Dự án 1–7).</summary>
    public int Number { get; }

    /// <summary>The full Vietnamese name.</summary>
    public string Name { get; }

    /// <summary>The sub-projects (tiểu dự án), empty when the project has none.</summary>
    public IReadOnlyList<ProgramSubProject> SubProjects { get; }

    /// <summary>Finds a sub-project by number; <see langword="null"/> when unknown.</summary>
    public ProgramSubProject? FindSubProject(int number) => SubProjects.FirstOrDefault(s => s.Number == number);

    /// <summary>The heading, e.g. <c>Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo</c>.</summary>
    public override string ToString() => "Dự án " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Name;
}

/// <summary>A sub-project (tiểu dự án) in the built-in catalogue.</summary>
public sealed class ProgramSubProject
{
    internal ProgramSubProject(int number, string name)
    {
        Number = number;
        Name = name;
    }

    /// <summary>The sub-project number within its project.</summary>
    public int Number { get; }

    /// <summary>The full Vietnamese name.</summary>
    public string Name { get; }

    /// <summary>The heading, e.g. <c>Tiểu dự án 2: Cải thiện dinh dưỡng</c>.</summary>
    public override string ToString() => "Tiểu dự án " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Name;
}

/// <summary>The structure of the national target program for sustainable poverty reduction 2021-2025 (Quyết định 90/QĐ-TTg): Dự án 1–7 and their Tiểu dự án.</summary>
public static class ProgramCatalog
{
    /// <summary>The seven projects in order.</summary>
    public static IReadOnlyList<ProgramProject> Projects { get; } =
    [
        new(1, "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
        [
            new(1, "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo"),
            new(2, "Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn giai đoạn 2022-2025"),
        ]),
        new(2, "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", []),
        new(3, "Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng",
        [
            new(1, "Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp"),
            new(2, "Cải thiện dinh dưỡng"),
        ]),
        new(4, "Phát triển giáo dục nghề nghiệp, việc làm bền vững",
        [
            new(1, "Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn"),
            new(2, "Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng"),
            new(3, "Hỗ trợ việc làm bền vững"),
        ]),
        new(5, "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo", []),
        new(6, "Truyền thông và giảm nghèo về thông tin",
        [
            new(1, "Giảm nghèo về thông tin"),
            new(2, "Truyền thông về giảm nghèo đa chiều"),
        ]),
        new(7, "Nâng cao năng lực và giám sát, đánh giá Chương trình",
        [
            new(1, "Nâng cao năng lực thực hiện Chương trình"),
            new(2, "Giám sát, đánh giá"),
        ]),
    ];

    /// <summary>Finds a project by number; <see langword="null"/> when unknown.</summary>
    public static ProgramProject? Find(int number) => Projects.FirstOrDefault(p => p.Number == number);
}
