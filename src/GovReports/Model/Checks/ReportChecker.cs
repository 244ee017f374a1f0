using System.Globalization;
using GovReports.Model.Json;

namespace GovReports.Model.Checks;

/// <summary>
/// Checks a report's figures against each other: stated totals against the sum of their parts, disbursed against allocated,
/// shares against their bases, stated rates against computed ones (under the report's <see cref="RatePolicy"/>), the frame
/// against Nghị định 30. Every finding is collected; nothing is thrown.
/// </summary>
public static class ReportChecker
{
    /// <summary>Checks <paramref name="report"/> and returns every finding, in the order of the report's members.</summary>
    public static IReadOnlyList<Finding> Check(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var run = new Run(report.RatePolicy);
        run.CheckPolicy(report.RatePolicy);
        run.CheckFrame(report.Frame);
        run.CheckPeriod(report.Period, "period");
        try
        {
            run.CheckResults(report.Results, "results");
        }
        catch (OverflowException)
        {
            // Only a report built in code can get here: the loader refuses amounts whose sums could overflow.
            run.Findings.Add(new Finding(FindingSeverity.Error, FindingCodes.Overflow, "the amounts are too large to add up; the remaining checks of the results could not run", "results"));
        }
        return run.Findings;
    }

    private sealed class Run(RatePolicy policy)
    {
        public List<Finding> Findings { get; } = [];

        private bool _policyValid = true;

        private void Error(string code, string path, string message) => Findings.Add(new Finding(FindingSeverity.Error, code, message, path));

        private void Warn(string code, string path, string message) => Findings.Add(new Finding(FindingSeverity.Warning, code, message, path));

        private static string I(FormattableString s) => FormattableString.Invariant(s);

        private static string Idx(string path, string name, int i) => I($"{path}.{name}[{i}]");

        private static string M(Money m) => MoneyText.Format(m);

        public void CheckPolicy(RatePolicy p)
        {
            if (p.Decimals is < 0 or > 10)
            {
                _policyValid = false;
                Error(FindingCodes.InvalidRatePolicy, "ratePolicy.decimals", I($"decimals must be between 0 and 10, not {p.Decimals}"));
            }
        }

        public void CheckFrame(DocumentFrame f)
        {
            foreach (var (text, name) in new[] { (f.IssuingBody, "issuingBody"), (f.Place, "place"), (f.Number.Symbol, "number"), (f.Signature.Signer, "signature.signer"), (f.Distribution.Archive, "distribution.archive") })
                if (string.IsNullOrWhiteSpace(text)) Error(FindingCodes.EmptyField, "frame." + name, "must not be empty");
            if (f.Signature.Lines.Count == 0) Error(FindingCodes.EmptyField, "frame.signature.lines", "the signature block needs at least one authority or position line");
            if (f.Number.Number is { } n && n <= 0)
                Error(FindingCodes.InvalidNumber, "frame.number", I($"the document number must be positive, not {n}"));
            var abbreviation = f.Number.Symbol.Split('-')[0];
            if (f.Type.Abbreviation is { } expected && !string.Equals(abbreviation, expected, StringComparison.Ordinal))
                Error(FindingCodes.SymbolTypeMismatch, "frame.number",
                    $"the symbol '{f.Number.Symbol}' starts with '{abbreviation}' but a {f.Type.Name} is abbreviated '{expected}'");
            if (f.Type.Abbreviation is null && DocumentType.All.Any(t => t.Abbreviation == abbreviation))
                Error(FindingCodes.SymbolTypeMismatch, "frame.number",
                    $"a {f.Type.Name} has no type abbreviation, but the symbol '{f.Number.Symbol}' starts with '{abbreviation}'");
            CheckDate(f.Date, "frame.date");
            for (var i = 0; i < f.Signature.Lines.Count; i++)
                CheckAuthority(f.Signature.Lines[i], Idx("frame.signature", "lines", i));
            if (f.Recipients.Count > 0 && (f.Type == DocumentType.BaoCao || f.Type.IsLetter)
                && !f.Distribution.Items.Any(d => string.Equals(d.Name.Trim().TrimEnd(';'), "Như trên", StringComparison.OrdinalIgnoreCase)))
                Warn(FindingCodes.MissingNhuTren, "frame.distribution.items",
                    $"a {f.Type.Name.ToLowerInvariant()} with 'Kính gửi' should begin its distribution list with 'Như trên'");
        }

        private void CheckAuthority(AuthorityLine line, string path)
        {
            if (line.AsWritten is not { } written) return;
            var standard = line.Prefix == AuthorityPrefix.None ? line.Title : line.PrefixText + " " + line.Title;
            if (string.Equals(written.Trim(), standard, StringComparison.Ordinal)) return;
            var bare = line.PrefixText.TrimEnd('.');
            if (bare.Length > 0 && written.TrimStart().StartsWith(bare + " ", StringComparison.Ordinal))
                Warn(FindingCodes.AuthorityWithoutDot, path, $"'{written}' lacks the dot after '{bare}' (Nghị định 30 writes '{standard}'); kept as written");
            else
                Warn(FindingCodes.AuthorityAsWritten, path, $"'{written}' differs from the standard form '{standard}'; kept as written");
        }

        private void CheckDate(DocumentDate? date, string path)
        {
            if (date is not null && ModelReader.DateProblem(date) is { } problem) Error(FindingCodes.InvalidDate, path, problem);
        }

        private void CheckReference(DocumentReference? r, string path)
        {
            if (r is not null) CheckDate(r.Date, path + ".date");
        }

        public void CheckPeriod(ReportingPeriod? p, string path)
        {
            if (p is null) return;
            if (p.Kind == PeriodKind.SinceMonth && p.Month is not (>= 1 and <= 12))
                Error(FindingCodes.InvalidPeriod, path + ".month", "a 'sinceMonth' period needs a month between 1 and 12");
            if (p.Kind != PeriodKind.SinceMonth && p.Month is not null)
                Error(FindingCodes.InvalidPeriod, path + ".month", I($"a '{TypeShape.Camel(p.Kind.ToString())}' period has no month"));
            if (p.Kind == PeriodKind.Phase && (p.EndYear is not { } end || end < p.Year))
                Error(FindingCodes.InvalidPeriod, path + ".endYear", "a 'phase' period needs an end year not before its first year");
            if (p.Kind != PeriodKind.Phase && p.EndYear is not null)
                Error(FindingCodes.InvalidPeriod, path + ".endYear", I($"a '{TypeShape.Camel(p.Kind.ToString())}' period has no end year"));
        }

        private void NotNegative(long? value, string path)
        {
            if (value is < 0) Error(FindingCodes.NegativeValue, path, I($"{value} is negative"));
        }

        private void NotNegative(Money? value, string path)
        {
            if (value is { IsNegative: true } m) Error(FindingCodes.NegativeValue, path, $"{M(m)} is negative");
        }

        private void CheckAmount(Amount? a, string path)
        {
            if (a is null) return;
            NotNegative(a.Value, path + ".value");
            if (a.AsWritten is not { } written) return;
            var parsed = MoneyText.TryParse(written, out var money, out var reason);
            if (a.Value is null && !parsed)
                Warn(FindingCodes.AsWrittenInvalid, path, reason.StartsWith("'" + written.Trim() + "' is not a valid amount", StringComparison.Ordinal)
                    ? "as written " + reason
                    : $"as written '{written}' is not a valid amount: {reason}");
            else if (a.Value is { } v && parsed && money != v)
                Warn(FindingCodes.AsWrittenDiffers, path, $"as written '{written}' reads as {M(money)}, but the value is {M(v)}");
        }

        /// <summary>A stated rate agrees when the computed one, rounded by the policy to the stated number of decimals (or to the policy's), equals it.</summary>
        private void CheckRate(Rate? rate, decimal? stated, string path, string what)
        {
            if (!_policyValid || rate?.Percent is not { } exact || stated is not { } s) return;
            var atPolicy = policy.Apply(exact);
            var scale = (decimal.GetBits(s)[3] >> 16) & 0xFF;
            var atStated = (policy with { Decimals = Math.Min(scale, 10) }).Apply(exact);
            if (atPolicy == s || atStated == s) return;
            Warn(FindingCodes.RateMismatch, path,
                I($"stated {s}% but {what} = {rate.Value.Part}/{rate.Value.Whole} gives {atPolicy}% under the document's rate policy"));
        }

        private void CheckShare(long part, long? whole, string partPath, string wholePath)
        {
            if (whole is { } w && w >= 0 && part > w)
                Error(FindingCodes.PartExceedsBase, wholePath, I($"the base {w} is smaller than its part {part} ({partPath})"));
        }

        public void CheckResults(ProgramResults r, string path)
        {
            for (var i = 0; i < r.Targets.Count; i++)
            {
                var t = r.Targets[i];
                var p = Idx(path, "targets", i);
                if (t.RateReduction < 0) Error(FindingCodes.NegativeValue, p + ".rateReduction", I($"{t.RateReduction} is negative"));
                NotNegative(t.Households, p + ".households");
                CheckDate(t.Date, p + ".date");
                for (var j = 0; j < t.Documents.Count; j++) CheckReference(t.Documents[j], Idx(p, "documents", j));
                CheckReference(t.Following, p + ".following");
            }
            for (var i = 0; i < r.IssuedDocuments.Count; i++) CheckReference(r.IssuedDocuments[i], Idx(path, "issuedDocuments", i));
            NotNegative(r.RegisteredToEscape, path + ".registeredToEscape");
            for (var i = 0; i < r.Surveys.Count; i++) CheckSurvey(r.Surveys[i], Idx(path, "surveys", i));
            for (var i = 0; i < r.Funding.Count; i++) CheckPlan(r.Funding, i, Idx(path, "funding", i));
            for (var i = 0; i < r.Credit.Count; i++) CheckCredit(r.Credit[i], Idx(path, "credit", i));
            for (var i = 0; i < r.Support.Count; i++) CheckSupport(r.Support[i], Idx(path, "support", i));
        }

        private void CheckSurvey(PovertySurvey s, string path)
        {
            NotNegative(s.TotalHouseholds, path + ".totalHouseholds");
            foreach (var (group, name) in new[] { (s.Poor, "poor"), (s.NearPoor, "nearPoor"), (s.NewlyEscaped, "newlyEscaped") })
            {
                if (group is null) continue;
                var p = path + "." + name;
                NotNegative(group.Households, p + ".households");
                NotNegative(group.Base, p + ".base");
                CheckShare(group.Households, group.Base ?? s.TotalHouseholds, p + ".households", group.Base is null ? path + ".totalHouseholds" : p + ".base");
                CheckRate(s.RateOf(group), group.StatedPercent, p + ".statedPercent", name + " households");
            }
            for (var i = 0; i < s.Localities.Count; i++)
                if (s.Localities[i].StatedPercent is < 0 or > 100)
                    Error(FindingCodes.NegativeValue, Idx(path, "localities", i) + ".statedPercent", I($"{s.Localities[i].StatedPercent}% is not a rate between 0 and 100"));
            var seen = new HashSet<DeprivationIndicator>();
            for (var i = 0; i < s.Deprivations.Count; i++)
            {
                var d = s.Deprivations[i];
                var p = Idx(path, "deprivations", i);
                if (!seen.Add(d.Indicator)) Warn(FindingCodes.Duplicate, p + ".indicator", $"the indicator '{d.Indicator.Code}' appears more than once");
                NotNegative(d.Households, p + ".households");
                NotNegative(d.Base, p + ".base");
                CheckShare(d.Households, d.Base, p + ".households", p + ".base");
                CheckRate(d.Rate, d.StatedPercent, p + ".statedPercent", d.Indicator.Code);
            }
        }

        private void CheckPlan(IReadOnlyList<FundingPlan> plans, int index, string path)
        {
            var plan = plans[index];
            if (plan.Years.Count == 0) Error(FindingCodes.EmptyField, path + ".years", "a funding plan needs the years it covers");
            if (plan.Years.Distinct().Count() != plan.Years.Count) Warn(FindingCodes.Duplicate, path + ".years", "a year appears more than once");
            for (var i = 0; i < plan.Lines.Count; i++)
            {
                var l = plan.Lines[i];
                var p = Idx(path, "lines", i);
                NotNegative(l.Allocated, p + ".allocated");
                NotNegative(l.Disbursed, p + ".disbursed");
                if (l.Allocated is { } a && l.Disbursed is { } d && d > a)
                    Error(FindingCodes.DisbursedExceedsAllocated, p + ".disbursed", $"disbursed {M(d)} exceeds the {M(a)} allocated");
                CheckRate(l.DisbursementRate, l.StatedPercent, p + ".statedPercent", "disbursed/allocated");
                CheckReference(l.Basis, p + ".basis");
            }
            NotNegative(plan.StatedTotal, path + ".statedTotal");
            NotNegative(plan.StatedDisbursed, path + ".statedDisbursed");
            CompareWithParts(plan.StatedTotal, plan.Lines.Select(l => l.Allocated).ToList(), path + ".statedTotal", "the lines' allocations");
            CompareWithParts(plan.StatedDisbursed, plan.Lines.Select(l => l.Disbursed).ToList(), path + ".statedDisbursed", "the lines' disbursements");
            if (plan.Years.Count > 1 && plan.StatedTotal is not null)
            {
                var parts = new List<Money?>();
                foreach (var year in plan.Years.Distinct())
                {
                    var single = plans.Where(q => q.Years.Count == 1 && q.Years[0] == year).ToList();
                    parts.Add(single.Count == 1 ? TotalOf(single[0]) : null);
                }
                CompareWithParts(plan.StatedTotal, parts, path + ".statedTotal",
                    "the single-year plans of " + string.Join(", ", plan.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))));
            }
            CheckProjects(plan, path);
        }

        private static Money? TotalOf(FundingPlan plan) =>
            plan.StatedTotal ?? (plan.Lines.Count > 0 && plan.Lines.All(l => l.Allocated is not null) ? plan.Allocated : null);

        /// <summary>With every part known, the total must equal their sum; with some unknown, it must be at least the known ones.</summary>
        private void CompareWithParts(Money? stated, IReadOnlyList<Money?> parts, string path, string what)
        {
            if (stated is not { } total || parts.Count == 0) return;
            var known = Money.Sum(parts.Where(p => p is not null).Select(p => p!.Value));
            if (parts.All(p => p is not null))
            {
                if (known != total) Warn(FindingCodes.TotalMismatch, path, $"the stated total {M(total)} differs from the sum of {what}, {M(known)}");
            }
            else if (known > total)
            {
                Warn(FindingCodes.TotalLessThanParts, path, $"the stated total {M(total)} is less than the known parts of {what}, {M(known)}");
            }
        }

        private void CheckProjects(FundingPlan plan, string path)
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < plan.Projects.Count; i++)
            {
                var project = plan.Projects[i];
                var p = Idx(path, "projects", i);
                var entry = ProgramCatalog.Find(project.Number);
                if (entry is null)
                    Error(FindingCodes.UnknownProject, p + ".number", I($"there is no Dự án {project.Number} in the 2021-2025 program (Dự án 1–{ProgramCatalog.Projects.Count})"));
                else if (!seen.Add(project.Number))
                    Warn(FindingCodes.Duplicate, p + ".number", I($"Dự án {project.Number} appears more than once"));
                CheckFunded(project, p);
                var seenSub = new HashSet<int>();
                for (var j = 0; j < project.SubProjects.Count; j++)
                {
                    var sub = project.SubProjects[j];
                    var sp = Idx(p, "subProjects", j);
                    if (entry is not null && entry.FindSubProject(sub.Number) is null)
                        Error(FindingCodes.UnknownSubProject, sp + ".number", entry.SubProjects.Count == 0
                            ? I($"Dự án {project.Number} has no sub-projects")
                            : I($"Dự án {project.Number} has no Tiểu dự án {sub.Number} (Tiểu dự án 1–{entry.SubProjects.Count})"));
                    else if (!seenSub.Add(sub.Number))
                        Warn(FindingCodes.Duplicate, sp + ".number", I($"Tiểu dự án {sub.Number} appears more than once"));
                    CheckFunded(sub, sp);
                }
            }
            for (var i = 0; i < plan.Lines.Count; i++)
            {
                var line = plan.Lines[i];
                if (!line.ItemizedInProjects || line.Kind is not { } kind) continue;
                var items = plan.Projects.SelectMany(pr => pr.SubProjects.Cast<IFunded>().Prepend(pr))
                    .Where(f => !f.NotAssigned && f.Kind == kind && f.Allocated is not null).ToList();
                var p = Idx(path, "lines", i);
                var name = kind == CapitalKind.Investment ? "investment" : "recurrent";
                if (line.Allocated is { } a)
                {
                    var sum = Money.Sum(items.Select(f => f.Allocated!.Value));
                    if (sum != a) Warn(FindingCodes.ItemizedMismatch, p + ".allocated", $"the line allocates {M(a)} but the projects' {name} allocations add up to {M(sum)}");
                }
                if (line.Disbursed is { } d)
                {
                    var known = Money.Sum(items.Where(f => f.Disbursed is not null).Select(f => f.Disbursed!.Value));
                    var complete = items.All(f => f.Disbursed is not null);
                    if ((complete && known != d) || (!complete && known > d))
                        Warn(FindingCodes.ItemizedMismatch, p + ".disbursed", $"the line disburses {M(d)} but the projects' known {name} disbursements add up to {M(known)}");
                }
            }
        }

        private void CheckFunded(IFunded f, string path)
        {
            NotNegative(f.Allocated, path + ".allocated");
            NotNegative(f.Disbursed, path + ".disbursed");
            NotNegative(f.Estimated, path + ".estimated");
            NotNegative(f.Planned, path + ".planned");
            if (f.NotAssigned)
            {
                foreach (var (value, name) in new[] { (f.Allocated, "allocated"), (f.Disbursed, "disbursed"), (f.Estimated, "estimated") })
                    if (value is { Dong: not 0 } m)
                        Error(FindingCodes.NotAssignedHasMoney, path + "." + name, $"marked 'không giao' (nothing assigned) but {name} is {M(m)}");
                return;
            }
            if (f.Allocated is { } a)
            {
                if (f.Disbursed is { } d && d > a)
                    Error(FindingCodes.DisbursedExceedsAllocated, path + ".disbursed", $"disbursed {M(d)} exceeds the {M(a)} allocated");
                if (f.Estimated is { } e && e > a)
                    Error(FindingCodes.DisbursedExceedsAllocated, path + ".estimated", $"the expected disbursement {M(e)} exceeds the {M(a)} allocated");
            }
            else if (f.Disbursed is { Dong: > 0 } d)
            {
                Error(FindingCodes.DisbursedExceedsAllocated, path + ".disbursed", $"disbursed {M(d)} with no allocation stated");
            }
            CheckRate(Funds.RateOf(f), f.StatedPercent, path + ".statedPercent", "disbursed/allocated");
        }

        private void CheckCredit(PolicyCredit c, string path)
        {
            CheckPeriod(c.Period, path + ".period");
            NotNegative(c.Programs, path + ".programs");
            NotNegative(c.Borrowers, path + ".borrowers");
            CheckAmount(c.AmountLent, path + ".amountLent");
            CheckAmount(c.Outstanding, path + ".outstanding");
            CheckAmount(c.LocalEntrusted, path + ".localEntrusted");
            foreach (var (group, name) in new[] { (c.Poor, "poor"), (c.NearPoor, "nearPoor"), (c.NewlyEscaped, "newlyEscaped") })
            {
                if (group is null) continue;
                var p = path + "." + name;
                NotNegative(group.Borrowers, p + ".borrowers");
                NotNegative(group.Base, p + ".base");
                CheckShare(group.Borrowers, group.Base, p + ".borrowers", p + ".base");
                CheckRate(group.Share, group.StatedPercent, p + ".statedPercent", name + " borrowers/base");
            }
            NotNegative(c.WaterAndSanitationBorrowers, path + ".waterAndSanitationBorrowers");
            NotNegative(c.ProductionBorrowers, path + ".productionBorrowers");
            NotNegative(c.JobsBorrowers, path + ".jobsBorrowers");
            if (c.Borrowers is { } total)
            {
                var groups = (long)(c.Poor?.Borrowers ?? 0) + (c.NearPoor?.Borrowers ?? 0) + (c.NewlyEscaped?.Borrowers ?? 0);
                if (groups > total)
                    Warn(FindingCodes.PartsMismatch, path + ".borrowers", I($"{total} borrowers, but the poor, near-poor and newly escaped borrowers add up to {groups}"));
                var purposes = (long)(c.WaterAndSanitationBorrowers ?? 0) + (c.ProductionBorrowers ?? 0) + (c.JobsBorrowers ?? 0);
                if (purposes > total)
                    Warn(FindingCodes.PartsMismatch, path + ".borrowers", I($"{total} borrowers, but the borrowers by purpose add up to {purposes}"));
            }
        }

        private void CheckSupport(SupportItem s, string path)
        {
            NotNegative(s.Beneficiaries, path + ".beneficiaries");
            NotNegative(s.Base, path + ".base");
            NotNegative(s.UnitAmount, path + ".unitAmount");
            CheckAmount(s.Amount, path + ".amount");
            if (s.Beneficiaries is { } n) CheckShare(n, s.Base, path + ".beneficiaries", path + ".base");
            CheckRate(s.Share, s.StatedPercent, path + ".statedPercent", "beneficiaries/base");
            if (s.UnitAmount is { } unit && s.Beneficiaries is { } count && s.TotalAmount is { } amount && !s.AtLeast)
            {
                var expected = new Money(checked(unit.Dong * count));
                if (expected != amount)
                    Warn(FindingCodes.UnitAmountMismatch, path + ".amount", I($"{count} × {M(unit)} = {M(expected)}, but the amount is {M(amount)}"));
            }
            for (var i = 0; i < s.Quantities.Count; i++)
                if (s.Quantities[i].Value < 0) Error(FindingCodes.NegativeValue, Idx(path, "quantities", i) + ".value", "the quantity is negative");
            if (s.Parts.Count > 0)
            {
                var exact = s.PartsComplete && !s.AtLeast && s.Parts.All(x => !x.AtLeast);
                if (s.Beneficiaries is { } whole && s.Parts.Any(x => x.Beneficiaries is not null))
                {
                    var sum = s.Parts.Sum(x => (long)(x.Beneficiaries ?? 0));
                    var complete = exact && s.Parts.All(x => x.Beneficiaries is not null);
                    if ((complete && sum != whole) || (!s.AtLeast && sum > whole))
                        Warn(FindingCodes.PartsMismatch, path + ".beneficiaries", I($"{whole} beneficiaries, but the parts add up to {sum}"));
                }
                if (s.Amount?.Value is { } money && s.Parts.Any(x => x.Amount?.Value is not null))
                {
                    var sum = Money.Sum(s.Parts.Where(x => x.Amount?.Value is not null).Select(x => x.Amount!.Value!.Value));
                    var complete = exact && s.Parts.All(x => x.Amount?.Value is not null);
                    if ((complete && sum != money) || sum > money)
                        Warn(FindingCodes.PartsMismatch, path + ".amount", $"the amount is {M(money)}, but the parts add up to {M(sum)}");
                }
            }
            for (var i = 0; i < s.Parts.Count; i++) CheckSupport(s.Parts[i], Idx(path, "parts", i));
        }
    }
}
