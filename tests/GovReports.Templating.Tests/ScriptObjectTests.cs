using FluentAssertions;

namespace GovReports.Templating.Tests;

public sealed class ScriptObjectTests
{
    private static TemplateContext ContextWithVn()
    {
        var vn = new ScriptObject();
        vn.Import("money", (decimal amount, string unit = "đồng", int decimals = 0) =>
            amount.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture).Replace(",", ".", StringComparison.Ordinal) + " " + unit);
        vn.Import("percent", (double rate, int decimals = 1) => (rate * 100).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture) + "%");
        vn.Import("sum", (long[] values) => values.Sum());
        vn.Import("join", (string separator, string[] parts) => string.Join(separator, parts));
        vn.Import("flag", (bool value) => value ? "có" : "không");
        vn.Import("count", (params object?[] items) => items.Length);
        var globals = new ScriptObject();
        globals.SetValue("vn", vn, readOnly: true);
        var context = new TemplateContext();
        context.PushGlobal(globals);
        return context;
    }

    [Theory]
    [InlineData("{{ 1500000 | vn.money }}", "1.500.000 đồng")]
    [InlineData("{{ 1500000 | vn.money 'triệu' 2 }}", "1.500.000.00 triệu")]
    [InlineData("{{ vn.money 12.5 decimals: 1 }}", "12.5 đồng")]
    [InlineData("{{ 0.2561 | vn.percent }}", "25.6%")]
    [InlineData("{{ vn.percent(1, 0) }}", "100%")]
    [InlineData("{{ vn.flag 0 }}/{{ vn.flag null }}", "có/không")]
    [InlineData("{{ [1, 2, 3.0] | vn.sum }}", "6")]
    [InlineData("{{ vn.join ', ' ['a', 1, true] }}", "a, 1, true")]
    [InlineData("{{ vn.count 1 'a' null }}", "3")]
    public void Import_Delegate_ConvertsArguments(string text, string expected)
    {
        Template.Parse(text).Render(ContextWithVn()).Should().Be(expected);
    }

    [Fact]
    public void Import_Delegate_TooManyArgumentsGiveScribanMessage()
    {
        var render = () => Template.Parse("{{ vn.percent 1 2 3 }}").Render(ContextWithVn());

        render.Should().Throw<ScriptRuntimeException>().Which.OriginalMessage.Should().Be("Invalid number of arguments `3` passed to `percent` while expecting `2` arguments");
    }

    [Fact]
    public void Import_Delegate_MissingArgumentGivesScribanMessage()
    {
        var render = () => Template.Parse("{{ vn.money }}").Render(ContextWithVn());

        render.Should().Throw<ScriptRuntimeException>().Which.OriginalMessage.Should().Be("Invalid number of arguments `0` passed to `money` while expecting `1` arguments");
    }

    [Fact]
    public void Import_Delegate_InvalidConversionReportsTypes()
    {
        var render = () => Template.Parse("{{ vn.percent {} }}").Render(ContextWithVn());

        render.Should().Throw<ScriptRuntimeException>().Which.OriginalMessage.Should().Be("Unable to convert type `object` to double");
    }

    [Fact]
    public void SetValue_ReadOnlyMember_CannotBeAssignedByTemplate()
    {
        var render = () => Template.Parse("{{ vn = 1 }}").Render(ContextWithVn());

        render.Should().Throw<ScriptRuntimeException>().Which.OriginalMessage.Should().Be("Cannot set the readonly variable `vn`");
    }

    private static class ReportFunctions
    {
        public static readonly string Unit = "hộ";

        public static string Version => "1.0";

        public static string Households(long count, string? unit = null) =>
            count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (unit ?? Unit);
    }

    [Fact]
    public void Import_Type_ExposesStaticMembersAndMethods()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(ReportFunctions));
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["rf"] = functions });

        Template.Parse("{{ 12 | rf.households }} / {{ rf.households 3 'người' }} / {{ rf.unit }} {{ rf.version }}").Render(context)
            .Should().Be("12 hộ / 3 người / hộ 1.0");
    }

    [Fact]
    public void Import_Object_CopiesRenamedMembers()
    {
        var obj = new ScriptObject();
        obj.Import(new { HouseholdCount = 3, DistrictName = "Tủa Chùa" });

        obj.Keys.Should().BeEquivalentTo(new[] { "household_count", "district_name" });
        obj["district_name"].Should().Be("Tủa Chùa");
    }
}
