using System.Reflection;
using System.Text;

namespace GovReports.Rendering;

/// <summary>
/// Finds template text by name: first in an optional folder, then among the templates embedded in the package.
/// Names are relative paths with forward slashes, without or with the <c>.sbn</c> extension
/// (<c>program-report</c>, <c>partials/credit</c>). Paths that leave the template root are refused.
/// </summary>
internal sealed class TemplateStore
{
    private const string ResourcePrefix = "GovReports.Templates.";
    private const string Extension = ".sbn";
    private static readonly Assembly Assembly = typeof(TemplateStore).Assembly;
    private readonly string? _root;

    public TemplateStore(string? folder)
    {
        if (folder is not null)
        {
            var full = Path.GetFullPath(folder);
            if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"Template folder not found: {full}");
            _root = ResolveLinks(full);
        }
    }

    /// <summary>The folder that overrides the built-in templates, or <see langword="null"/>.</summary>
    public string? Folder => _root;

    /// <summary>Turns a template name into its canonical relative path (<c>partials/credit.sbn</c>).</summary>
    /// <exception cref="TemplateNotFoundException">The name is empty, absolute or climbs out of the template root.</exception>
    public static string Normalize(string name)
    {
        var n = (name ?? "").Replace('\\', '/').Trim();
        if (n.Length == 0) throw new TemplateNotFoundException(name ?? "", "a template name must not be empty");
        if (n.StartsWith('/') || Path.IsPathRooted(n) || n.Contains(':'))
            throw new TemplateNotFoundException(name!, "absolute paths are not allowed; name a template relative to the template folder");
        var parts = n.Split('/');
        foreach (var part in parts)
        {
            if (part is "" or "." or "..")
                throw new TemplateNotFoundException(name!, "'.', '..' and empty path segments are not allowed in template names");
        }
        return n.EndsWith(Extension, StringComparison.Ordinal) ? n : n + Extension;
    }

    /// <summary>Loads a template's text and a display path for messages.</summary>
    /// <exception cref="TemplateNotFoundException">No such template, or it lies outside the template root.</exception>
    public (string Text, string DisplayPath) Load(string name)
    {
        var rel = Normalize(name);
        if (_root is not null)
        {
            var path = Path.Combine(_root, rel.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                var real = ResolveLinks(path);
                if (!real.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    throw new TemplateNotFoundException(name, "it resolves (through a link) to a file outside the template folder");
                return (File.ReadAllText(real, Encoding.UTF8), path);
            }
        }
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + rel)
            ?? throw new TemplateNotFoundException(name, _root is null
                ? "no built-in template has that name"
                : $"it is neither in {_root} nor among the built-in templates");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return (reader.ReadToEnd(), "templates/" + rel);
    }

    /// <summary>The report templates (not partials) available, with their source and first-line description.</summary>
    public IReadOnlyList<ReportTemplateInfo> List()
    {
        var found = new SortedDictionary<string, ReportTemplateInfo>(StringComparer.Ordinal);
        foreach (var res in Assembly.GetManifestResourceNames())
        {
            if (!res.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            var rel = res[ResourcePrefix.Length..];
            if (!IsReportTemplate(rel)) continue;
            var name = rel[..^Extension.Length];
            found[name] = new ReportTemplateInfo(name, "built-in", Describe(Load(name).Text));
        }
        if (_root is not null)
        {
            foreach (var file in Directory.EnumerateFiles(_root, "*" + Extension, SearchOption.TopDirectoryOnly))
            {
                var rel = Path.GetFileName(file);
                if (!IsReportTemplate(rel)) continue;
                var name = rel[..^Extension.Length];
                found[name] = new ReportTemplateInfo(name, _root, Describe(File.ReadAllText(file, Encoding.UTF8)));
            }
        }
        return found.Values.ToArray();
    }

    /// <summary>The names of every partial and block (templates in sub-folders or whose name starts with <c>_</c>).</summary>
    public IReadOnlyList<string> Partials()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var res in Assembly.GetManifestResourceNames())
        {
            if (!res.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            var rel = res[ResourcePrefix.Length..];
            if (rel.EndsWith(Extension, StringComparison.Ordinal) && !IsReportTemplate(rel)) found.Add(rel[..^Extension.Length]);
        }
        if (_root is not null)
        {
            // Linked folders are not walked: a link to '/' would make every listing walk the whole disk.
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(_root, "*" + Extension, options))
            {
                var rel = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
                if (!IsReportTemplate(rel)) found.Add(rel[..^Extension.Length]);
            }
        }
        return found.ToArray();
    }

    private static bool IsReportTemplate(string rel) =>
        rel.EndsWith(Extension, StringComparison.Ordinal) && !rel.Contains('/') && !rel.StartsWith('_');

    /// <summary>The description a template gives in a first-line comment: <c>{{## Báo cáo kết quả … ##}}</c> or <c>{{# … }}</c>.</summary>
    private static string Describe(string text)
    {
        var end = text.IndexOf('\n');
        var first = (end < 0 ? text : text[..end]).Trim();
        if (!first.StartsWith("{{", StringComparison.Ordinal)) return "";
        first = first.TrimStart('{', '~', '-', ' ').TrimEnd('}', '~', '-', ' ');
        return first.StartsWith('#') ? first.Trim('#', ' ') : "";
    }

    private static string ResolveLinks(string path)
    {
        // Resolve every link on the way so a symlinked file or folder cannot lead out of the root.
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null) current = target.FullName;
            }
        }
        return current;
    }
}
