namespace GovReports.Testing;

public sealed class SnapshotTests
{
    [Fact]
    public void Diff_ChangedLine_ShowsBothSides()
    {
        var diff = Snapshot.Diff("a\nb\nc\n", "a\nB\nc\n");
        Assert.Contains("- 0002: b", diff);
        Assert.Contains("+ ", diff);
        Assert.Contains("B", diff);
        Assert.DoesNotContain("0001: a", diff);
    }

    [Fact]
    public void Verify_Mismatch_WritesReceivedAndThrows()
    {
        var dir = Path.Combine(Path.GetTempPath(), "govreports-snap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var source = Path.Combine(dir, "Probe.cs");
            File.WriteAllText(Path.Combine(dir, "Probe.M.verified.txt"), "old\n");
            var ex = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Verify("new\n", sourceFile: source, member: "M"));
            Assert.Contains("- 0001: old", ex.Message);
            Assert.Equal("new\n", File.ReadAllText(Path.Combine(dir, "Probe.M.received.txt")));

            Snapshot.Verify("old\n", sourceFile: source, member: "M");
            Assert.False(File.Exists(Path.Combine(dir, "Probe.M.received.txt")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
