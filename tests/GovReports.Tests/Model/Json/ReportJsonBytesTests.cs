using System.Runtime.CompilerServices;
using System.Text;
using FluentAssertions;
using GovReports.Model;
using GovReports.Model.Json;

namespace GovReports.Tests.Model.Json;

public class ReportJsonBytesTests
{
    private static string ExampleData(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "..", "examples", "data", name);

    [Theory]
    [InlineData("001-krong-pa-6-thang-2021.json")]
    [InlineData("002-phong-tho-nq24.json")]
    [InlineData("004-dak-nong-ket-luan-ra-soat.json")]
    public void TryLoad_ExampleFileAsBytes_GivesTheSameReportAsText(string name)
    {
        var path = ExampleData(name);
        ReportJson.TryLoad(File.ReadAllText(path), out var fromText, out _).Should().BeTrue();
        ReportJson.TryLoad(File.ReadAllBytes(path), out var fromBytes, out var errors).Should().BeTrue();

        errors.Should().BeEmpty();
        fromBytes.Should().BeEquivalentTo(fromText, o => o.ComparingRecordsByMembers().RespectingRuntimeTypes());
        ReportJson.Serialize(fromBytes!).Should().Be(ReportJson.Serialize(fromText!));
    }

    [Theory]
    [InlineData("{\n  \"template\": \"t\",\n  \"frame\": { \"type\": 5, \"bogus\": 1 },\n  \"period\": { \"kind\": \"year\", \"year\": \"x\" }\n}")]
    [InlineData("{\n  \"template\": \"Ủy ban\",\n  \"frame\": [1, 2,\n}")]
    public void TryLoad_BrokenFileAsBytes_GivesTheSameErrorsAsText(string json)
    {
        ReportJson.TryLoad(json, out _, out var fromText).Should().BeFalse();
        ReportJson.TryLoad(Encoding.UTF8.GetBytes(json), out var report, out var fromBytes).Should().BeFalse();

        report.Should().BeNull();
        fromText.Should().NotBeEmpty();
        fromBytes.Should().Equal(fromText);
    }

    [Fact]
    public void TryLoad_BytesWithByteOrderMark_GivesTheSameErrorsAsWithout()
    {
        var json = Encoding.UTF8.GetBytes("{\n  \"template\": 3\n}");
        ReportJson.TryLoad(json, out _, out var plain).Should().BeFalse();
        ReportJson.TryLoad([0xEF, 0xBB, 0xBF, .. json], out _, out var withBom).Should().BeFalse();

        plain.Should().NotBeEmpty();
        withBom.Should().Equal(plain);
    }

    [Fact]
    public void Load_BrokenBytes_ThrowsWithTheSameErrorsAsText()
    {
        const string json = "{\n  \"template\": 3\n}";
        var fromText = ((Action)(() => ReportJson.Load(json))).Should().Throw<ReportLoadException>().Which.Errors;
        var fromBytes = ((Action)(() => ReportJson.Load(Encoding.UTF8.GetBytes(json)))).Should().Throw<ReportLoadException>().Which.Errors;

        fromBytes.Should().Equal(fromText);
    }

    [Fact]
    public void TryLoad_DecomposedText_ComposesToNfcOnBothPaths()
    {
        var decomposed = "Ủy ban nhân dân huyện Krông Pa".Normalize(NormalizationForm.FormD);
        var json = "{ \"template\": \"" + decomposed + "\", \"frame\": [] }";
        ReportJson.TryLoad(json, out _, out var fromText).Should().BeFalse();
        ReportJson.TryLoad(Encoding.UTF8.GetBytes(json), out _, out var fromBytes).Should().BeFalse();

        fromBytes.Should().Equal(fromText);
        var loaded = ReportJson.Load(Encoding.UTF8.GetBytes(ReportJson.Serialize(ReportJson.Load(File.ReadAllBytes(ExampleData("002-phong-tho-nq24.json"))) with { Template = decomposed })));
        loaded.Template.Should().Be("Ủy ban nhân dân huyện Krông Pa".Normalize(NormalizationForm.FormC));
        loaded.Template.Should().NotBe(decomposed);
    }

    [Theory]
    [InlineData("{\n  \"template\": \"ab#\"\n}", 2, 15)]
    [InlineData("{\n  \"template\": \"a\\nb#\"\n}", 2, 15)]
    [InlineData("{\n  \"frame\": {},\n  \"te#mplate\": \"x\"\n}", 3, 3)]
    [InlineData("{ \"template\": \"Ủy\", \"frame\": \"\\uD800\" }", 1, 30)]
    public void TryLoad_StringThatIsNotValidText_IsInvalidJsonAtTheString(string json, int line, int column)
    {
        // '#' stands for a byte that cannot start a UTF-8 character.
        var utf8 = Encoding.UTF8.GetBytes(json).Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray();

        ReportJson.TryLoad(utf8, out var report, out var errors).Should().BeFalse();

        report.Should().BeNull();
        errors.Should().Equal(new LoadError("$", line, column, "invalid JSON: a string is not valid UTF-8"));
    }

    [Fact]
    public void TryLoad_RepeatedAndEscapedPropertyNames_ReadAsWritten()
    {
        var json = File.ReadAllText(ExampleData("002-phong-tho-nq24.json"));
        var escaped = json.Replace("\"template\":", "\"t\\u0065mplate\":", StringComparison.Ordinal);
        escaped.Should().NotBe(json);

        ReportJson.TryLoad(Encoding.UTF8.GetBytes(escaped), out var fromEscaped, out _).Should().BeTrue();
        ReportJson.TryLoad(Encoding.UTF8.GetBytes(json), out var plain, out _).Should().BeTrue();

        ReportJson.Serialize(fromEscaped!).Should().Be(ReportJson.Serialize(plain!));
    }
}
