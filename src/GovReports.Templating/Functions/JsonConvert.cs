using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GovReports.Templating.Runtime;

namespace GovReports.Templating.Functions;

/// <summary>Conversions between JSON and template values for <c>object.from_json</c> and <c>object.to_json</c>.</summary>
internal static class JsonConvert
{
    public static object? ToScript(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var prop in element.EnumerateObject())
                {
                    obj[prop.Name] = ToScript(prop.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToScript(item));
                }

                return array;
            default:
                return ObjectAccess.Normalize(element);
        }
    }

    public static void Write(TemplateContext context, Utf8JsonWriter writer, object? value)
    {
        value = ObjectAccess.Normalize(value);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                writer.WriteNumberValue(d);
                return;
            case float f:
                writer.WriteNumberValue(f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                return;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("o", CultureInfo.InvariantCulture));
                return;
        }

        if (ObjectAccess.IsList(value))
        {
            writer.WriteStartArray();
            foreach (var item in ObjectAccess.Enumerate(value))
            {
                Write(context, writer, item);
            }

            writer.WriteEndArray();
            return;
        }

        if (ObjectAccess.IsObject(value))
        {
            writer.WriteStartObject();
            foreach (var pair in ObjectAccess.GetMembers(value!, context.MemberRenamer))
            {
                writer.WritePropertyName(pair.Key);
                Write(context, writer, pair.Value);
            }

            writer.WriteEndObject();
            return;
        }

        writer.WriteStringValue(ScriptValue.ToText(value, context));
    }
}
