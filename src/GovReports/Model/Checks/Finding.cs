namespace GovReports.Model.Checks;

/// <summary>How serious a finding is.</summary>
public enum FindingSeverity
{
    /// <summary>Figures disagree or depart from the decree; the report can still be printed.</summary>
    Warning,
    /// <summary>The data is impossible (negative money, more disbursed than allocated, unknown project).</summary>
    Error,
}

/// <summary>One problem the checker found in a report.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable code from <see cref="FindingCodes"/>.</param>
/// <param name="Message">What is wrong, with the figures involved.</param>
/// <param name="Path">Where, in the JSON's camelCase naming (<c>results.funding[0].projects[3].subProjects[1].disbursed</c>).</param>
public sealed record Finding(FindingSeverity Severity, string Code, string Message, string Path)
{
    /// <summary>The finding as <c>Severity code path: message</c>.</summary>
    public override string ToString() => $"{Severity} {Code} {Path}: {Message}";
}

/// <summary>The codes of the checker's findings.</summary>
public static class FindingCodes
{
    /// <summary>A count or amount is below zero (Error).</summary>
    public const string NegativeValue = "negative-value";
    /// <summary>More is disbursed (or expected) than was allocated (Error).</summary>
    public const string DisbursedExceedsAllocated = "disbursed-exceeds-allocated";
    /// <summary>A share's part is larger than its base (Error).</summary>
    public const string PartExceedsBase = "part-exceeds-base";
    /// <summary>An item marked <c>không giao</c> carries money (Error).</summary>
    public const string NotAssignedHasMoney = "not-assigned-has-money";
    /// <summary>A project number is not in the program catalogue (Error).</summary>
    public const string UnknownProject = "unknown-project";
    /// <summary>A sub-project number is not in its project's catalogue entry (Error).</summary>
    public const string UnknownSubProject = "unknown-sub-project";
    /// <summary>A project, sub-project or indicator appears twice (Warning).</summary>
    public const string Duplicate = "duplicate";
    /// <summary>Amounts too large to add up; the checks that need their sum could not run (Error).</summary>
    public const string Overflow = "overflow";
    /// <summary>A stated total differs from the sum of its parts (Warning).</summary>
    public const string TotalMismatch = "total-mismatch";
    /// <summary>A stated total is smaller than the parts that are known (Warning).</summary>
    public const string TotalLessThanParts = "total-less-than-parts";
    /// <summary>A line that the projects itemize differs from the projects' sum (Warning).</summary>
    public const string ItemizedMismatch = "itemized-mismatch";
    /// <summary>A stated rate differs from the computed one under the document's rate policy (Warning).</summary>
    public const string RateMismatch = "rate-mismatch";
    /// <summary>Parts of a breakdown add up to more than the whole, or to other than the whole when complete (Warning).</summary>
    public const string PartsMismatch = "parts-mismatch";
    /// <summary>Beneficiaries × unit amount differs from the amount (Warning).</summary>
    public const string UnitAmountMismatch = "unit-amount-mismatch";
    /// <summary>An amount kept as written is not a valid amount (Warning).</summary>
    public const string AsWrittenInvalid = "as-written-invalid";
    /// <summary>An amount's text as written reads as a different value (Warning).</summary>
    public const string AsWrittenDiffers = "as-written-differs";
    /// <summary>An authority line is written without the prefix's dot (<c>KT CHỦ TỊCH</c>) (Warning).</summary>
    public const string AuthorityWithoutDot = "authority-without-dot";
    /// <summary>An authority line is written otherwise than the standard form (Warning).</summary>
    public const string AuthorityAsWritten = "authority-as-written";
    /// <summary>A report with <c>Kính gửi</c> lacks <c>Như trên</c> in its distribution list (Warning).</summary>
    public const string MissingNhuTren = "missing-nhu-tren";
    /// <summary>The symbol's abbreviation does not match the document type (Error).</summary>
    public const string SymbolTypeMismatch = "symbol-type-mismatch";
    /// <summary>A document number is not positive (Error).</summary>
    public const string InvalidNumber = "invalid-number";
    /// <summary>A date does not exist (Error).</summary>
    public const string InvalidDate = "invalid-date";
    /// <summary>A reporting period lacks its month or end year, or has one that cannot be (Error).</summary>
    public const string InvalidPeriod = "invalid-period";
    /// <summary>A frame field that the layout needs is empty (Error).</summary>
    public const string EmptyField = "empty-field";
    /// <summary>The rate policy's decimals are out of range (Error).</summary>
    public const string InvalidRatePolicy = "invalid-rate-policy";
}
