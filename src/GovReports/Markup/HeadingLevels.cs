namespace GovReports.Markup;

/// <summary>What a heading's number of <c>#</c> means in a report (MARKUP.md), for both markup parsers.</summary>
internal static class HeadingLevels
{
    /// <summary>
    /// The level of a heading of <paramref name="hashes"/> <c>#</c>, or <see langword="null"/> when a report gives that many
    /// no meaning. One <c>#</c> right after a part heading is the part's title line.
    /// </summary>
    public static HeadingLevel? Of(int hashes, IReadOnlyList<Block> before) => hashes switch
    {
        1 => before.Count > 0 && before[^1] is Heading { Level: HeadingLevel.Part } ? HeadingLevel.PartTitle : HeadingLevel.Part,
        2 => HeadingLevel.Section,
        3 => HeadingLevel.Clause,
        4 => HeadingLevel.Point,
        _ => null,
    };
}
