namespace GovReports.Model;

/// <summary>
/// The frame of an administrative document (thể thức văn bản): everything around the body that Nghị định 30/2020
/// lays out in fixed places — issuing body, number and symbol, place and date, type and abstract, recipients,
/// legal bases, signature block and distribution list.
/// </summary>
public sealed record DocumentFrame
{
    /// <summary>The parent body (cơ quan chủ quản), printed above the issuing body; <see langword="null"/> when absent.</summary>
    public string? ParentBody { get; init; }

    /// <summary>The issuing body (cơ quan ban hành), e.g. <c>Ủy ban nhân dân huyện Krông Pa</c>.</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The document type (tên loại), which gives the symbol abbreviation.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The number and symbol (số, ký hiệu), e.g. <c>209/BC-UBND</c>; the number is blank in drafts.</summary>
    public required DocumentNumber Number { get; init; }

    /// <summary>The place name printed before the date (địa danh), e.g. <c>Krông Pa</c>.</summary>
    public required string Place { get; init; }

    /// <summary>The date of issue; drafts may leave the day and/or month blank.</summary>
    public required DocumentDate Date { get; init; }

    /// <summary>The abstract (trích yếu): for a công văn, the text after <c>V/v</c>.</summary>
    public string? Abstract { get; init; }

    /// <summary>The recipients (kính gửi); empty when the document has none.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The legal bases (căn cứ), one per line, printed in italic.</summary>
    public IReadOnlyList<string> LegalBases { get; init; } = [];

    /// <summary>The signature block.</summary>
    public required SignatureBlock Signature { get; init; }

    /// <summary>The distribution list (nơi nhận).</summary>
    public required Distribution Distribution { get; init; }
}

/// <summary>The number and symbol of a document (<c>209/BC-UBND</c>).</summary>
/// <param name="Number">The registration number, or <see langword="null"/> for a draft whose number is left blank.</param>
/// <param name="Symbol">The symbol after the slash (<c>BC-UBND</c>): the type abbreviation and the issuing body's, joined by <c>-</c>.</param>
public sealed record DocumentNumber(int? Number, string Symbol)
{
    /// <summary>The text after <c>Số: </c>: numbers below 10 get a leading zero (<c>05/BC-UBND</c>); a blank number leaves room to write it in (<c>     /BC-UBND</c>).</summary>
    public string Text => Number is { } n
        ? n.ToString(n < 10 ? "00" : "0", System.Globalization.CultureInfo.InvariantCulture) + "/" + Symbol
        : "      /" + Symbol;

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A date of issue; drafts may leave the day and/or the month blank (<c>ngày    tháng 12 năm 2022</c>).</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1–12), or <see langword="null"/> when left blank.</param>
/// <param name="Day">The day of the month, or <see langword="null"/> when left blank.</param>
public sealed record DocumentDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>A complete date.</summary>
    public static DocumentDate Of(NodaTime.LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Whether day and month are both given.</summary>
    public bool IsComplete => Month is not null && Day is not null;

    /// <summary>The date as a NodaTime <see cref="NodaTime.LocalDate"/>, or <see langword="null"/> when day or month is blank.</summary>
    public NodaTime.LocalDate? ToLocalDate() => IsComplete ? new NodaTime.LocalDate(Year, Month!.Value, Day!.Value) : null;
}

/// <summary>An authority prefix in a signature block (Nghị định 30/2020, Phụ lục I).</summary>
public enum AuthorityPrefix
{
    /// <summary>No prefix: the head signs in their own name.</summary>
    None,
    /// <summary><c>TM.</c> — on behalf of a collective (thay mặt).</summary>
    OnBehalfOf,
    /// <summary><c>KT.</c> — a deputy signing for the head (ký thay).</summary>
    SignedFor,
    /// <summary><c>TL.</c> — by order (thừa lệnh).</summary>
    ByOrder,
    /// <summary><c>TUQ.</c> — by delegation (thừa ủy quyền).</summary>
    ByDelegation,
    /// <summary><c>Q.</c> — acting (quyền).</summary>
    Acting,
}

/// <summary>One line of a signature block's authority and position (<c>KT. CHỦ TỊCH</c>).</summary>
/// <param name="Prefix">The authority prefix.</param>
/// <param name="Title">The title after the prefix, upper case (<c>CHỦ TỊCH</c>).</param>
/// <param name="AsWritten">The line exactly as the source document writes it, when it departs from the decree (<c>KT CHỦ TỊCH</c> without the dot); <see langword="null"/> to print the standard form.</param>
public sealed record AuthorityLine(AuthorityPrefix Prefix, string Title, string? AsWritten = null)
{
    /// <summary>The standard abbreviation of <see cref="Prefix"/> with its dot, or an empty string.</summary>
    public string PrefixText => Prefix switch
    {
        AuthorityPrefix.OnBehalfOf => "TM.",
        AuthorityPrefix.SignedFor => "KT.",
        AuthorityPrefix.ByOrder => "TL.",
        AuthorityPrefix.ByDelegation => "TUQ.",
        AuthorityPrefix.Acting => "Q.",
        _ => "",
    };

    /// <summary>The line as printed.</summary>
    public string Text => AsWritten ?? (Prefix == AuthorityPrefix.None ? Title : PrefixText + " " + Title);
}

/// <summary>The signature block (quyền hạn, chức vụ, họ tên người ký).</summary>
public sealed record SignatureBlock
{
    /// <summary>Authority and position lines, top to bottom (<c>TM. ỦY BAN NHÂN DÂN</c>, <c>KT. CHỦ TỊCH</c>, <c>PHÓ CHỦ TỊCH</c>).</summary>
    public required IReadOnlyList<AuthorityLine> Lines { get; init; }

    /// <summary>The signer's full name.</summary>
    public required string Signer { get; init; }
}

/// <summary>One entry of the distribution list (<c>- Sở Công thương (b/c);</c>).</summary>
/// <param name="Name">The recipient.</param>
/// <param name="Note">A note printed in brackets after the name, such as <c>b/c</c>; <see langword="null"/> for none.</param>
public sealed record DistributionItem(string Name, string? Note = null)
{
    /// <summary>The item as printed without its leading dash and trailing punctuation.</summary>
    public string Text => Note is null ? Name : $"{Name} ({Note})";
}

/// <summary>The distribution list (nơi nhận): the recipients, then the archive line <c>Lưu: VT, …</c>.</summary>
public sealed record Distribution
{
    /// <summary>The recipients, in order.</summary>
    public IReadOnlyList<DistributionItem> Items { get; init; } = [];

    /// <summary>The archive line's units after <c>Lưu: </c> (<c>VT, LĐTBXH</c>).</summary>
    public required string Archive { get; init; }
}
