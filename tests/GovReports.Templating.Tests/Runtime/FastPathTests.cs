using FluentAssertions;
using GovReports.Templating.Functions;

namespace GovReports.Templating.Tests.Runtime;

/// <summary>The engine's shortcuts (builtin lookups, for.changed on plain objects, reused argument storage) give the answers of the general paths.</summary>
public sealed class FastPathTests
{
    private sealed class Row
    {
        public required string Name { get; init; }

        public required bool Active { get; init; }
    }

    private sealed class SameRow
    {
        public required int Key { get; init; }

        public override bool Equals(object? obj) => obj is SameRow other && other.Key == Key;

        public override int GetHashCode() => Key;
    }

    [Fact]
    public void IsBuiltinName_EveryName_MatchesTheBuiltinObject()
    {
        BuiltinFunctions.Shared.Keys.Should().OnlyContain(name => BuiltinFunctions.IsBuiltinName(name));
        BuiltinFunctions.IsBuiltinName("mathematics").Should().BeFalse();
        BuiltinFunctions.IsBuiltinName("items").Should().BeFalse();
    }

    [Fact]
    public void Render_HostScopeNamedLikeBuiltin_HidesTheBuiltin()
    {
        var globals = new ScriptObject { ["math"] = new ScriptObject { ["format"] = "host" } };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ math.format }}").Render(context).Should().Be("host");
    }

    [Fact]
    public void Render_BuiltinNameAddedAfterFirstLookup_HidesTheBuiltinFromThen()
    {
        var globals = new ScriptObject();
        globals.Import("peek", new Func<string>(() => "x"));
        var context = new TemplateContext();
        context.PushGlobal(globals);
        var template = Template.Parse("{{ object.typeof @math.abs }}");
        template.Render(context).Should().Be("function");

        globals.Add("math", new ScriptObject { ["abs"] = "hidden" });

        template.Render(context).Should().Be("string");
    }

    [Fact]
    public void Render_ParameterAndWithScopeNamedLikeBuiltin_HideTheBuiltin()
    {
        var template = Template.Parse(
            "{{ func f(string); ret string; end; f 'p' }}|{{ with {date: 'w'} }}{{ date }}{{ end }}|{{ string.upcase 'b' }}");

        template.Render(new TemplateContext()).Should().Be("p|w|B");
    }

    [Fact]
    public void Render_IncludeNamedArgumentNamedLikeBuiltin_HidesTheBuiltin()
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("{{ html }}") };

        Template.Parse("{{ include 'x' html: 'named' }}").Render(context).Should().Be("named");
    }

    [Theory]
    [InlineData("1234.5", "N2")]
    [InlineData("-7", "N2")]
    [InlineData("1e21", "N3")]
    [InlineData("0.1", "0.000")]
    [InlineData("4000000000", "N0")]
    [InlineData("12.345", "")]
    public void Render_PrintedMathFormatOfNumber_MatchesTheValueItReturns(string number, string format)
    {
        var template = Template.Parse("{{ x = " + number + " }}{{ x | math.format '" + format + "' }}|{{ y = x | math.format '" + format + "'; y }}");

        var parts = template.Render(new TemplateContext()).Split('|');

        parts[0].Should().Be(parts[1]).And.NotBeEmpty();
    }

    [Fact]
    public void Render_PrintedMathFormatOfDecimalMember_UsesTheCurrentCulture()
    {
        var globals = new ScriptObject { ["amount"] = 1234.5m };
        var context = new TemplateContext();
        context.PushGlobal(globals);
        context.PushCulture(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

        Template.Parse("{{ amount | math.format 'N2' }}").Render(context).Should().Be("1.234,50");
    }

    [Fact]
    public void Render_PrintedMathFormatWithLineBreakInBlock_IsIndentedLikeOtherText()
    {
        var template = Template.Parse("  {{ if true }}\n{{ 12 | math.format \"0\\n0\" }}\n{{ end }}");
        var viaString = Template.Parse("  {{ if true }}\n{{ y = 12 | math.format \"0\\n0\"; y }}\n{{ end }}");

        template.Render(new TemplateContext()).Should().Be(viaString.Render(new TemplateContext()));
    }

    [Fact]
    public void Render_PrintedMathFormatWithBadFormat_ReportsTheFormatError()
    {
        var printed = () => Template.Parse("{{ 1.5 | math.format 'X4' }}").Render(new TemplateContext());
        var measured = () => Template.Parse("{{ 1.5 | math.format 'X4' | string.size }}").Render(new TemplateContext());

        var expected = measured.Should().Throw<ScriptRuntimeException>().Which.Message;
        printed.Should().Throw<ScriptRuntimeException>().Which.Message.Should().Be(expected).And.StartWith("<input>(1,10)");
    }

    [Fact]
    public void Render_PrintedMathFormatPastLimitToString_IsRefused()
    {
        var render = () => Template.Parse("{{ 123456789 | math.format 'N0' }}").Render(new TemplateContext { LimitToString = 5 });

        render.Should().Throw<ScriptRuntimeException>().WithMessage("*LimitToString*");
    }

    [Fact]
    public void Render_PrintedMathFormatOfHostMath_CallsTheHostFunction()
    {
        var math = new ScriptObject();
        math.Import("format", new Func<object, string, string>((value, format) => "host:" + format));
        var globals = new ScriptObject { ["math"] = math };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ 1.5 | math.format 'N2' }}").Render(context).Should().Be("host:N2");
    }

    [Theory]
    [InlineData("{{ for x in [1, 2] }}{{ x }}{{ x = x * 10 }}{{ x }},{{ end }}", "110,220,")]
    [InlineData("{{ for x in [1, 2] }}{{ with {x: 'w'} }}{{ x }}{{ end }}{{ x }},{{ end }}", "w1,w2,")]
    [InlineData("{{ for x in [1, 2] }}{{ for x in ['a'] }}{{ x }}{{ end }}{{ x }},{{ end }}{{ x }}", "a1,a2,")]
    [InlineData("{{ for x in [1, 2] }}{{ for $y in ['a'] }}{{ x }}{{ $y }}{{ end }},{{ end }}", "1a,2a,")]
    [InlineData("{{ func f; ret x * 2; end }}{{ for x in [1, 2] }}{{ f }},{{ end }}", "2,4,")]
    [InlineData("{{ for x in [1, 2] }}{{ include 'x' x: 'p' }}{{ x }},{{ end }}", "p1,p2,")]
    public void Render_LoopVariableHiddenOrChangedInTheBody_ReadsTheCurrentValue(string text, string expected)
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("{{ x }}") };

        Template.Parse(text).Render(context).Should().Be(expected);
    }

    [Fact]
    public void Render_LoopVariableReplacedByHostFunction_ReadsTheReplacement()
    {
        var globals = new ScriptObject();
        globals.Import("replace", new Action(() => globals["x"] = "host"));
        globals.Import("drop", new Action(() => globals.Remove("x")));
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ for x in [1, 2] }}{{ x }}{{ replace }}{{ x }}{{ drop }}[{{ x }}],{{ end }}").Render(context).Should().Be("1host[],2host[],");
    }

    [Fact]
    public void Render_ModuleMemberChangedByHostBetweenRenders_ReadsTheChange()
    {
        var module = new ScriptObject { IsBuiltinModule = true };
        module["f"] = "a";
        var globals = new ScriptObject { ["m"] = module };
        var template = Template.Parse("{{ m.f }}|{{ m?.g }}");
        string Render()
        {
            var context = new TemplateContext();
            context.PushGlobal(globals);
            return template.Render(context);
        }

        var first = Render();
        module["f"] = "b";
        module["g"] = "c";
        var second = Render();
        module.Remove("f");
        var third = Render();

        new[] { first, second, third }.Should().Equal("a|", "b|c", "|c");
    }

    [Fact]
    public void Render_SharedLoopTemplateOnManyThreads_EachRenderReadsItsOwnItems()
    {
        var template = Template.Parse("{{ for r in rows }}{{ r.name }}={{ if r.active }}{{ r.amount | math.format 'N1' }}{{ else }}-{{ end }};{{ end }}");
        string Render(int seed)
        {
            var globals = new ScriptObject();
            globals.Import(new { rows = Enumerable.Range(0, 50).Select(i => new { name = "n" + (seed + i), active = (seed + i) % 3 != 0, amount = seed + (i * 0.25m) }).ToArray() });
            var context = new TemplateContext();
            context.PushGlobal(globals);
            return template.Render(context);
        }

        var expected = Enumerable.Range(0, 16).Select(Render).ToArray();

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4).Select(i => (i, Text: Render(i % 16))).ToArray();

        results.Should().OnlyContain(r => r.Text == expected[r.i % 16]);
        expected[1].Should().StartWith("n1=1.0;n2=1.3;n3=-;");
    }

    [Fact]
    public void Render_NestedLoopsChangingTheirSource_EachIteratesItsOwnCopy()
    {
        var template = Template.Parse("{{ a = [1, 2, 3] }}{{ for x in a }}{{ a[2] = 9 }}{{ x }}{{ for y in a }}{{ y }}{{ end }},{{ end }}");

        template.Render(new TemplateContext()).Should().Be("1129,2129,3129,");
    }

    [Fact]
    public void Render_AfterALoopThatFailed_LoopsOverTheirOwnItems()
    {
        var failing = () => Template.Parse("{{ for x in [1, 2, 3] }}{{ for y in ['a', 'b'] }}{{ z = null; z.w }}{{ end }}{{ end }}").Render(new TemplateContext());
        failing.Should().Throw<ScriptRuntimeException>();

        Template.Parse("{{ for x in [4, 5] }}{{ x }}{{ for y in [6] }}{{ y }}{{ end }}{{ end }}").Render(new TemplateContext()).Should().Be("4656");
    }

    [Fact]
    public void Render_ForChangedOverPlainObjects_UsesTheirEquals()
    {
        var rows = new object[] { new SameRow { Key = 1 }, new SameRow { Key = 1 }, new SameRow { Key = 2 }, new Row { Name = "r", Active = true } };
        var globals = new ScriptObject { ["rows"] = rows };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ for r in rows }}{{ for.changed }} {{ end }}").Render(context).Should().Be("true false true true ");
    }

    [Fact]
    public void Render_ForChangedOverLists_ComparesItems()
    {
        Template.Parse("{{ for x in [[1, 2], [1, 2], [1, 3], 'a', 'a'] }}{{ for.changed }} {{ end }}")
            .Render(new TemplateContext())
            .Should().Be("true false true true false ");
    }

    [Fact]
    public void Render_NestedCallsWithSameArgumentCount_KeepTheirOwnArguments()
    {
        var globals = new ScriptObject();
        globals.Import("pair", new Func<string, string, string>((a, b) => a + "+" + b));
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ pair (pair 'a' 'b') (pair 'c' (pair 'd' 'e')) }}").Render(context).Should().Be("a+b+c+d+e");
    }

    [Fact]
    public void Render_BoolMemberOfPlainObject_ReadsAsBool()
    {
        var globals = new ScriptObject();
        globals.Import(new { rows = new[] { new Row { Name = "a", Active = true }, new Row { Name = "b", Active = false } } });
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ for r in rows }}{{ r.name }}={{ r.active }},{{ r.active == true }};{{ end }}").Render(context)
            .Should().Be("a=true,true;b=false,false;");
    }

    [Fact]
    public void Render_AfterRendersWithIncludesCapturesAndAnError_StartsFromEmptyOutput()
    {
        var loader = new OneTemplateLoader("inner{{ capture c }}captured{{ end }}{{ c }}");
        Template.Parse("first {{ include 'x' }} {{ include 'x' }}").Render(new TemplateContext { TemplateLoader = loader })
            .Should().Be("first innercaptured innercaptured");
        var failing = () => Template.Parse("partial {{ include 'x' }}{{ y = null; y.z }}").Render(new TemplateContext { TemplateLoader = loader });
        failing.Should().Throw<ScriptRuntimeException>();

        Template.Parse("second {{ include 'x' }}").Render(new TemplateContext { TemplateLoader = loader }).Should().Be("second innercaptured");
    }

    [Fact]
    public void Render_ManyThreadsSharingTemplates_EachGetsItsOwnOutput()
    {
        var loader = new OneTemplateLoader("[{{ n }}]");
        var template = Template.Parse("{{ for i in 1..20 }}{{ include 'x' n: i }}{{ end }}");
        var expected = string.Concat(Enumerable.Range(1, 20).Select(i => "[" + i + "]"));

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => template.Render(new TemplateContext { TemplateLoader = loader }))
            .ToArray();

        results.Should().AllBe(expected);
    }

    [Fact]
    public void Render_ForOverTypedListsAndArrays_ReadsItemsInOrderAsTemplateValues()
    {
        var globals = new ScriptObject
        {
            ["shorts"] = new List<short> { 3, 1, 2 },
            ["days"] = new[] { DayOfWeek.Monday, DayOfWeek.Friday },
            ["names"] = new System.Collections.ObjectModel.ReadOnlyCollection<string>(["a", "b"]),
        };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ for s in shorts }}{{ s + 1 }}{{ object.typeof s }},{{ end }}|{{ for d in days }}{{ d }},{{ end }}|{{ for n in names reversed }}{{ n }}{{ end }}")
            .Render(context)
            .Should().Be("4number,2number,3number,|Monday,Friday,|ba");
    }

    [Fact]
    public void Render_IncludeNamedArgument_VisibleInFunctionsCalledFromTheIncludeOnly()
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("{{ func f; ret n; end; f }}") };

        Template.Parse("{{ include 'x' n: 5 }}[{{ n }}]{{ include 'x' n: 6 }}").Render(context).Should().Be("5[]6");
    }

    [Fact]
    public void Render_PipesIntoCallsNestedInArgumentsAndTargets_PassEachValueToItsOwnCall()
    {
        var template = Template.Parse("{{ 'a' | string.append ('b' | string.append 'c') | string.upcase }}|{{ [1, 2] | array.join ('-' | string.append '+') }}");

        template.Render(new TemplateContext()).Should().Be("ABC|1-+2");
    }

    public sealed class Mixed
    {
        public object Boxed { get; init; } = DayOfWeek.Sunday;

        public IComparable Comparable { get; init; } = (short)7;

        public DayOfWeek Day { get; init; } = DayOfWeek.Tuesday;

        public short Small { get; init; } = 3;

        public System.Text.Json.Nodes.JsonNode? Node { get; init; } = System.Text.Json.Nodes.JsonValue.Create(4);

        public System.Text.Json.JsonElement Element { get; init; } = System.Text.Json.JsonDocument.Parse("\"e\"").RootElement;

        public string Text { get; init; } = "t";
    }

    [Fact]
    public void Render_MembersOfEnumBoxedAndJsonTypes_ReadAsTemplateValues()
    {
        var globals = new ScriptObject { ["m"] = new Mixed() };
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ m.boxed }} {{ m.comparable + 1 }} {{ m.day }} {{ m.small + 1 }} {{ m.node + 1 }} {{ m.element }} {{ m.text }} {{ object.typeof m.day }}")
            .Render(context)
            .Should().Be("Sunday 8 Tuesday 4 5 e t string");
    }

    [Theory]
    [InlineData("[{{ include 'x' }}]", "[a\n b \t\n]")]
    [InlineData("[{{ include 'x' | string.rstrip }}]", "[a\n b]")]
    [InlineData("[{{ include('x') | string.rstrip | string.upcase }}]", "[A\n B]")]
    [InlineData("[{{ include 'x' | string.size }}]", "[7]")]
    [InlineData("  {{ include 'x' | string.rstrip }}", "  a\n   b")]
    [InlineData("  {{ include 'x' }}|", "  a\n   b \t\n|")]
    public void Render_IncludePrinted_WritesTheTextTheIncludeReturns(string text, string expected)
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("a\n b \t\n") };

        Template.Parse(text).Render(context).Should().Be(expected);
    }

    [Fact]
    public void Render_IncludePipedToStringParameter_CallsTheParameterNotTheBuiltin()
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("a ") };
        var template = Template.Parse("{{ func f(string)\n include 'x' | string.rstrip\nend\nf {rstrip: @string.upcase} }}|");

        template.Render(context).Should().Be("A |");
    }

    [Fact]
    public void Render_PrintedIncludeOverOutputLimit_ReportsTheIncludeStatement()
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("0123456789   "), LimitToString = 14 };

        var render = () => Template.Parse("0123\n{{ include 'x' | string.rstrip }}").Render(context);

        render.Should().Throw<ScriptRuntimeException>().WithMessage("<input>(2,4) : error : The output exceeds LimitToString `14`");
    }

    [Fact]
    public void Render_FunctionCallsInARow_SeeNoAssignmentOfAnEarlierCall()
    {
        var template = Template.Parse(
            "{{ func f(a, b = 'd')\n  if a == 1\n    left = 'x'\n  end\n  ret (left ?? '-') + a + b\nend\nf 1 }},{{ f 2 'e' }},{{ f 3 }}");

        template.Render(new TemplateContext()).Should().Be("x1d,-2e,-3d");
    }

    [Fact]
    public void Render_FunctionReturnsItsScope_KeepsItAfterLaterCalls()
    {
        var template = Template.Parse(
            "{{ func keep(v)\n  ret this\nend\nfunc other(v)\n  ret v\nend\nk = keep 'kept'\nother 'overwritten'\nother 'again' }}|{{ k.v }}");

        template.Render(new TemplateContext()).Should().Be("overwrittenagain|kept");
    }

    [Fact]
    public void Render_HostTakesAFunctionsScope_KeepsItAfterLaterCalls()
    {
        ScriptObject? taken = null;
        var globals = new ScriptObject();
        globals.Import("take", new Func<TemplateContext, string>(context =>
        {
            taken = context.CurrentGlobal;
            return "";
        }));
        var context = new TemplateContext();
        context.PushGlobal(globals);

        Template.Parse("{{ func f(v)\n  take\nend\nfunc g(v)\n  ret v\nend\nf 'mine'\ng 'other' }}").Render(context);

        taken!["v"].Should().Be("mine");
    }

    [Fact]
    public void Render_LoopOverAFunctionsParameterScope_ReadsTheCurrentCallsItems()
    {
        var template = Template.Parse(
            "{{ func each(items)\n  for x in items\n    x\n  end\nend\neach [1, 2] }}/{{ each ['a', 'b'] }}/{{ x }}");

        template.Render(new TemplateContext()).Should().Be("12/ab/");
    }

    [Fact]
    public void Render_CallsInARowAndNested_SeeOnlyTheirOwnLocalsAndArguments()
    {
        var template = Template.Parse(
            "{{ func f\n  if $0 == 1\n    $seen = 'x'\n  end\n  ret ($seen ?? '-') + $0 + ($1 ?? '') + $.size\nend\n"
            + "func outer\n  $mine = $0\n  $inner = f 5 'n'\n  ret $mine + '/' + $inner + '/' + $0\nend }}"
            + "{{ f 1 }},{{ f 2 'b' }},{{ outer 'o' }},{{ f 3 }}");

        template.Render(new TemplateContext()).Should().Be("x11,-2b2,o/-5n2/o,-31");
    }

    [Theory]
    [InlineData("{{ for x in 1..3 }}{{ for.index }}{{ for.rindex }}{{ for.length }} {{ end }}", "023 113 203 ")]
    [InlineData("{{ r.small + 1 }} {{ r.big + 1 }} {{ r.negative - 1 }}", "8 1025 -3")]
    public void Render_IntsFromLoopsAndMembers_ReadAsTheirValues(string text, string expected)
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["r"] = new Ints() });

        Template.Parse(text).Render(context).Should().Be(expected);
    }

    public sealed class Ints
    {
        public int Small { get; init; } = 7;

        public int Big { get; init; } = 1024;

        public int Negative { get; init; } = -2;
    }

    [Theory]
    [InlineData("{{ 'abcdefghijklmnop' }}")]
    [InlineData("abcdefgh{{ 'ijklmnop' }}")]
    [InlineData("abc{{ include 'x' }}")]
    public void Render_PrintedIncludeWritingOverLimit_FailsWhereTheIncludeAsAValueFails(string partial)
    {
        var loader = new OneTemplateLoader(partial);

        var printed = () => Template.Parse("0123456789\n{{ include 'x' }}").Render(new TemplateContext { TemplateLoader = loader, LimitToString = 14, RecursiveLimit = 3 });
        var asValue = () => Template.Parse("0123456789\n{{ y = include 'x' }}{{ y }}").Render(new TemplateContext { TemplateLoader = loader, LimitToString = 14, RecursiveLimit = 3 });

        var expected = asValue.Should().Throw<ScriptRuntimeException>().Which.Message;
        printed.Should().Throw<ScriptRuntimeException>().WithMessage(expected);
    }

    [Fact]
    public void Render_PrintedIncludesWithinLimitOnTheirOwn_CheckTheWholeOutputAfterEach()
    {
        var context = new TemplateContext { TemplateLoader = new OneTemplateLoader("abcdefgh"), LimitToString = 14 };

        var render = () => Template.Parse("{{ include 'x' }}\n{{ include 'x' }}").Render(context);

        render.Should().Throw<ScriptRuntimeException>().WithMessage("<input>(2,4) : error : The output exceeds LimitToString `14`");
    }

    [Theory]
    [InlineData("'a' + 1 + 2 + 'b'")]
    [InlineData("1 + 2 + 'a' + 3")]
    [InlineData("[1] + [2] + 'x' + [3]")]
    [InlineData("null + 'a' + null + 1.5")]
    [InlineData("'a' + [1, 2] + 3")]
    [InlineData("1 + 2 + 3.5 + 4")]
    [InlineData("[1] + [2] + [3]")]
    public void Render_ChainOfAdditions_GivesWhatAdditionsOneAtATimeGive(string chain)
    {
        var terms = chain.Split(" + ");
        var stepwise = "{{ x = " + terms[0] + "\n" + string.Concat(terms.Skip(1).Select(t => "x = x + " + t + "\n")) + "x }}";

        var expected = Template.Parse(stepwise).Render(new TemplateContext());

        Template.Parse("{{ " + chain + " }}").Render(new TemplateContext()).Should().Be(expected).And.NotBeEmpty();
    }

    [Fact]
    public void Render_ChainOfAdditionsOverLimit_ReportsTheStepThatGrewTooLong()
    {
        var context = new TemplateContext { LimitToString = 5 };

        var render = () => Template.Parse("{{ 'ab' + 'cd' + 'ef' + 'gh' }}").Render(context);

        render.Should().Throw<ScriptRuntimeException>().WithMessage("<input>(1,4) : error : The result would be 6 characters long, more than LimitToString `5`");
    }

    private sealed class OneTemplateLoader(string text) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Parsing.SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, Parsing.SourceSpan callerSpan, string templatePath) => text;
    }
}
