using FluentAssertions;
using GovReports.Markup;
using GovReports.Word;

namespace GovReports.Tests.Word;

public sealed class DocxValidityTests
{
    public static TheoryData<string> Inputs => new() { "seed001", "full", "letter", "draft" };

    internal static ReportDocument Load(string name) => name switch
    {
        "seed001" => Samples.Seed001(),
        "full" => ReportMarkup.Parse(Samples.Full, "full.md"),
        "letter" => ReportMarkup.Parse(Samples.Letter, "letter.md"),
        "draft" => ReportMarkup.Parse(Samples.Draft, "draft.md"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_Sample_PassesOpenXmlValidator(string name)
    {
        var file = new DocxFile(new DocxWriter().ToBytes(Load(name)));
        var errors = file.Validate();
        errors.Should().BeEmpty(DocxFile.Describe(errors));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Write_SameInputTwice_ByteIdentical(string name)
    {
        var first = new DocxWriter().ToBytes(Load(name));
        var second = new DocxWriter().ToBytes(Load(name));
        second.Should().Equal(first);
    }
}
