using GovReports.Templating;
using GovReports.Testing;

namespace GovReports.Templating.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void TemplatingAssembly_PublicSurface_MatchesSnapshot() =>
        Snapshot.Verify(PublicApi.Describe(typeof(Template).Assembly));
}
