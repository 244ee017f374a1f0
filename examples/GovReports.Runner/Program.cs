using GovReports.Runner;
using Spectre.Console;

return new RunnerApp(AnsiConsole.Console, dir => new LibraryBackend(dir)).Run(args);
