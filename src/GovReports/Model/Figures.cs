namespace GovReports.Model;

/// <summary>An amount of money as a document states it (số tiền): an exact value and, when the document prints something else, the text as written.</summary>
/// <remarks>Seed 002 states a loan amount <c>125.1635 triệu đồng</c>, which is not a valid Vietnamese amount; the data keeps it in <see cref="AsWritten"/> with no <see cref="Value"/>, the document prints it as written, and the checker reports it.</remarks>
public sealed record Amount
{
    /// <summary>The exact amount, or <see langword="null"/> when the document's figure is not a valid amount.</summary>
    public Money? Value { get; init; }

    /// <summary>The text the document prints in place of the formatted value (<c>125.1635 triệu đồng</c>); <see langword="null"/> to print <see cref="Value"/>.</summary>
    public string? AsWritten { get; init; }

    /// <summary>An amount with an exact value.</summary>
    public static Amount Of(Money value) => new() { Value = value };

    /// <summary>An amount kept only as the document writes it.</summary>
    public static Amount Written(string asWritten) => new() { AsWritten = asWritten };

    /// <summary>An amount with an exact value.</summary>
    public static implicit operator Amount(Money value) => Of(value);
}

/// <summary>A measured quantity with its unit as printed (<c>45.390 kg</c>, <c>3.026 khẩu</c>).</summary>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit as printed (<c>kg</c>, <c>khẩu</c>, <c>lớp</c>).</param>
public sealed record Quantity(decimal Value, string Unit);

/// <summary>A reference to another document (văn bản): <c>Quyết định số 235/QĐ-UBND ngày 12/5/2021 của UBND huyện</c>.</summary>
public sealed record DocumentReference
{
    /// <summary>The document type (Kế hoạch, Quyết định, Nghị quyết…).</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The number and symbol as written (<c>235/QĐ-UBND</c>); <see langword="null"/> when the text gives none.</summary>
    public string? Number { get; init; }

    /// <summary>The date of issue, when known.</summary>
    public DocumentDate? Date { get; init; }

    /// <summary>The issuing body (<c>UBND tỉnh Lai Châu</c>), when the text names it.</summary>
    public string? Issuer { get; init; }

    /// <summary>What the document is about (trích yếu), when the text gives it.</summary>
    public string? Subject { get; init; }
}
