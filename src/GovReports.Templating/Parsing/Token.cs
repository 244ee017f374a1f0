namespace GovReports.Templating.Parsing;

internal enum TokenKind : byte
{
    Eof,
    Raw,
    Escape,
    CodeEnter,
    CodeExit,
    NewLine,
    SemiColon,
    Identifier,
    LocalIdentifier,
    Integer,
    Float,
    String,
    InterpolatedString,
    Comma,
    Colon,
    Dot,
    QuestionDot,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    OpenBrace,
    CloseBrace,
    Plus,
    Minus,
    Star,
    Slash,
    DoubleSlash,
    Percent,
    Equal,
    EqualEqual,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Not,
    Pipe,
    Ampersand,
    DoubleQuestion,
    QuestionExclaim,
    Question,
    DotDot,
    DotDotLess,
    TripleDot,
    PlusPlus,
    MinusMinus,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    DoubleQuestionEqual,
    ShiftLeft,
    ShiftRight,
    At,
    Caret,
    Invalid,
}

/// <summary>Whitespace trimming requested by a block marker.</summary>
internal enum TrimKind : byte
{
    None,
    Full,
    Line,
}

internal struct Token
{
    public TokenKind Kind;
    public TrimKind Trim;
    public bool SpaceBefore;
    public TextPosition Start;
    public TextPosition End;

    /// <summary>Content range for raw/escape tokens after whitespace trimming.</summary>
    public int ContentStart;
    public int ContentEnd;

    public object? Value;

    public override readonly string ToString() => Kind.ToString();
}

/// <summary>A token array with its used length.</summary>
internal readonly struct TokenList
{
    public TokenList(Token[] items, int count)
    {
        Items = items;
        Count = count;
    }

    public Token[] Items { get; }

    public int Count { get; }
}
