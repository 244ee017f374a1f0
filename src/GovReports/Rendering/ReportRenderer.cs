using System.Collections.Concurrent;
using GovReports.Markup;
using GovReports.Model;
using GovReports.Templating;
using GovReports.Templating.Parsing;
using GovReports.Word;

namespace GovReports.Rendering;

/// <summary>
/// The front door of GovReports: renders a <see cref="Report"/> with its template into a .docx.
/// Templates are parsed once and cached; one renderer is safe to use from many threads at once.
/// </summary>
public sealed class ReportRenderer
{
    private readonly ReportRendererOptions _options;
    private readonly TemplateStore _store;
    private readonly DocxWriter _writer;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RatePolicy, ScriptObject> _vnFunctions = new();

    // Partials from the store, parsed once for all renders; the data's own texts are never kept here.
    private readonly ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);

    // Include names as templates write them → store paths (names may come from the data, so only the first few hundred are kept).
    private readonly ConcurrentDictionary<string, string> _includePaths = new(StringComparer.Ordinal);

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The settings, or <see langword="null"/> for <see cref="ReportRendererOptions.Default"/>.</param>
    /// <exception cref="DirectoryNotFoundException">The template folder does not exist.</exception>
    public ReportRenderer(ReportRendererOptions? options = null)
    {
        _options = options ?? ReportRendererOptions.Default;
        _store = new TemplateStore(_options.TemplateDirectory);
        _writer = new DocxWriter(_options.Layout);
    }

    /// <summary>The report templates available (partials excluded).</summary>
    public IReadOnlyList<ReportTemplateInfo> Templates => _store.List();

    /// <summary>Returns the parsed template with that name, parsing it on first use.</summary>
    /// <exception cref="TemplateNotFoundException">No template has that name.</exception>
    /// <exception cref="TemplateException">The template has syntax errors; all of them are listed.</exception>
    public Template GetTemplate(string name)
    {
        var key = TemplateStore.Normalize(name);
        var lazy = _cache.GetOrAdd(key, k => new Lazy<Template>(() => ParseTemplate(k), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A failed parse is not cached: a corrected folder template is picked up on the next call.
            _cache.TryRemove(new KeyValuePair<string, Lazy<Template>>(key, lazy));
            throw;
        }
    }

    /// <summary>Renders the report's template to report markup (front matter and Markdown body), the stage before layout.</summary>
    /// <exception cref="TemplateNotFoundException">The template or one of its includes cannot be found.</exception>
    /// <exception cref="TemplateException">The template has errors, or failed while rendering; the message gives file(line,col).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public string RenderMarkup(Report report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RenderMarkup(GetTemplate(report.Template), report, report.RatePolicy, cancellationToken);
    }

    /// <summary>Renders the report into a .docx written to <paramref name="output"/>.</summary>
    /// <exception cref="TemplateNotFoundException">The template or one of its includes cannot be found.</exception>
    /// <exception cref="TemplateException">The template has errors, or failed while rendering.</exception>
    /// <exception cref="MarkupException">The template produced markup that cannot be laid out.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public void Render(Report report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var document = RenderDocument(report, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        _writer.Write(document, output);
    }

    // A method of its own so that nothing of the markup text stays reachable while the document is written.
    private ReportDocument RenderDocument(Report report, CancellationToken cancellationToken)
    {
        var template = GetTemplate(report.Template);
        // The markup is read once, by the parser: it stays in a pooled buffer and becomes a string only for an error's location.
        using var rendered = Render(template, report, report.RatePolicy, cancellationToken, static (t, context) => t.RenderPooled(context));
        var markup = rendered.Text;
        // The map reads every partial: build it only when a markup error needs a location, not on every render.
        MarkupSourceMap? map = null;
        return ReportMarkup.Parse(markup, "report markup", report.Frame,
            line => (map ??= new MarkupSourceMap(markup.ToString(), Sources(template, report))).Locate(line));
    }

    /// <summary>Renders the report into a .docx written to <paramref name="output"/> without blocking the caller's thread.</summary>
    /// <inheritdoc cref="Render(Report, Stream, CancellationToken)"/>
    public async Task RenderAsync(Report report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        await Task.Run(() => Render(report, buffer, cancellationToken), cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists what a template refers to that neither the model nor the functions provide, before anything is rendered.</summary>
    /// <exception cref="TemplateNotFoundException">No template has that name.</exception>
    /// <exception cref="TemplateException">The template has syntax errors.</exception>
    public IReadOnlyList<LintMessage> Lint(string templateName) => TemplateLinter.Lint(this, _store, templateName);

    /// <summary>The texts a markup line may come from, most specific first: the data's own text, then partials, then the report template.</summary>
    private IReadOnlyList<(string Name, string Text)> Sources(Template template, Report report)
    {
        var sources = new List<(string, string)>();
        for (var i = 0; i < report.Body.Count; i++)
            if (report.Body[i].Text is { } text) sources.Add(($"body[{i}].text", text));
        foreach (var (key, text) in report.Narrative) sources.Add(($"narrative.{key}", text));
        foreach (var partial in _store.Partials())
        {
            try
            {
                var (text, path) = _store.Load(partial);
                sources.Add((path, text));
            }
            catch (TemplateNotFoundException)
            {
                // A file the store refuses (a link out of the folder) cannot have written any markup.
            }
        }
        sources.Add((template.SourcePath ?? report.Template, template.Text));
        return sources;
    }

    private string RenderMarkup(Template template, Report report, RatePolicy policy, CancellationToken cancellationToken) =>
        Render(template, report, policy, cancellationToken, static (t, context) => t.Render(context));

    // Renders with the renderer's limits, naming them in the errors; render says what the text is rendered into.
    private T Render<T>(Template template, Report report, RatePolicy policy, CancellationToken cancellationToken, Func<Template, TemplateContext, T> render)
    {
        using var timeout = _options.Timeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(_options.Timeout!.Value);
        var context = CreateContext(report, policy, timeout?.Token ?? cancellationToken);
        try
        {
            return render(template, context);
        }
        catch (ScriptRuntimeException ex)
        {
            // The engine's limit is the renderer's OutputLimit: name the setting the caller can change.
            var message = ex.Message.Replace("LimitToString `", "ReportRendererOptions.OutputLimit `", StringComparison.Ordinal);
            throw new TemplateException(message, [message], ex);
        }
        catch (OperationCanceledException ex) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var message = $"{Location(ex, template)} : error : The render took longer than the time limit of {_options.Timeout!.Value.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s (ReportRendererOptions.Timeout)";
            throw new TemplateException(message, [message], ex);
        }
    }

    // The engine names the place a cancelled render stopped at as "file(line,col) : …" when it can.
    private static string Location(Exception ex, Template template)
    {
        var at = ex.Message.IndexOf(" : ", StringComparison.Ordinal);
        return at > 0 && ex.Message[at - 1] == ')' ? ex.Message[..at] : template.SourcePath ?? "<template>";
    }

    internal TemplateContext CreateContext(Report report, RatePolicy policy, CancellationToken cancellationToken)
    {
        var globals = new ScriptObject();
        globals.Import(report);
        globals.SetValue("vn", VnObject.For(policy, _vnFunctions, report.Results.Facts), true);
        var context = new TemplateContext
        {
            NewLine = "\n",
            LoopLimit = _options.LoopLimit,
            RecursiveLimit = _options.RecursiveLimit,
            LimitToString = _options.OutputLimit,
            CancellationToken = cancellationToken,
            TemplateLoader = new Loader(_store, report, _includePaths),
            TemplateCache = _includes,
        };
        context.PushGlobal(globals);
        return context;
    }

    private Template ParseTemplate(string key)
    {
        var (text, path) = _store.Load(key);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var messages = template.Messages.Select(m => m.ToString()).ToArray();
            throw new TemplateException($"Template {path} has errors:\n" + string.Join("\n", messages), messages);
        }
        return template;
    }

    /// <summary>Serves includes from the template store, and the data's own text: <c>narrative:KEY</c> and <c>body:N</c>.</summary>
    private sealed class Loader(TemplateStore store, Report report, ConcurrentDictionary<string, string> paths) : ITemplateLoader
    {
        internal const string NarrativePrefix = "narrative:";
        internal const string BodyPrefix = "body:";
        private const int MaxKeptPaths = 256;

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (templateName.StartsWith(NarrativePrefix, StringComparison.Ordinal))
            {
                var key = templateName[NarrativePrefix.Length..];
                if (!report.Narrative.ContainsKey(key))
                    throw new ScriptRuntimeException(callerSpan, $"The data has no narrative block `{key}` (narrative.{key})");
                return templateName;
            }
            if (templateName.StartsWith(BodyPrefix, StringComparison.Ordinal))
            {
                var index = templateName.AsSpan(BodyPrefix.Length);
                if (!int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
                    || i < 0 || i >= report.Body.Count || report.Body[i].Text is null)
                    throw new ScriptRuntimeException(callerSpan, $"The data has no body text `{index}` (body[{index}].text)");
                // The path names the entry as written ("body:01" → body[01].text).
                return "body[" + index.ToString() + "].text";
            }
            if (paths.TryGetValue(templateName, out var known))
                return known;
            try
            {
                var path = TemplateStore.Normalize(templateName);
                if (paths.Count < MaxKeptPaths) paths.TryAdd(templateName, path);
                return path;
            }
            catch (TemplateNotFoundException ex)
            {
                // A refused name is reported at the include that asked for it.
                throw new ScriptRuntimeException(callerSpan, ex.Message);
            }
        }

        public bool IsCacheable(string templatePath) =>
            !templatePath.StartsWith(NarrativePrefix, StringComparison.Ordinal) && !templatePath.StartsWith("body[", StringComparison.Ordinal);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            if (templatePath.StartsWith(NarrativePrefix, StringComparison.Ordinal))
                return report.Narrative[templatePath[NarrativePrefix.Length..]];
            if (templatePath.StartsWith("body[", StringComparison.Ordinal))
            {
                var i = int.Parse(templatePath.AsSpan(5, templatePath.IndexOf(']', StringComparison.Ordinal) - 5), System.Globalization.CultureInfo.InvariantCulture);
                return report.Body[i].Text!;
            }
            try
            {
                return store.Load(templatePath).Text;
            }
            catch (TemplateNotFoundException ex)
            {
                throw new ScriptRuntimeException(callerSpan, ex.Message);
            }
        }
    }
}
