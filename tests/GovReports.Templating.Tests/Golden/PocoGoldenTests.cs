using System.Globalization;
using FluentAssertions;

namespace GovReports.Templating.Tests.Golden;

public sealed class PocoGoldenTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private sealed record District(string DistrictName, int PoorHouseholds, double PoorRate);

    private sealed record Report(string Title, int PeriodYear, IReadOnlyList<District> Districts, decimal Budget, string? PreparedBy);

    private static ScriptObject VnFunctions()
    {
        var vn = new ScriptObject();
        vn.Import("number", (long value) => value.ToString("N0", Vietnamese));
        vn.Import("percent", (double rate, int decimals = 1) => (rate * 100).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vietnamese) + "%");
        vn.Import("money", (decimal amount, string unit = "đồng", int decimals = 0) => amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vietnamese) + " " + unit);
        vn.Import("sum", (params long[] values) => values.Sum());
        vn.SetValue("unit", "hộ", readOnly: true);
        return vn;
    }

    [Fact]
    public void Render_RecordModelWithVnFunctions_MatchesGoldenFile()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden", "Poco");
        var text = File.ReadAllText(Path.Combine(folder, "001-household-report.sbn")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.ReadAllText(Path.Combine(folder, "001-household-report.expected")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var report = new Report(
            "rà soát hộ nghèo",
            2025,
            new[] { new District("Mường Nhé", 1520, 0.2561), new District("Nậm Pồ", 985, 0.1875), new District("Tủa Chùa", 42, 0.012) },
            12345.67m,
            null);

        var globals = new ScriptObject();
        globals.Import(new { Report = report });
        globals.SetValue("vn", VnFunctions(), readOnly: true);
        var context = new TemplateContext();
        context.PushGlobal(globals);

        var template = Template.Parse(text);
        template.Messages.Should().BeEmpty();
        template.Render(context).Should().Be(expected);
    }
}
