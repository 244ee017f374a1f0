using GovReports.Rendering;
using GovReports.Testing;

namespace GovReports.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void GovReportsAssembly_PublicSurface_MatchesSnapshot() =>
        Snapshot.Verify(PublicApi.Describe(typeof(ReportRenderer).Assembly));
}
