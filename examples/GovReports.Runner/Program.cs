using System.Text;
using GovReports.Runner;
using Spectre.Console;

if (!Console.IsOutputRedirected)
    return new RunnerApp(AnsiConsole.Console, dir => new LibraryBackend(dir)).Run(args);

// Output to a file or a pipe: plain text through one 64 KB buffer. A folder run prints a few lines per file, and
// writing them one by one through the console's markup and wrapping was a noticeable part of a big run.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
return new RunnerApp(RunnerApp.PlainConsole(output), dir => new LibraryBackend(dir), output).Run(args);
