namespace GovReports.Model;

/// <summary>A report (báo cáo) as data: the template to render it with, its frame, its rate policy, its reporting period, the program results, the narrative blocks and the body.</summary>
public sealed record Report
{
    /// <summary>The name of the template that renders this report (e.g. <c>bao-cao-6-thang</c>).</summary>
    public required string Template { get; init; }

    /// <summary>The document frame (thể thức): issuing body, number, date, recipients, signature, distribution.</summary>
    public required DocumentFrame Frame { get; init; }

    /// <summary>How the document prints percentages (cách làm tròn tỷ lệ).</summary>
    public RatePolicy RatePolicy { get; init; } = RatePolicy.Default;

    /// <summary>The reporting period (kỳ báo cáo).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The program results (kết quả thực hiện chương trình).</summary>
    public ProgramResults Results { get; init; } = new();

    /// <summary>Narrative text blocks in Markdown, keyed by the name a template uses (<c>narrative["propaganda"]</c>).</summary>
    public IReadOnlyDictionary<string, string> Narrative { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The body (nội dung) in document order: narrative text entries and standard blocks, walked by the report template.</summary>
    public IReadOnlyList<BodyEntry> Body { get; init; } = [];
}

/// <summary>The kind of a reporting period.</summary>
public enum PeriodKind
{
    /// <summary>The first six months of a year (<c>6 tháng đầu năm 2021</c>).</summary>
    FirstHalf,
    /// <summary>The last six months of a year (<c>6 tháng cuối năm 2021</c>).</summary>
    SecondHalf,
    /// <summary>The first nine months of a year (<c>9 tháng đầu năm 2022</c>).</summary>
    NineMonths,
    /// <summary>A whole year (<c>năm 2022</c>).</summary>
    Year,
    /// <summary>From a month up to the report date (<c>từ tháng 7/2021 đến nay</c>).</summary>
    SinceMonth,
    /// <summary>A program phase (<c>giai đoạn 2021-2025</c>).</summary>
    Phase,
}

/// <summary>A reporting period (kỳ báo cáo) with its Vietnamese wording.</summary>
public sealed record ReportingPeriod
{
    /// <summary>The kind of period.</summary>
    public required PeriodKind Kind { get; init; }

    /// <summary>The year; for a phase, its first year.</summary>
    public required int Year { get; init; }

    /// <summary>The first month, for <see cref="PeriodKind.SinceMonth"/>.</summary>
    public int? Month { get; init; }

    /// <summary>The last year, for <see cref="PeriodKind.Phase"/>.</summary>
    public int? EndYear { get; init; }

    /// <summary>The first half of <paramref name="year"/>.</summary>
    public static ReportingPeriod FirstHalfOf(int year) => new() { Kind = PeriodKind.FirstHalf, Year = year };

    /// <summary>The second half of <paramref name="year"/>.</summary>
    public static ReportingPeriod SecondHalfOf(int year) => new() { Kind = PeriodKind.SecondHalf, Year = year };

    /// <summary>The first nine months of <paramref name="year"/>.</summary>
    public static ReportingPeriod NineMonthsOf(int year) => new() { Kind = PeriodKind.NineMonths, Year = year };

    /// <summary>The whole of <paramref name="year"/>.</summary>
    public static ReportingPeriod WholeYear(int year) => new() { Kind = PeriodKind.Year, Year = year };

    /// <summary>From <paramref name="month"/>/<paramref name="year"/> to the report date.</summary>
    public static ReportingPeriod Since(int year, int month) => new() { Kind = PeriodKind.SinceMonth, Year = year, Month = month };

    /// <summary>The phase from <paramref name="startYear"/> to <paramref name="endYear"/>.</summary>
    public static ReportingPeriod PhaseOf(int startYear, int endYear) => new() { Kind = PeriodKind.Phase, Year = startYear, EndYear = endYear };

    /// <summary>The Vietnamese wording, e.g. <c>6 tháng đầu năm 2021</c>, <c>từ tháng 7/2021 đến nay</c>, <c>giai đoạn 2021-2025</c>.</summary>
    public string Text
    {
        get
        {
            var y = Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Kind switch
            {
                PeriodKind.FirstHalf => "6 tháng đầu năm " + y,
                PeriodKind.SecondHalf => "6 tháng cuối năm " + y,
                PeriodKind.NineMonths => "9 tháng đầu năm " + y,
                PeriodKind.Year => "năm " + y,
                PeriodKind.SinceMonth => "từ tháng " + (Month ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + y + " đến nay",
                PeriodKind.Phase => "giai đoạn " + y + "-" + (EndYear ?? Year).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => y,
            };
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>The results of the poverty-reduction program in a report (kết quả thực hiện chương trình giảm nghèo).</summary>
public sealed record ProgramResults
{
    /// <summary>The poverty-reduction targets (chỉ tiêu giảm tỷ lệ hộ nghèo), in the order they were set; later entries revise earlier ones.</summary>
    public IReadOnlyList<PovertyTarget> Targets { get; init; } = [];

    /// <summary>The documents issued to carry out the program (văn bản chỉ đạo, triển khai đã ban hành), e.g. the plans listed in a footnote.</summary>
    public IReadOnlyList<DocumentReference> IssuedDocuments { get; init; } = [];

    /// <summary>Households registered to escape poverty this year (hộ đăng ký thoát nghèo), e.g. 677.</summary>
    public int? RegisteredToEscape { get; init; }

    /// <summary>The poverty surveys (kết quả rà soát hộ nghèo, hộ cận nghèo).</summary>
    public IReadOnlyList<PovertySurvey> Surveys { get; init; } = [];

    /// <summary>The funding plans: allocations and disbursements (phân bổ, giải ngân vốn), one per year or span of years.</summary>
    public IReadOnlyList<FundingPlan> Funding { get; init; } = [];

    /// <summary>Policy credit results (tín dụng chính sách), one per period.</summary>
    public IReadOnlyList<PolicyCredit> Credit { get; init; } = [];

    /// <summary>Other support policies (các chính sách hỗ trợ giảm nghèo): health, education, housing and others.</summary>
    public IReadOnlyList<SupportItem> Support { get; init; } = [];

    /// <summary>Figures with no better home (số liệu khác), such as the population or the area; a last resort.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>The target in force: the last one set, or <see langword="null"/> when there is none.</summary>
    public PovertyTarget? CurrentTarget => Targets.Count == 0 ? null : Targets[^1];
}

/// <summary>A figure with no better home in the model (số liệu khác), kept with its unit and wording.</summary>
public sealed record Fact
{
    /// <summary>The key a template uses (<c>population</c>).</summary>
    public required string Key { get; init; }

    /// <summary>The value.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit as printed (<c>người</c>, <c>km²</c>, <c>%</c>); <see langword="null"/> for none.</summary>
    public string? Unit { get; init; }

    /// <summary>What the figure is, in Vietnamese (<c>dân số</c>).</summary>
    public string? Label { get; init; }
}
