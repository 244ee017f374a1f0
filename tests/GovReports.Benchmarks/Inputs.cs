using GovReports.Model;
using GovReports.Model.Json;

namespace GovReports.Benchmarks;

/// <summary>Finds the repository's example data and templates from wherever the benchmark runs.</summary>
internal static class Inputs
{
    public static string Root { get; } = FindRoot();

    public static string DataPath(string file) => Path.Combine(Root, "examples", "data", file);

    public static string TemplatePath(string relative) => Path.Combine(Root, "templates", relative);

    public static Report LoadSeed002() => ReportJson.Load(File.ReadAllText(DataPath("002-phong-tho-nq24.json")));

    private static string FindRoot()
    {
        // BenchmarkDotNet runs from a generated folder under bin/, so walk up from both the process and the assembly.
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "GovReports.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (GovReports.sln) above " + Environment.CurrentDirectory);
    }
}
