using GovReports.Model;
using GovReports.Templating;

namespace GovReports.Rendering;

/// <summary>One thing a template refers to that nothing provides.</summary>
/// <param name="Template">The template file (<c>templates/program-report.sbn</c>).</param>
/// <param name="Kind"><c>variable</c> or <c>function</c>.</param>
/// <param name="Name">The name as the template writes it (<c>vn.mony</c>).</param>
public sealed record LintMessage(string Template, string Kind, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"{Template}: unknown {Kind} `{Name}`";
}

/// <summary>Finds names a template uses that neither the report model, the <c>vn</c> functions nor the builtins provide.</summary>
internal static class TemplateLinter
{
    private static readonly HashSet<string> ModelNames = ModelGlobals();
    private static readonly HashSet<string> BuiltinNames = [.. TemplateContext.BuiltinNames];

    public static IReadOnlyList<LintMessage> Lint(ReportRenderer renderer, TemplateStore store, string templateName)
    {
        var messages = new List<LintMessage>();
        var names = new List<string> { templateName };
        // Blocks and partials run in the same context as the report template, often under computed names.
        names.AddRange(store.Partials());
        var referenced = names.Select(n => renderer.GetTemplate(n)).Select(t => (t, t.GetReferencedNames())).ToList();
        var defined = new HashSet<string>(referenced.SelectMany(r => r.Item2.Defined), StringComparer.Ordinal);
        foreach (var (template, refs) in referenced)
        {
            var path = template.SourcePath ?? templateName;
            foreach (var v in refs.Variables)
            {
                if (v.StartsWith('$') || ModelNames.Contains(v) || BuiltinNames.Contains(v) || defined.Contains(v) || v is "vn" or "for" or "while") continue;
                messages.Add(new LintMessage(path, "variable", v));
            }
            foreach (var f in refs.Functions)
            {
                var root = f.Split('.')[0];
                var known = root switch
                {
                    "vn" => f.Length > 3 && VnFunctions.Names.Contains(f[3..]),
                    _ => BuiltinNames.Contains(root) || defined.Contains(root) || ModelNames.Contains(root) || root.StartsWith('$'),
                };
                if (!known) messages.Add(new LintMessage(path, "function", f));
            }
        }
        return messages.Distinct().ToArray();
    }

    private static HashSet<string> ModelGlobals()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in typeof(Report).GetProperties())
            set.Add(StandardMemberRenamer.Default(p));
        return set;
    }
}
