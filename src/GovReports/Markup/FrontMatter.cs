using System.Globalization;
using System.Text;
using GovReports.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovReports.Markup;

/// <summary>Reads the YAML front matter of report markup into a <see cref="DocumentFrame"/>, completing or overriding a frame from the model.</summary>
internal sealed class FrontMatter
{
    private readonly Func<string, int, int, MarkupException> _fail;

    // Nullable copies of the frame's members, so a partial front matter can complete a partial model frame.
    private string? _parentBody, _issuingBody, _place, _abstract, _symbol, _signer, _archive;
    private DocumentType? _type;
    private int? _number;
    private bool _numberSet;
    private DocumentDate? _date;
    private IReadOnlyList<string> _recipients = [], _legalBases = [];
    private IReadOnlyList<AuthorityLine>? _lines;
    private IReadOnlyList<DistributionItem> _items = [];

    private FrontMatter(DocumentFrame? frame, Func<string, int, int, MarkupException> fail)
    {
        _fail = fail;
        if (frame is null) return;
        _parentBody = frame.ParentBody;
        _issuingBody = frame.IssuingBody;
        _type = frame.Type;
        _number = frame.Number.Number;
        _numberSet = true;
        _symbol = frame.Number.Symbol;
        _place = frame.Place;
        _date = frame.Date;
        _abstract = frame.Abstract;
        _recipients = frame.Recipients;
        _legalBases = frame.LegalBases;
        _lines = frame.Signature.Lines;
        _signer = frame.Signature.Signer;
        _items = frame.Distribution.Items;
        _archive = frame.Distribution.Archive;
    }

    /// <summary>Splits the front matter from the body; the body keeps its line numbers (front-matter lines become blank).</summary>
    public static (string? Yaml, string Body) Split(string markup, Func<string, int, int, MarkupException> fail)
    {
        var firstEnd = markup.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? markup : markup[..firstEnd]).TrimEnd('\r', ' ', '\t');
        if (firstLine != "---") return (null, markup);

        var yaml = new StringBuilder();
        var pos = firstEnd + 1;
        var lines = 1;
        while (pos < markup.Length)
        {
            var end = markup.IndexOf('\n', pos);
            var line = (end < 0 ? markup[pos..] : markup[pos..end]).TrimEnd('\r');
            lines++;
            if (line.TrimEnd() is "---" or "...")
            {
                var rest = end < 0 ? "" : markup[(end + 1)..];
                return (yaml.ToString(), new string('\n', lines) + rest);
            }
            yaml.Append(line).Append('\n');
            if (end < 0) break;
            pos = end + 1;
        }
        throw fail("the front matter opened by '---' on line 1 is never closed by a '---' line", 1, 1);
    }

    /// <summary>Builds the frame from the model's frame (if any) and the front matter (if any).</summary>
    public static DocumentFrame Build(string? yaml, DocumentFrame? frame, Func<string, int, int, MarkupException> fail)
    {
        var reader = new FrontMatter(frame, fail);
        if (yaml is not null) reader.Read(yaml);
        return reader.ToFrame();
    }

    /// <summary>Builds the frame from the model's frame (if any) and front-matter fields already read into YAML nodes (if any).</summary>
    public static DocumentFrame Build(YamlMappingNode? fields, DocumentFrame? frame, Func<string, int, int, MarkupException> fail)
    {
        var reader = new FrontMatter(frame, fail);
        if (fields is not null) reader.ReadFields(fields);
        return reader.ToFrame();
    }

    // The YAML reader recurses once per nested '[' or '{' and would overflow the stack on hostile input.
    private const int MaxFlowDepth = 64;

    /// <summary>The deepest nesting of flow collections outside quotes, and the 1-based line where it is reached.</summary>
    private static (int Depth, int Line) FlowDepth(string yaml)
    {
        int depth = 0, max = 0, line = 1, maxLine = 1;
        var quote = '\0';
        foreach (var c in yaml)
        {
            if (c == '\n') line++;
            if (quote != '\0')
            {
                if (c == quote || c == '\n') quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '[' or '{':
                    if (++depth > max) (max, maxLine) = (depth, line);
                    break;
                case ']' or '}': depth = Math.Max(0, depth - 1); break;
            }
        }
        return (max, maxLine);
    }

    private void Read(string yaml)
    {
        if (FlowDepth(yaml) is { Depth: > MaxFlowDepth } deep)
            throw _fail($"the front matter nests '[' or '{{' more than {MaxFlowDepth} deep", deep.Line + 1, 1);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw _fail("the front matter is not valid YAML: " + e.Message, (int)e.Start.Line + 1, (int)e.Start.Column);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The YAML reader reports some malformed input (an unclosed '{' or '[', an item that is only ':') this way, without a position.
            throw _fail("the front matter is not valid YAML (an unclosed '{' or '[', or a key without a name?): " + e.Message, 2, 1);
        }
        if (stream.Documents.Count == 0) return;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Fail(stream.Documents[0].RootNode, "the front matter must be a mapping of frame fields (key: value)");
        ReadFields(root);
    }

    private void ReadFields(YamlMappingNode root)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "parentBody": _parentBody = OptionalScalar(value); break;
                case "issuingBody": _issuingBody = Scalar(value); break;
                case "type":
                    var t = Scalar(value);
                    _type = DocumentType.Find(t) ?? throw Fail(value, $"unknown document type '{t}' (use an abbreviation such as BC or a name such as Báo cáo)");
                    break;
                case "number": ReadNumber(value); break;
                case "symbol": _symbol = Scalar(value); break;
                case "place": _place = Scalar(value); break;
                case "date": _date = ReadDate(value); break;
                case "abstract": _abstract = OptionalScalar(value); break;
                case "recipients": _recipients = StringList(value); break;
                case "legalBases": _legalBases = StringList(value); break;
                case "signature": ReadSignature(value); break;
                case "distribution": ReadDistribution(value); break;
                default:
                    throw Fail(keyNode, $"unknown front-matter key '{key}' (known: issuingBody, parentBody, type, number, symbol, place, date, abstract, recipients, legalBases, signature, distribution)");
            }
        }
    }

    private void ReadNumber(YamlNode value)
    {
        var text = OptionalScalar(value);
        _numberSet = true;
        if (string.IsNullOrWhiteSpace(text)) { _number = null; return; }
        var slash = text.IndexOf('/');
        var digits = (slash < 0 ? text : text[..slash]).Trim();
        if (slash >= 0) _symbol = text[(slash + 1)..].Trim();
        if (digits.Length == 0) { _number = null; return; }
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            throw Fail(value, $"number '{text}' is not a positive whole number (optionally followed by /SYMBOL)");
        _number = n;
    }

    private DocumentDate ReadDate(YamlNode value)
    {
        if (value is YamlMappingNode map)
        {
            int? year = null, month = null, day = null;
            foreach (var (k, v) in map.Children)
            {
                var key = Scalar(k);
                var s = OptionalScalar(v);
                int? n = string.IsNullOrWhiteSpace(s) ? null : Int(v, s);
                switch (key)
                {
                    case "year": year = n; break;
                    case "month": month = n; break;
                    case "day": day = n; break;
                    default: throw Fail(k, $"unknown date key '{key}' (use year, month, day)");
                }
            }
            return MakeDate(value, year ?? throw Fail(value, "the date needs a year"), month, day);
        }

        var text = Scalar(value).Trim();
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0))
            throw Fail(value, $"date '{text}' is not YYYY-MM-DD, YYYY-MM (draft, day blank) or YYYY (draft, day and month blank)");
        var y = Int(value, parts[0]);
        int? m = parts.Length > 1 ? Int(value, parts[1]) : null;
        int? d = parts.Length > 2 ? Int(value, parts[2]) : null;
        return MakeDate(value, y, m, d);
    }

    private DocumentDate MakeDate(YamlNode node, int year, int? month, int? day)
    {
        if (year is < 1900 or > 2999) throw Fail(node, $"year {year} is out of range");
        if (month is < 1 or > 12) throw Fail(node, $"month {month} is out of range");
        if (day is not null)
        {
            if (month is null) throw Fail(node, "a date with a day needs a month");
            if (day < 1 || day > DateTime.DaysInMonth(year, month.Value)) throw Fail(node, $"day {day} does not exist in {month}/{year}");
        }
        return new DocumentDate(year, month, day);
    }

    private void ReadSignature(YamlNode value)
    {
        if (value is not YamlMappingNode map) throw Fail(value, "signature must be a mapping with 'lines' and 'signer'");
        foreach (var (k, v) in map.Children)
        {
            switch (Scalar(k))
            {
                case "lines": _lines = StringList(v).Select(ParseAuthority).ToArray(); break;
                case "signer": _signer = Scalar(v); break;
                default: throw Fail(k, $"unknown signature key '{Scalar(k)}' (use lines, signer)");
            }
        }
    }

    private void ReadDistribution(YamlNode value)
    {
        if (value is not YamlMappingNode map) throw Fail(value, "distribution must be a mapping with 'items' and 'archive'");
        foreach (var (k, v) in map.Children)
        {
            switch (Scalar(k))
            {
                case "items":
                    if (v is not YamlSequenceNode seq) throw Fail(v, "distribution items must be a list");
                    _items = seq.Children.Select(ReadItem).ToArray();
                    break;
                case "archive": _archive = Scalar(v); break;
                default: throw Fail(k, $"unknown distribution key '{Scalar(k)}' (use items, archive)");
            }
        }
    }

    private DistributionItem ReadItem(YamlNode node)
    {
        if (node is YamlMappingNode map)
        {
            string? name = null, note = null;
            foreach (var (k, v) in map.Children)
            {
                switch (Scalar(k))
                {
                    case "name": name = Scalar(v); break;
                    case "note": note = OptionalScalar(v); break;
                    default: throw Fail(k, $"unknown distribution item key '{Scalar(k)}' (use name, note)");
                }
            }
            return new DistributionItem(name ?? throw Fail(node, "a distribution item needs a name"), note);
        }
        var text = Scalar(node).Trim();
        // "Sở Công thương (b/c)": a trailing bracket is the item's note.
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (text.EndsWith(')') && open > 0)
            return new DistributionItem(text[..open].TrimEnd(), text[(open + 2)..^1]);
        return new DistributionItem(text);
    }

    internal static AuthorityLine ParseAuthority(string line)
    {
        var text = line.Trim();
        (string Abbreviation, AuthorityPrefix Prefix)[] prefixes =
        [
            ("TM", AuthorityPrefix.OnBehalfOf), ("KT", AuthorityPrefix.SignedFor), ("TL", AuthorityPrefix.ByOrder),
            ("TUQ", AuthorityPrefix.ByDelegation), ("Q", AuthorityPrefix.Acting),
        ];
        foreach (var (abbreviation, prefix) in prefixes)
        {
            if (text.StartsWith(abbreviation + ". ", StringComparison.Ordinal))
                return new AuthorityLine(prefix, text[(abbreviation.Length + 2)..].Trim());
            // Written without the dot ("KT CHỦ TỊCH"): keep the line as the source writes it.
            if (abbreviation != "Q" && text.StartsWith(abbreviation + " ", StringComparison.Ordinal))
                return new AuthorityLine(prefix, text[(abbreviation.Length + 1)..].Trim(), text);
        }
        return new AuthorityLine(AuthorityPrefix.None, text);
    }

    private DocumentFrame ToFrame()
    {
        MarkupException Missing(string key) =>
            _fail($"the document frame lacks '{key}': give it in the front matter or in the model's frame", 1, 1);
        var issuingBody = _issuingBody ?? throw Missing("issuingBody");
        var type = _type ?? throw Missing("type");
        var symbol = _symbol ?? throw Missing(_numberSet ? "symbol" : "number");
        var place = _place ?? throw Missing("place");
        var date = _date ?? throw Missing("date");
        var lines = _lines ?? throw Missing("signature.lines");
        var signer = _signer ?? throw Missing("signature.signer");
        var archive = _archive ?? throw Missing("distribution.archive");
        return new DocumentFrame
        {
            ParentBody = _parentBody,
            IssuingBody = issuingBody,
            Type = type,
            Number = new DocumentNumber(_number, symbol),
            Place = place,
            Date = date,
            Abstract = _abstract,
            Recipients = _recipients,
            LegalBases = _legalBases,
            Signature = new SignatureBlock { Lines = lines, Signer = signer },
            Distribution = new Distribution { Items = _items, Archive = archive },
        };
    }

    private int Int(YamlNode node, string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Fail(node, $"'{text}' is not a whole number");

    private string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } v }
        ? GovReports.Word.XmlText.Nfc(v)
        : throw Fail(node, "expected a single value here");

    private string? OptionalScalar(YamlNode node) => node is YamlScalarNode s
        ? (string.IsNullOrEmpty(s.Value) || (s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is "~" or "null") ? null : GovReports.Word.XmlText.Nfc(s.Value))
        : throw Fail(node, "expected a single value here");

    private IReadOnlyList<string> StringList(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(Scalar).ToArray(),
        YamlScalarNode => OptionalScalar(node) is { } one ? [one] : [],
        _ => throw Fail(node, "expected a list of lines"),
    };

    // YAML marks are relative to the front matter, which starts on markup line 2.
    private MarkupException Fail(YamlNode node, string reason) => _fail(reason, (int)node.Start.Line + 1, (int)node.Start.Column);
}
