using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovReports.Model.Json;

/// <summary>Binds a parsed JSON document to model types, collecting every error with its path and offset instead of stopping at the first.</summary>
/// <remarks>The JSON path of a value is only spelt out when an error needs it: the reader keeps the steps that lead to the current value.</remarks>
internal sealed partial class ModelReader(JsonTree tree)
{
    private static readonly object Failed = new();

    private readonly List<Step> _steps = [];

    /// <summary>Every error found: the JSON path, the byte offset of the value and the message.</summary>
    public List<(string Path, int Offset, string Message)> Errors { get; } = [];

    public object? Read(int node, Type type)
    {
        var value = ReadValue(node, ValueShape.Of(type), false);
        return ReferenceEquals(value, Failed) ? null : value;
    }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>One step from a value to a value inside it: a property, an array item or a dictionary key.</summary>
    private readonly record struct Step(string? Name, int Index, bool IsKey);

    private void Enter(string name) => _steps.Add(new Step(name, 0, false));

    private void EnterItem(int index) => _steps.Add(new Step(null, index, false));

    private void EnterKey(string key) => _steps.Add(new Step(key, 0, true));

    private void Leave() => _steps.RemoveAt(_steps.Count - 1);

    /// <summary>The current path (<c>results.funding[0].lines[1]</c>, <c>narrative["key"]</c>), empty at the root.</summary>
    private string CurrentPath()
    {
        var path = "";
        foreach (var step in _steps)
        {
            if (step.IsKey) path = path + "[\"" + step.Name + "\"]";
            else if (step.Name is null) path = path + "[" + step.Index.ToString(CultureInfo.InvariantCulture) + "]";
            else path = Child(path, step.Name);
        }
        return path;
    }

    private void Error(int offset, string message) => Error(CurrentPath(), offset, message);

    private void Error(string path, int offset, string message) => Errors.Add((path.Length == 0 ? "$" : path, offset, message));

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private object? ReadValue(int node, ValueShape shape, bool nullable)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind == JKind.Null)
        {
            if (nullable || shape.IsNullableValue) return null;
            Error(token.Offset, "must not be null");
            return Failed;
        }
        switch (shape.Kind)
        {
            case ValueKind.String:
                return ReadString(node) ?? Failed;
            case ValueKind.Int:
                return ReadInteger(node, int.MinValue, int.MaxValue) is { } i ? (int)i : Failed;
            case ValueKind.Long:
                return ReadInteger(node, long.MinValue, long.MaxValue) ?? Failed;
            case ValueKind.Decimal:
                return ReadDecimal(node);
            case ValueKind.Bool:
                if (token.Kind == JKind.True) return true;
                if (token.Kind == JKind.False) return false;
                return Mismatch(node, "true or false");
            case ValueKind.Enum:
                return ReadEnum(node, shape);
            case ValueKind.Money:
                return ReadMoney(node, amountHint: false);
            case ValueKind.Amount:
                return ReadAmount(node, shape);
            case ValueKind.DocumentType:
                return ReadDocumentType(node);
            case ValueKind.Date:
                return ReadDate(node, shape);
            case ValueKind.DocumentNumber:
                return ReadDocumentNumber(node, shape);
            case ValueKind.Indicator:
                return ReadIndicator(node);
            case ValueKind.Authority when token.Kind is not (JKind.Object or JKind.Array):
                return ReadString(node) is { } a ? FrameText.ParseAuthority(a) : Failed;
            case ValueKind.Distribution when token.Kind is not (JKind.Object or JKind.Array):
                return ReadString(node) is { } d ? FrameText.ParseDistributionItem(d) : Failed;
            case ValueKind.List:
                return ReadList(node, shape.Element!);
            case ValueKind.Dictionary:
                return ReadDictionary(node);
            default:
                return ReadObject(node, shape.Object);
        }
    }

    private object Mismatch(int node, string expected)
    {
        ref readonly var token = ref tree[node];
        Error(token.Offset, $"expected {expected}, found {token.Describe()}");
        return Failed;
    }

    private string? ReadString(int node)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind == JKind.String) return GovReports.Word.XmlText.Nfc(token.Text!);
        Mismatch(node, "a string");
        return null;
    }

    private long? ReadInteger(int node, long min, long max)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind != JKind.Number)
        {
            Mismatch(node, "a whole number");
            return null;
        }
        if (!long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            Error(token.Offset, $"expected a whole number, found {token.Text}");
            return null;
        }
        return v;
    }

    private object ReadDecimal(int node)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind != JKind.Number) return Mismatch(node, "a number");
        if (!decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            Error(token.Offset, $"{token.Text} is out of range");
            return Failed;
        }
        return v;
    }

    private object ReadEnum(int node, ValueShape shape)
    {
        var text = ReadString(node);
        if (text is null) return Failed;
        for (var i = 0; i < shape.EnumNames.Count; i++)
            if (shape.EnumNames[i] == text) return shape.EnumValues[i];
        Error(tree[node].Offset, Unknown("value", text, shape.EnumNames));
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

    private object ReadMoney(int node, bool amountHint)
    {
        var read = ReadMoneyValue(node, amountHint);
        if (read is Money m && (m.Dong > MaxAmountDong || m.Dong < -MaxAmountDong))
        {
            Error(tree[node].Offset, "the amount is larger than any a report can hold (at most 1.000.000 tỷ đồng)");
            return Failed;
        }
        return read;
    }

    private object ReadMoneyValue(int node, bool amountHint)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind == JKind.Number)
        {
            if (long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dong)) return new Money(dong);
            Error(token.Offset, $"{token.Text} is not a whole number of đồng (a number is in đồng; write other units as a string, e.g. \"1,5 tỷ đồng\")");
            return Failed;
        }
        if (token.Kind == JKind.String)
        {
            if (MoneyText.TryParse(token.Text!, out var money, out var error)) return money;
            if (amountHint) error += $"; to keep the figure as the document prints it, write {{ \"asWritten\": \"{token.Text}\" }}";
            Error(token.Offset, error);
            return Failed;
        }
        return Mismatch(node, "an amount (a number of đồng, or a string such as \"84.530 triệu đồng\")");
    }

    private object? ReadAmount(int node, ValueShape shape)
    {
        if (tree[node].Kind is not (JKind.Object or JKind.Array)) return ReadMoney(node, amountHint: true) is Money m ? Amount.Of(m) : Failed;
        var result = ReadObject(node, shape.Object);
        if (result is Amount { Value: null, AsWritten: null })
        {
            Error(tree[node].Offset, "an amount needs 'value' or 'asWritten'");
            return Failed;
        }
        return result;
    }

    private object ReadDocumentType(int node)
    {
        var text = ReadString(node);
        if (text is null) return Failed;
        if (DocumentType.Find(text) is { } type) return type;
        var known = DocumentType.All.Where(d => d.Abbreviation is not null).Select(d => d.Abbreviation!).Concat(DocumentType.All.Select(d => d.Name)).ToList();
        Error(tree[node].Offset, Unknown("document type", text, known));
        return Failed;
    }

    private object ReadIndicator(int node)
    {
        var text = ReadString(node);
        if (text is null) return Failed;
        if (DeprivationIndicator.Find(text) is { } indicator) return indicator;
        Error(tree[node].Offset, Unknown("deprivation indicator", text, DeprivationIndicator.All.Select(i => i.Code).ToList()));
        return Failed;
    }

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    private object ReadDate(int node, ValueShape shape)
    {
        ref readonly var token = ref tree[node];
        DocumentDate? date;
        if (token.Kind == JKind.String)
        {
            var m = DatePattern().Match(token.Text!);
            if (!m.Success)
            {
                Error(token.Offset, $"'{token.Text}' is not a date; write \"2021-06-15\", or \"2022-12\" for a draft without a day");
                return Failed;
            }
            int? Part(int g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : null;
            date = new DocumentDate(Part(1)!.Value, Part(2), Part(3));
        }
        else if (token.Kind == JKind.Object)
        {
            if (ReadObject(node, shape.Object) is not DocumentDate d) return Failed;
            date = d;
        }
        else
        {
            return Mismatch(node, "a date (\"2021-06-15\", \"2022-12\" or { \"year\": 2022, \"month\": 12 })");
        }
        if (DateProblem(date) is { } problem)
        {
            Error(token.Offset, problem);
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

    private object ReadDocumentNumber(int node, ValueShape shape)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind == JKind.Object) return ReadObject(node, shape.Object);
        if (token.Kind != JKind.String) return Mismatch(node, "a number and symbol such as \"209/BC-UBND\"");
        var text = ReadString(node);
        if (text is null) return Failed;
        var slash = text.IndexOf('/');
        var symbol = slash >= 0 ? text[(slash + 1)..].Trim() : "";
        var numberText = slash >= 0 ? text[..slash].Trim() : text;
        if (slash < 0 || symbol.Length == 0)
        {
            Error(token.Offset, $"'{text}' is not a number and symbol; write \"209/BC-UBND\", or \"/BC-UBND\" for a draft");
            return Failed;
        }
        int? number = null;
        if (numberText.Length > 0)
        {
            if (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                Error(token.Offset, $"'{text}': the number before '/' must be a positive whole number, or empty for a draft (\"/BC-UBND\")");
                return Failed;
            }
            number = n;
        }
        return new DocumentNumber(number, symbol);
    }

    private object ReadList(int node, ValueShape element)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind != JKind.Array) return Mismatch(node, "an array");
        var result = Array.CreateInstance(element.Type, token.Count);
        // A list of a reference type can be filled through the covariant object[] view, without Array.SetValue.
        var objects = result as object?[];
        var failed = false;
        var item = node + 1;
        for (var i = 0; i < token.Count; i++, item = tree[item].Next)
        {
            EnterItem(i);
            var v = ReadValue(item, element, false);
            Leave();
            if (ReferenceEquals(v, Failed)) failed = true;
            else if (objects is not null) objects[i] = v;
            else result.SetValue(v, i);
        }
        return failed ? Failed : result;
    }

    private object ReadDictionary(int node)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind != JKind.Object) return Mismatch(node, "an object");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var failed = false;
        var name = node + 1;
        for (var k = 0; k < token.Count; k++, name = tree[name + 1].Next)
        {
            var key = tree[name].Text!;
            EnterKey(key);
            if (result.ContainsKey(key))
            {
                Error(tree[name].Offset, $"duplicate key '{key}'");
                failed = true;
            }
            else if (ReadString(name + 1) is { } v)
            {
                result.Add(key, v);
            }
            else
            {
                failed = true;
            }
            Leave();
        }
        return failed ? Failed : result;
    }

    private object ReadObject(int node, TypeShape shape)
    {
        ref readonly var token = ref tree[node];
        if (token.Kind != JKind.Object) return Mismatch(node, "an object");
        var members = shape.Members;
        // Constructor arguments start as the defaults; a present member overwrites its own.
        var values = new object?[members.Count];
        shape.Defaults.CopyTo(values, 0);
        // Per member: whether the JSON names it, and whether its value was read (model types have a few dozen members at most).
        Span<bool> seen = stackalloc bool[members.Count];
        Span<bool> present = stackalloc bool[members.Count];
        HashSet<string>? unknown = null;
        HashSet<string>? misspelt = null;
        var failed = false;
        // Data files usually list members in the model's order: try the member after the last one before the lookup.
        var guess = 0;
        var name = node + 1;
        for (var k = 0; k < token.Count; k++, name = tree[name + 1].Next)
        {
            var propertyName = tree[name].Text!;
            var index = guess < members.Count && members[guess].JsonName == propertyName ? guess : shape.IndexOf(propertyName);
            if (index >= 0) guess = index + 1;
            Enter(propertyName);
            if (index >= 0 ? seen[index] : !(unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(propertyName))
            {
                Error(tree[name].Offset, $"duplicate property '{propertyName}'");
                failed = true;
            }
            else if (index < 0)
            {
                if (EditDistance.Suggest(propertyName, shape.JsonNames) is { } suggested) (misspelt ??= new HashSet<string>(StringComparer.Ordinal)).Add(suggested);
                Error(tree[name].Offset, Unknown("property", propertyName, shape.JsonNames));
                failed = true;
            }
            else
            {
                seen[index] = true;
                var member = members[index];
                var v = ReadValue(name + 1, member.Value, member.Nullable);
                if (ReferenceEquals(v, Failed))
                {
                    failed = true;
                }
                else
                {
                    values[index] = v;
                    present[index] = true;
                }
            }
            Leave();
        }
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (member.Required && !seen[i] && misspelt?.Contains(member.JsonName) != true)
            {
                Error(Child(CurrentPath(), member.JsonName), token.Offset, $"required property '{member.JsonName}' is missing");
                failed = true;
            }
        }
        if (failed) return Failed;
        var result = Construct(shape, values, present);
        return result is ProjectResult project && !CheckCatalog(project, node) ? Failed : result;
    }

    /// <summary>Project and sub-project numbers must exist in the 2021-2025 program catalogue.</summary>
    private bool CheckCatalog(ProjectResult project, int node)
    {
        int OffsetOf(int o, string name) => tree.Property(o, name) is var v and >= 0 ? tree[v].Offset : tree[o].Offset;
        var path = CurrentPath();
        var entry = ProgramCatalog.Find(project.Number);
        if (entry is null)
        {
            Error(Child(path, "number"), OffsetOf(node, "number"),
                FormattableString.Invariant($"unknown project {project.Number}: the 2021-2025 program has Dự án 1–{ProgramCatalog.Projects.Count}"));
            return false;
        }
        var ok = true;
        var subs = tree.Property(node, "subProjects");
        for (var i = 0; i < project.SubProjects.Count; i++)
        {
            var number = project.SubProjects[i].Number;
            if (entry.FindSubProject(number) is not null) continue;
            var item = subs >= 0 && tree[subs].Kind == JKind.Array ? tree.ItemAt(subs, i) : -1;
            Error(FormattableString.Invariant($"{Child(path, "subProjects")}[{i}].number"), item >= 0 && tree[item].Kind == JKind.Object ? OffsetOf(item, "number") : tree[node].Offset,
                entry.SubProjects.Count == 0
                    ? FormattableString.Invariant($"unknown sub-project {number}: Dự án {project.Number} has no sub-projects")
                    : FormattableString.Invariant($"unknown sub-project {number}: Dự án {project.Number} has Tiểu dự án 1–{entry.SubProjects.Count}"));
            ok = false;
        }
        return ok;
    }

    private static object Construct(TypeShape shape, object?[] values, ReadOnlySpan<bool> present)
    {
        if (shape.Constructor is not null) return shape.Invoker.Invoke(values.AsSpan())!;
        var instance = shape.Invoker.Invoke()!;
        for (var i = 0; i < values.Length; i++)
            if (present[i]) shape.Setters[i].Invoke(instance, values[i]);
        return instance;
    }
}
