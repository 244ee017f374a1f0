using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovReports.Model.Json;

/// <summary>Writes model objects in the JSON format <see cref="ModelReader"/> reads, leaving out members that hold their default value.</summary>
internal static class ModelWriter
{
    public static byte[] Write(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteValue(writer, value, value.GetType());
        return stream.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter w, object value, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case string s: w.WriteStringValue(s); return;
            case int i: w.WriteNumberValue(i); return;
            case long l: w.WriteNumberValue(l); return;
            case decimal d: w.WriteNumberValue(d); return;
            case bool b: w.WriteBooleanValue(b); return;
            case Enum e: w.WriteStringValue(TypeShape.Camel(e.ToString())); return;
            case Money m: w.WriteStringValue(MoneyText.Format(m)); return;
            case Amount { AsWritten: null, Value: { } v }: w.WriteStringValue(MoneyText.Format(v)); return;
            case DocumentType dt: w.WriteStringValue(dt.Abbreviation ?? dt.Name); return;
            case DocumentDate date: w.WriteStringValue(DateText(date)); return;
            case DocumentNumber n: w.WriteStringValue((n.Number?.ToString(CultureInfo.InvariantCulture) ?? "") + "/" + n.Symbol); return;
            case DeprivationIndicator ind: w.WriteStringValue(ind.Code); return;
            case AuthorityLine line when FrameText.AuthorityString(line) is { } a: w.WriteStringValue(a); return;
            case DistributionItem item when FrameText.DistributionString(item) is { } d: w.WriteStringValue(d); return;
            case IReadOnlyDictionary<string, string> dict:
                w.WriteStartObject();
                foreach (var (k, v) in dict)
                {
                    w.WritePropertyName(k);
                    w.WriteStringValue(v);
                }
                w.WriteEndObject();
                return;
        }
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = t.GetGenericArguments()[0];
            w.WriteStartArray();
            foreach (var item in (IEnumerable)value) WriteValue(w, item!, element);
            w.WriteEndArray();
            return;
        }
        var shape = TypeShape.Of(value.GetType());
        w.WriteStartObject();
        foreach (var member in shape.Members)
        {
            var v = member.Property.GetValue(value);
            if (v is null || IsDefault(shape, member, v)) continue;
            w.WritePropertyName(member.JsonName);
            WriteValue(w, v, member.Type);
        }
        w.WriteEndObject();
    }

    private static bool IsDefault(TypeShape shape, MemberShape member, object value)
    {
        if (value is ICollection { Count: 0 }) return true;
        if (member.Required) return false;
        return Equals(value, shape.DefaultOf(member));
    }

    private static string DateText(DocumentDate d) =>
        d.Year.ToString("0000", CultureInfo.InvariantCulture)
        + (d.Month is { } m ? "-" + m.ToString("00", CultureInfo.InvariantCulture) : "")
        + (d.Day is { } day ? "-" + day.ToString("00", CultureInfo.InvariantCulture) : "");
}
