using System.Diagnostics;
using System.IO.Compression;
using FluentAssertions;
using GovReports.Tests.Examples;

namespace GovReports.Tests.Reliability;

/// <summary>The real runner process killed at random moments: the target is always the old report or a complete new one, never half a file.</summary>
public sealed class KilledProcessTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("govreports-kill-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void Render_ProcessKilledAtRandomMoments_TargetOldOrComplete()
    {
        var runner = Path.Combine(AppContext.BaseDirectory, "GovReports.Runner.dll");
        File.Exists(runner).Should().BeTrue();
        var data = Path.Combine(ExampleFiles.RootPath, "examples", "data", "002-phong-tho-nq24.json");
        var target = Path.Combine(_work.FullName, "report.docx");
        const string old = "the good report";
        var random = new Random(Fuzz.Seed(20260713));
        int killed = 0, replaced = 0;
        for (var round = 0; round < 8; round++)
        {
            File.WriteAllText(target, old);
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { runner, "render", data, "-o", target, "--force" }) psi.ArgumentList.Add(a);
            using var process = Process.Start(psi)!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(random.Next(100, 1500)))
            {
                process.Kill(entireProcessTree: true);
                killed++;
            }
            process.WaitForExit();

            var bytes = File.ReadAllBytes(target);
            if (bytes.Length == old.Length && File.ReadAllText(target) == old) continue;
            replaced++;
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            zip.GetEntry("word/document.xml").Should().NotBeNull($"round {round}: a replaced target is a complete package");
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                s.CopyTo(Stream.Null);
            }
        }

        output.WriteLine($"8 runs: {killed} killed before they finished, {replaced} replaced the target");
        // A killed run may leave its hidden temporary file beside the target, never a partial target.
        Directory.GetFiles(_work.FullName).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).Should().ContainSingle();
        (killed + replaced).Should().BeGreaterThan(0);
    }
}
