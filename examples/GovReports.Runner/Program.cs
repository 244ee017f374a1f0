using System.Text;
using GovReports.Runner;
using Spectre.Console;

if (!Console.IsOutputRedirected)
    return new RunnerApp(AnsiConsole.Console, dir => new LibraryBackend(dir)).Run(args);

// Output to a file or a pipe: plain text through one 64 KB buffer. A folder run prints a few lines per file, and
// writing them one by one through the console's markup and wrapping was a noticeable part of a big run.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Ansi = AnsiSupport.No,
    ColorSystem = ColorSystemSupport.NoColors,
    Interactive = InteractionSupport.No,
    Out = new AnsiConsoleOutput(output),
});
// Lines are not wrapped in a file; tables get all the room they need.
console.Profile.Width = 1000;
return new RunnerApp(console, dir => new LibraryBackend(dir), output).Run(args);
