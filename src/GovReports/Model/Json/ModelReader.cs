using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovReports.Model.Json;

/// <summary>Binds a JSON tree to model types, collecting every error with its path, line and column instead of stopping at the first.</summary>
internal sealed partial class ModelReader(SourceMap map)
{
    private static readonly object Failed = new();

    public List<LoadError> Errors { get; } = [];

    public object? Read(JNode node, Type type, string path, bool nullable = false)
    {
        var value = ReadValue(node, type, path, nullable);
        return ReferenceEquals(value, Failed) ? null : value;
    }

    public bool Succeeded => Errors.Count == 0;

    private void Error(string path, int offset, string message)
    {
        var (line, column) = map.Locate(offset);
        Errors.Add(new LoadError(path.Length == 0 ? "$" : path, line, column, message));
    }

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private object? ReadValue(JNode node, Type type, string path, bool nullable)
    {
        if (node is JScalar { Kind: JsonTokenType.Null })
        {
            if (nullable || Nullable.GetUnderlyingType(type) is not null) return null;
            Error(path, node.Offset, "must not be null");
            return Failed;
        }
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return ReadString(node, path) ?? Failed;
        if (t == typeof(int)) return ReadInteger(node, path, int.MinValue, int.MaxValue) is { } i ? (int)i : Failed;
        if (t == typeof(long)) return ReadInteger(node, path, long.MinValue, long.MaxValue) ?? Failed;
        if (t == typeof(decimal)) return ReadDecimal(node, path) ?? Failed;
        if (t == typeof(bool))
        {
            if (node is JScalar { Kind: JsonTokenType.True }) return true;
            if (node is JScalar { Kind: JsonTokenType.False }) return false;
            return Mismatch(node, path, "true or false");
        }
        if (t.IsEnum) return ReadEnum(node, t, path);
        if (t == typeof(Money)) return ReadMoney(node, path, amountHint: false);
        if (t == typeof(Amount)) return ReadAmount(node, path);
        if (t == typeof(DocumentType)) return ReadDocumentType(node, path);
        if (t == typeof(DocumentDate)) return ReadDate(node, path);
        if (t == typeof(DocumentNumber)) return ReadDocumentNumber(node, path);
        if (t == typeof(DeprivationIndicator)) return ReadIndicator(node, path);
        if (t == typeof(AuthorityLine) && node is JScalar) return ReadString(node, path) is { } a ? FrameText.ParseAuthority(a) : Failed;
        if (t == typeof(DistributionItem) && node is JScalar) return ReadString(node, path) is { } d ? FrameText.ParseDistributionItem(d) : Failed;
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return ReadList(node, t.GetGenericArguments()[0], path);
        if (t == typeof(IReadOnlyDictionary<string, string>)) return ReadDictionary(node, path);
        return ReadObject(node, t, path);
    }

    private object Mismatch(JNode node, string path, string expected)
    {
        var found = node switch
        {
            JObject => "an object",
            JArray => "an array",
            JScalar s => s.Describe(),
            _ => "a value",
        };
        Error(path, node.Offset, $"expected {expected}, found {found}");
        return Failed;
    }

    private string? ReadString(JNode node, string path)
    {
        if (node is JScalar { Kind: JsonTokenType.String } s) return GovReports.Word.XmlText.Nfc(s.Text);
        Mismatch(node, path, "a string");
        return null;
    }

    private long? ReadInteger(JNode node, string path, long min, long max)
    {
        if (node is not JScalar { Kind: JsonTokenType.Number } s)
        {
            Mismatch(node, path, "a whole number");
            return null;
        }
        if (!long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            Error(path, node.Offset, $"expected a whole number, found {s.Text}");
            return null;
        }
        return v;
    }

    private object ReadDecimal(JNode node, string path)
    {
        if (node is not JScalar { Kind: JsonTokenType.Number } s) return Mismatch(node, path, "a number");
        if (!decimal.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            Error(path, node.Offset, $"{s.Text} is out of range");
            return Failed;
        }
        return v;
    }

    private object ReadEnum(JNode node, Type t, string path)
    {
        var text = ReadString(node, path);
        if (text is null) return Failed;
        var names = Enum.GetNames(t).Select(TypeShape.Camel).ToList();
        var index = names.IndexOf(text);
        if (index >= 0) return Enum.GetValues(t).GetValue(index)!;
        Error(path, node.Offset, Unknown("value", text, names));
        return Failed;
    }

    private static string Unknown(string what, string text, IReadOnlyCollection<string> known)
    {
        var message = $"unknown {what} '{text}'";
        var suggestion = EditDistance.Suggest(text, known);
        return suggestion is not null
            ? message + $"; did you mean '{suggestion}'?"
            : message + "; expected one of " + string.Join(", ", known.Select(k => "'" + k + "'"));
    }

    // 1.000.000 tỷ đồng, far above any budget a report states; it keeps every sum of amounts inside a long.
    private const long MaxAmountDong = 1_000_000_000_000_000;

    private object ReadMoney(JNode node, string path, bool amountHint)
    {
        var read = ReadMoneyValue(node, path, amountHint);
        if (read is Money m && (m.Dong > MaxAmountDong || m.Dong < -MaxAmountDong))
        {
            Error(path, node.Offset, "the amount is larger than any a report can hold (at most 1.000.000 tỷ đồng)");
            return Failed;
        }
        return read;
    }

    private object ReadMoneyValue(JNode node, string path, bool amountHint)
    {
        if (node is JScalar { Kind: JsonTokenType.Number } n)
        {
            if (long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dong)) return new Money(dong);
            Error(path, node.Offset, $"{n.Text} is not a whole number of đồng (a number is in đồng; write other units as a string, e.g. \"1,5 tỷ đồng\")");
            return Failed;
        }
        if (node is JScalar { Kind: JsonTokenType.String } s)
        {
            if (MoneyText.TryParse(s.Text, out var money, out var error)) return money;
            if (amountHint) error += $"; to keep the figure as the document prints it, write {{ \"asWritten\": \"{s.Text}\" }}";
            Error(path, node.Offset, error);
            return Failed;
        }
        return Mismatch(node, path, "an amount (a number of đồng, or a string such as \"84.530 triệu đồng\")");
    }

    private object? ReadAmount(JNode node, string path)
    {
        if (node is JScalar) return ReadMoney(node, path, amountHint: true) is Money m ? Amount.Of(m) : Failed;
        var result = ReadObject(node, typeof(Amount), path);
        if (result is Amount { Value: null, AsWritten: null })
        {
            Error(path, node.Offset, "an amount needs 'value' or 'asWritten'");
            return Failed;
        }
        return result;
    }

    private object ReadDocumentType(JNode node, string path)
    {
        var text = ReadString(node, path);
        if (text is null) return Failed;
        if (DocumentType.Find(text) is { } type) return type;
        var known = DocumentType.All.Where(d => d.Abbreviation is not null).Select(d => d.Abbreviation!).Concat(DocumentType.All.Select(d => d.Name)).ToList();
        Error(path, node.Offset, Unknown("document type", text, known));
        return Failed;
    }

    private object ReadIndicator(JNode node, string path)
    {
        var text = ReadString(node, path);
        if (text is null) return Failed;
        if (DeprivationIndicator.Find(text) is { } indicator) return indicator;
        Error(path, node.Offset, Unknown("deprivation indicator", text, DeprivationIndicator.All.Select(i => i.Code).ToList()));
        return Failed;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    private object ReadDate(JNode node, string path)
    {
        DocumentDate? date;
        if (node is JScalar { Kind: JsonTokenType.String } s)
        {
            var m = DatePattern().Match(s.Text);
            if (!m.Success)
            {
                Error(path, node.Offset, $"'{s.Text}' is not a date; write \"2021-06-15\", or \"2022-12\" for a draft without a day");
                return Failed;
            }
            int? Part(int g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : null;
            date = new DocumentDate(Part(1)!.Value, Part(2), Part(3));
        }
        else if (node is JObject)
        {
            if (ReadObject(node, typeof(DocumentDate), path) is not DocumentDate d) return Failed;
            date = d;
        }
        else
        {
            return Mismatch(node, path, "a date (\"2021-06-15\", \"2022-12\" or { \"year\": 2022, \"month\": 12 })");
        }
        if (DateProblem(date) is { } problem)
        {
            Error(path, node.Offset, problem);
            return Failed;
        }
        return date;
    }

    internal static string? DateProblem(DocumentDate date)
    {
        var text = date.Year.ToString("0000", CultureInfo.InvariantCulture)
            + (date.Month is { } mo ? "-" + mo.ToString("00", CultureInfo.InvariantCulture) : date.Day is null ? "" : "-??")
            + (date.Day is { } da ? "-" + da.ToString("00", CultureInfo.InvariantCulture) : "");
        if (date.Year is < 1 or > 9999) return $"{text} does not exist: the year must be between 1 and 9999";
        if (date.Month is { } month && month is < 1 or > 12) return $"{text} does not exist: the month must be between 1 and 12";
        if (date.Day is { } day)
        {
            if (date.Month is not { } mm) return $"{text}: a day needs a month";
            var days = DateTime.DaysInMonth(date.Year, mm);
            if (day < 1 || day > days)
                return $"{text} does not exist: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(mm)} {date.Year.ToString(CultureInfo.InvariantCulture)} has {days.ToString(CultureInfo.InvariantCulture)} days";
        }
        return null;
    }

    private object ReadDocumentNumber(JNode node, string path)
    {
        if (node is JObject) return ReadObject(node, typeof(DocumentNumber), path);
        if (node is not JScalar { Kind: JsonTokenType.String }) return Mismatch(node, path, "a number and symbol such as \"209/BC-UBND\"");
        var text = ReadString(node, path);
        if (text is null) return Failed;
        var slash = text.IndexOf('/');
        var symbol = slash >= 0 ? text[(slash + 1)..].Trim() : "";
        var numberText = slash >= 0 ? text[..slash].Trim() : text;
        if (slash < 0 || symbol.Length == 0)
        {
            Error(path, node.Offset, $"'{text}' is not a number and symbol; write \"209/BC-UBND\", or \"/BC-UBND\" for a draft");
            return Failed;
        }
        int? number = null;
        if (numberText.Length > 0)
        {
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                Error(path, node.Offset, $"'{text}': the number before '/' must be a positive whole number, or empty for a draft (\"/BC-UBND\")");
                return Failed;
            }
            number = n;
        }
        return new DocumentNumber(number, symbol);
    }

    private object ReadList(JNode node, Type element, string path)
    {
        if (node is not JArray array) return Mismatch(node, path, "an array");
        var result = Array.CreateInstance(element, array.Items.Count);
        var failed = false;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var v = ReadValue(array.Items[i], element, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", false);
            if (ReferenceEquals(v, Failed)) failed = true;
            else result.SetValue(v, i);
        }
        return failed ? Failed : result;
    }

    private object ReadDictionary(JNode node, string path)
    {
        if (node is not JObject obj) return Mismatch(node, path, "an object");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var p in obj.Properties)
        {
            var childPath = path + "[\"" + p.Name + "\"]";
            if (result.ContainsKey(p.Name))
            {
                Error(childPath, p.Offset, $"duplicate key '{p.Name}'");
                failed = true;
                continue;
            }
            var v = ReadString(p.Value, childPath);
            if (v is null) failed = true;
            else result.Add(p.Name, v);
        }
        return failed ? Failed : result;
    }

    private object ReadObject(JNode node, Type type, string path)
    {
        if (node is not JObject obj) return Mismatch(node, path, "an object");
        var shape = TypeShape.Of(type);
        var values = new Dictionary<MemberShape, object?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in obj.Properties)
        {
            var childPath = Child(path, p.Name);
            if (!seen.Add(p.Name))
            {
                Error(childPath, p.Offset, $"duplicate property '{p.Name}'");
                failed = true;
                continue;
            }
            var member = shape.Find(p.Name);
            if (member is null)
            {
                var names = shape.Members.Select(m => m.JsonName).ToList();
                if (EditDistance.Suggest(p.Name, names) is { } suggested) misspelt.Add(suggested);
                Error(childPath, p.Offset, Unknown("property", p.Name, names));
                failed = true;
                continue;
            }
            var v = ReadValue(p.Value, member.Type, childPath, member.Nullable);
            if (ReferenceEquals(v, Failed)) failed = true;
            else values[member] = v;
        }
        foreach (var member in shape.Members)
        {
            if (member.Required && !seen.Contains(member.JsonName) && !misspelt.Contains(member.JsonName))
            {
                Error(Child(path, member.JsonName), obj.Offset, $"required property '{member.JsonName}' is missing");
                failed = true;
            }
        }
        if (failed) return Failed;
        var result = Construct(shape, values);
        return result is ProjectResult project && !CheckCatalog(project, obj, path) ? Failed : result;
    }

    /// <summary>Project and sub-project numbers must exist in the 2021-2025 program catalogue.</summary>
    private bool CheckCatalog(ProjectResult project, JObject obj, string path)
    {
        static int OffsetOf(JObject o, string name) => o.Properties.FirstOrDefault(p => p.Name == name)?.Value.Offset ?? o.Offset;
        var entry = ProgramCatalog.Find(project.Number);
        if (entry is null)
        {
            Error(Child(path, "number"), OffsetOf(obj, "number"),
                FormattableString.Invariant($"unknown project {project.Number}: the 2021-2025 program has Dự án 1–{ProgramCatalog.Projects.Count}"));
            return false;
        }
        var ok = true;
        var subs = obj.Properties.FirstOrDefault(p => p.Name == "subProjects")?.Value as JArray;
        for (var i = 0; i < project.SubProjects.Count; i++)
        {
            var number = project.SubProjects[i].Number;
            if (entry.FindSubProject(number) is not null) continue;
            var node = subs?.Items[i] as JObject;
            Error(FormattableString.Invariant($"{Child(path, "subProjects")}[{i}].number"), node is null ? obj.Offset : OffsetOf(node, "number"),
                entry.SubProjects.Count == 0
                    ? FormattableString.Invariant($"unknown sub-project {number}: Dự án {project.Number} has no sub-projects")
                    : FormattableString.Invariant($"unknown sub-project {number}: Dự án {project.Number} has Tiểu dự án 1–{entry.SubProjects.Count}"));
            ok = false;
        }
        return ok;
    }

    private static object Construct(TypeShape shape, Dictionary<MemberShape, object?> values)
    {
        if (shape.Constructor is { } ctor)
        {
            var args = shape.Members.Select(m => values.TryGetValue(m, out var v) ? v : shape.DefaultOf(m)).ToArray();
            return ctor.Invoke(args);
        }
        var instance = Activator.CreateInstance(shape.Type)!;
        foreach (var (member, value) in values) member.Property.SetValue(instance, value);
        return instance;
    }
}
