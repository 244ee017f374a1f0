using System.CommandLine;
using System.Runtime.ExceptionServices;
using Spectre.Console;

namespace GovReports.Runner;

/// <summary>The command line of the example runner: render, check and templates.</summary>
/// <param name="console">Where everything is written; on a terminal, with colours and a progress bar.</param>
/// <param name="backendFactory">Makes the backend for a template folder (null for the built-in templates).</param>
/// <param name="plain">
/// When output goes to a file or a pipe: the writer behind <paramref name="console"/>, to which a folder run writes its
/// per-file lines as plain text (the same text the console would print, without markup parsing, colour or wrapping)
/// and its progress as a line every tenth of the files.
/// </param>
internal sealed class RunnerApp(IAnsiConsole console, Func<string?, IReportBackend> backendFactory, TextWriter? plain = null)
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;

    /// <summary>
    /// Files rendered at once per core in a folder run. Each file ends with an fsync that waits for the disk (about 1 ms
    /// here) without using the core; a second file per core keeps the core busy meanwhile.
    /// </summary>
    public const int FilesInFlightPerCore = 2;

    /// <summary>Folder runs up to this many files list every file in the summary table; bigger runs list the failed ones.</summary>
    public const int SummaryTableLimit = 200;

    /// <summary>A console writing plain text to <paramref name="output"/>: no colours, no interaction, lines never wrapped (tables get all the room they need).</summary>
    public static IAnsiConsole PlainConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 1000;
        return console;
    }

    public int Run(string[] args)
    {
        var templatesOption = new Option<DirectoryInfo?>("--templates")
        {
            Description = "Use the templates in this folder instead of the built-in ones.",
            Recursive = true,
        };

        var input = new Argument<string>("input") { Description = "A data file (.json), or a folder of data files." };
        var output = new Option<string>("--output", "-o") { Description = "The .docx to write, or a folder when the input is a folder.", Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite existing output files." };
        var pdf = new Option<bool>("--pdf") { Description = "Also write a PDF next to each .docx (needs LibreOffice)." };
        var render = new Command("render", "Render a report (or every data file in a folder) to .docx.") { input, output, force, pdf };
        render.SetAction(r => RenderCommand(
            r.GetValue(input)!, r.GetValue(output)!, r.GetValue(force), r.GetValue(pdf), r.GetValue(templatesOption)?.FullName));

        var checkInput = new Argument<string>("data") { Description = "The data file (.json) to check." };
        var check = new Command("check", "Load a data file and list the model's findings: errors and warnings with their paths.") { checkInput };
        check.SetAction(r => CheckCommand(r.GetValue(checkInput)!, r.GetValue(templatesOption)?.FullName));

        var templates = new Command("templates", "List the templates available for rendering.");
        templates.SetAction(r => TemplatesCommand(r.GetValue(templatesOption)?.FullName));

        var root = new RootCommand("GovReports example runner: turns program-results data files into Vietnamese administrative reports (.docx).")
        {
            render, check, templates,
        };
        root.Options.Add(templatesOption);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            console.WriteLine("Run with --help for usage.");
            return UsageError;
        }
        var config = new InvocationConfiguration { Output = new ConsoleWriter(console), Error = new ConsoleWriter(console) };
        return parsed.Invoke(config);
    }

    private int TemplatesCommand(string? templateDir)
    {
        if (!TryBackend(templateDir, out var backend)) return UsageError;
        var table = new Table().AddColumn("Template").AddColumn("Source").AddColumn("Description");
        foreach (var t in backend.Templates()) table.AddRow(Spectre.Console.Markup.Escape(t.Name), Spectre.Console.Markup.Escape(t.Source), Spectre.Console.Markup.Escape(t.Description));
        console.Write(table);
        return Success;
    }

    private int CheckCommand(string dataPath, string? templateDir)
    {
        if (!File.Exists(dataPath))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {dataPath}: no such file.");
            return UsageError;
        }
        if (!TryBackend(templateDir, out var backend)) return UsageError;
        var prepared = backend.Prepare(dataPath);
        if (prepared.Problems.Count == 0)
        {
            console.MarkupLineInterpolated($"[green]{dataPath}: no findings.[/]");
            return Success;
        }
        var table = new Table().AddColumn("Severity").AddColumn("Where").AddColumn("Code").AddColumn("Finding");
        foreach (var p in prepared.Problems)
        {
            var sev = p.IsError ? "[red]error[/]" : "[yellow]warning[/]";
            table.AddRow(new Spectre.Console.Markup(sev), new Text(p.Location), new Text(p.Code ?? ""), new Text(p.Message));
        }
        console.Write(table);
        var errors = prepared.Problems.Count(p => p.IsError);
        console.MarkupLineInterpolated($"{dataPath}: {errors} error(s), {prepared.Problems.Count - errors} warning(s).");
        return prepared.HasErrors ? InputErrors : Success;
    }

    private int RenderCommand(string input, string output, bool force, bool pdf, string? templateDir)
    {
        if (!TryBackend(templateDir, out var backend)) return UsageError;
        string? office = null;
        if (pdf)
        {
            office = PdfConverter.FindOffice();
            if (office is null)
                console.MarkupLine("[yellow]warning:[/] --pdf: LibreOffice (soffice) is not installed, so no PDF will be written. Install it with `apt-get install libreoffice-writer-nogui`.");
        }

        if (Directory.Exists(input)) return RenderFolder(backend, input, output, force, office);
        if (!File.Exists(input))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {input}: no such file or folder.");
            return UsageError;
        }
        if (Directory.Exists(output))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {output} is a folder; give the .docx file to write.");
            return UsageError;
        }
        var result = RenderOne(backend, input, output, force, office);
        Report(result);
        return result.Ok ? Success : InputErrors;
    }

    private int RenderFolder(IReportBackend backend, string folder, string outDir, bool force, string? office)
    {
        if (File.Exists(outDir))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {outDir} is a file; a folder input needs an output folder.");
            return UsageError;
        }
        var files = Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {folder} holds no .json data files.");
            return InputErrors;
        }
        // Files render on every core but are reported in sorted order: a finished file waits only for the few before
        // it still in flight, so memory stays flat however many files there are. Only the results the summary table
        // needs are kept (every file in a small run, the failures in a big one).
        var keepAll = files.Length <= SummaryTableLimit;
        var listed = new List<FileResult>();
        var waiting = new Dictionary<int, FileResult>();
        var next = 0;
        var ok = 0;
        var progressLock = new object();
        // done runs under the lock once a file is finished.
        void RenderAll(Action done)
        {
            // Workers take the next file in sorted order, one at a time, so the files in flight stay close together.
            var taken = -1;
            ExceptionDispatchInfo? failed = null;
            void Work()
            {
                try
                {
                    WorkOn();
                }
                catch (Exception e)
                {
                    // Stop handing out files; the caller sees the first failure once every worker is done.
                    Interlocked.CompareExchange(ref failed, ExceptionDispatchInfo.Capture(e), null);
                    Interlocked.Exchange(ref taken, files.Length);
                }
            }

            void WorkOn()
            {
                for (var i = Interlocked.Increment(ref taken); i < files.Length; i = Interlocked.Increment(ref taken))
                {
                    var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(files[i]) + ".docx");
                    var result = RenderOne(backend, files[i], target, force, office);
                    // Spectre's console and progress display are not thread-safe.
                    lock (progressLock)
                    {
                        done();
                        waiting.Add(i, result);
                        while (waiting.Remove(next, out var r))
                        {
                            if (!r.Ok || r.Problems.Count > 0) Report(r);
                            if (r.Ok) ok++;
                            if (keepAll || !r.Ok) listed.Add(r);
                            next++;
                        }
                    }
                }
            }

            // Threads of their own start at once (the thread pool adds threads beyond one per core only slowly); this
            // thread is one of them.
            var helpers = Enumerable.Range(1, Math.Min(files.Length, Environment.ProcessorCount * FilesInFlightPerCore) - 1)
                .Select(n => new Thread(Work) { IsBackground = true, Name = FormattableString.Invariant($"render {n}") })
                .ToList();
            helpers.ForEach(t => t.Start());
            Work();
            helpers.ForEach(t => t.Join());
            failed?.Throw();
        }

        if (plain is not null)
        {
            int finished = 0, shown = 0;
            RenderAll(() =>
            {
                var tenths = ++finished * 10 / files.Length;
                if (tenths <= shown) return;
                shown = tenths;
                plain.WriteLine(FormattableString.Invariant($"Rendering: {tenths * 10}%"));
                // A run that is stopped part way still leaves its lines up to the last tenth in the file.
                plain.Flush();
            });
        }
        else
        {
            console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Rendering", maxValue: files.Length);
                    RenderAll(() => task.Increment(1));
                });
        }

        // A table of thousands of rows helps no one and costs memory in proportion: big runs list only their failures.
        if (listed.Count > 0)
        {
            var table = new Table().AddColumn("Data file").AddColumn("Result").AddColumn("Output");
            foreach (var r in listed)
                table.AddRow(new Text(r.Input), new Spectre.Console.Markup(r.Ok ? "[green]rendered[/]" : "[red]failed[/]"), new Text(r.Ok ? r.Output : ""));
            console.Write(table);
        }
        console.MarkupLineInterpolated($"{ok} of {files.Length} rendered, {files.Length - ok} failed.");
        return ok == files.Length ? Success : InputErrors;
    }

    private sealed record FileResult(string Input, string Output, bool Ok, IReadOnlyList<Problem> Problems, string? Failure);

    private FileResult RenderOne(IReportBackend backend, string input, string output, bool force, string? office)
    {
        try
        {
            var prepared = backend.Prepare(input);
            if (prepared.HasErrors) return new FileResult(input, output, false, prepared.Problems, null);
            SafeFile.Write(output, s => backend.Render(prepared, s, CancellationToken.None), force);
            if (office is not null)
                PdfConverter.Convert(office, output, Path.ChangeExtension(output, ".pdf"), force, TimeSpan.FromMinutes(2));
            return new FileResult(input, output, true, prepared.Problems, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One bad file must not stop a folder run: report it with its location and go on.
            return new FileResult(input, output, false, [], ex.Message);
        }
    }

    private void Report(FileResult r)
    {
        if (plain is not null)
        {
            // The lines below without the markup: no parsing, no colour, no wrapping.
            foreach (var p in r.Problems) plain.WriteLine($"{(p.IsError ? "error" : "warning")}: {r.Input}: {p.Location}: {p.Message}");
            if (r.Failure is not null) plain.WriteLine($"error: {r.Input}: {r.Failure}");
            if (r.Ok) plain.WriteLine($"wrote {r.Output}");
            return;
        }
        foreach (var p in r.Problems)
        {
            var sev = p.IsError ? "[red]error[/]" : "[yellow]warning[/]";
            console.MarkupLine($"{sev}: {Spectre.Console.Markup.Escape(r.Input)}: {Spectre.Console.Markup.Escape(p.Location)}: {Spectre.Console.Markup.Escape(p.Message)}");
        }
        if (r.Failure is not null) console.MarkupLine($"[red]error[/]: {Spectre.Console.Markup.Escape(r.Input)}: {Spectre.Console.Markup.Escape(r.Failure)}");
        if (r.Ok) console.MarkupLine($"[green]wrote[/] {Spectre.Console.Markup.Escape(r.Output)}");
    }

    private bool TryBackend(string? templateDir, out IReportBackend backend)
    {
        backend = null!;
        if (templateDir is not null && !Directory.Exists(templateDir))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --templates {templateDir}: no such folder.");
            return false;
        }
        try
        {
            backend = backendFactory(templateDir);
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return false;
        }
    }

    /// <summary>Routes System.CommandLine's help and messages through the Spectre console.</summary>
    private sealed class ConsoleWriter(IAnsiConsole console) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) => console.Write(value.ToString());
        public override void Write(string? value) => console.Write(value ?? "");
        public override void WriteLine(string? value) => console.WriteLine(value ?? "");
    }
}
