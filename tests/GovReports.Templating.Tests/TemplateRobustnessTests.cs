using FluentAssertions;
using GovReports.Templating.Tests.Conformance;

namespace GovReports.Templating.Tests;

public sealed class TemplateRobustnessTests
{
    private const string Noise = "{}[]()|.$\"'-~#;,:=+*/%!?@^\n ";

    [Fact]
    public void ParseAndRender_MutatedTemplates_OnlyReportTemplateErrors()
    {
        var templates = ConformanceCases.Cases.Values.Select(c => c.Template).ToArray();
        var random = new Random(20251121);
        var unexpected = new List<string>();

        for (var n = 0; n < 3000; n++)
        {
            var chars = templates[random.Next(templates.Length)].ToList();
            for (var m = random.Next(1, 4); m > 0 && chars.Count > 0; m--)
            {
                var p = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.RemoveAt(p);
                        break;
                    case 1:
                        chars.Insert(p, Noise[random.Next(Noise.Length)]);
                        break;
                    default:
                        var q = random.Next(chars.Count);
                        (chars[p], chars[q]) = (chars[q], chars[p]);
                        break;
                }
            }

            var text = new string(chars.ToArray());
            try
            {
                var template = Template.Parse(text);
                if (!template.HasErrors)
                {
                    template.Render(new TemplateContext { LoopLimit = 200 });
                }
            }
            catch (ScriptRuntimeException)
            {
                // Runtime errors are the documented way a valid template fails.
            }
            catch (Exception ex)
            {
                unexpected.Add(ex.GetType().Name + ": " + ex.Message + " <- " + text);
            }
        }

        unexpected.Should().BeEmpty();
    }
}
