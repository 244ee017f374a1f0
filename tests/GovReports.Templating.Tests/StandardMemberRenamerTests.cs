using FluentAssertions;

namespace GovReports.Templating.Tests;

public sealed class StandardMemberRenamerTests
{
    [Theory]
    [InlineData("MyMethodIsNice", "my_method_is_nice")]
    [InlineData("OrderID", "order_id")]
    [InlineData("HTMLParser", "htmlparser")]
    [InlineData("Address2Line", "address2_line")]
    [InlineData("name", "name")]
    [InlineData("PoorHouseholdRate", "poor_household_rate")]
    public void Rename_PascalCase_GivesScribanSnakeCase(string input, string expected)
    {
        StandardMemberRenamer.Rename(input).Should().Be(expected);
    }
}
