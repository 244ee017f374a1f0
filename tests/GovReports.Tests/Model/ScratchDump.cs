using GovReports.Model.Checks;
using GovReports.Model.Json;

namespace GovReports.Tests.Model;

public class ScratchDump
{
    [Fact]
    public void Dump()
    {
        File.WriteAllText("/tmp/seed001.json", ReportJson.Serialize(SeedReports.Seed001()));
        File.WriteAllText("/tmp/seed002.json", ReportJson.Serialize(SeedReports.Seed002()));
        File.WriteAllText("/tmp/findings.txt", string.Join("\n", ReportChecker.Check(SeedReports.Seed001())) + "\n----\n" + string.Join("\n", ReportChecker.Check(SeedReports.Seed002())));
    }
}
