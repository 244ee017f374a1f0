using System.Globalization;
using System.Numerics;
using System.Text;

namespace GovReports.Templating.Parsing;

/// <summary>Splits template text into raw text, block markers and code tokens.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly string _file;
    private readonly List<LogMessage> _errors;
    private Token[] _tokens;
    private int _count;
    private readonly int _limit;
    private int _pos;
    private int _line;
    private int _col;
    private int _braceDepth;
    private bool _spaceBefore;

    private Lexer(string text, string file, List<LogMessage> errors, int start, TextPosition startPos, int limit, Token[]? buffer)
    {
        _text = text;
        _file = file;
        _errors = errors;
        _tokens = buffer ?? new Token[Math.Max(16, (limit - start) / 6)];
        _pos = start;
        _line = startPos.Line;
        _col = startPos.Column;
        _limit = limit;
        _nameTable = _names ??= new string?[1024];
    }

    [ThreadStatic]
    private static Token[]? _cachedBuffer;

    /// <summary>Tokenizes a template; the returned buffer is reused by the next call on the same thread.</summary>
    public static TokenList Tokenize(string text, string file, List<LogMessage> errors)
    {
        var lexer = new Lexer(text, file, errors, 0, default, text.Length, _cachedBuffer);
        lexer.LexTemplate();
        lexer.ApplyTrims();
        if (lexer._tokens.Length <= 1 << 16)
        {
            _cachedBuffer = lexer._tokens;
        }

        return new TokenList(lexer._tokens, lexer._count);
    }

    /// <summary>Tokenizes a code-only fragment (interpolation holes, <c>object.eval</c>).</summary>
    public static TokenList TokenizeCode(string text, string file, List<LogMessage> errors, int start, TextPosition startPos, int limit)
    {
        var lexer = new Lexer(text, file, errors, start, startPos, limit, null);
        lexer.LexCode(codeOnly: true);
        lexer.AddToken(TokenKind.Eof, lexer.Pos, lexer.Pos);
        return new TokenList(lexer._tokens, lexer._count);
    }

    private void Add(in Token token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_count++] = token;
    }

    private TextPosition Pos => new(_pos, _line, _col);

    private char C(int offset = 0)
    {
        var i = _pos + offset;
        return i < _limit ? _text[i] : '\0';
    }

    private void Advance()
    {
        if (_text[_pos] == '\n')
        {
            _line++;
            _col = 0;
        }
        else
        {
            _col++;
        }

        _pos++;
    }

    private void AdvanceTo(int target)
    {
        var span = _text.AsSpan(_pos, target - _pos);
        var lastNewLine = span.LastIndexOf('\n');
        if (lastNewLine >= 0)
        {
            _line += span.Count('\n');
            _col = span.Length - lastNewLine - 1;
        }
        else
        {
            _col += span.Length;
        }

        _pos = target;
    }

    private void Advance(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Advance();
        }
    }

    private void AddToken(TokenKind kind, TextPosition start, TextPosition end, object? value = null, TrimKind trim = TrimKind.None)
    {
        Add(new Token
        {
            Kind = kind,
            Start = start,
            End = end,
            Value = value,
            Trim = trim,
            SpaceBefore = _spaceBefore,
            ContentStart = start.Offset,
            ContentEnd = end.Offset,
        });
        _spaceBefore = false;
    }

    private void Error(TextPosition at, string message)
    {
        _errors.Add(new LogMessage(ParserMessageType.Error, new SourceSpan(_file, at, at), message));
    }

    private int EscapePercentCount()
    {
        if (C() != '{' || C(1) != '%')
        {
            return 0;
        }

        var k = 1;
        while (C(k) == '%')
        {
            k++;
        }

        return C(k) == '{' ? k - 1 : 0;
    }

    private void LexTemplate()
    {
        while (_pos < _limit)
        {
            var start = Pos;
            while (_pos < _limit)
            {
                var next = _text.IndexOf('{', _pos, _limit - _pos);
                AdvanceTo(next < 0 ? _limit : next);
                if (_pos >= _limit || C(1) == '{' || EscapePercentCount() > 0)
                {
                    break;
                }

                Advance();
            }

            if (_pos > start.Offset)
            {
                AddToken(TokenKind.Raw, start, Pos);
            }

            if (_pos >= _limit)
            {
                break;
            }

            var percents = EscapePercentCount();
            if (percents > 0)
            {
                LexEscape(percents);
                continue;
            }

            var enterStart = Pos;
            Advance(2);
            var trim = ReadOpeningTrim();
            AddToken(TokenKind.CodeEnter, enterStart, Pos, null, trim);
            _braceDepth = 0;
            LexCode(codeOnly: false);
        }

        AddToken(TokenKind.Eof, Pos, Pos);
    }

    private void LexEscape(int percents)
    {
        var start = Pos;
        Advance(percents + 2);
        var left = ReadOpeningTrim();
        var contentStart = _pos;
        var contentEnd = -1;
        var right = TrimKind.None;
        while (_pos < _limit)
        {
            var markerLength = 0;
            var markerTrim = TrimKind.None;
            if ((C() == '-' || C() == '~') && IsEscapeClose(1, percents))
            {
                markerLength = 1;
                markerTrim = TrimOf(C());
            }
            else if (IsEscapeClose(0, percents))
            {
                markerLength = 0;
            }
            else
            {
                Advance();
                continue;
            }

            contentEnd = _pos;
            right = markerTrim;
            Advance(markerLength + percents + 2);
            break;
        }

        if (contentEnd < 0)
        {
            contentEnd = _pos;
            Error(Pos, "Unexpected end of file while parsing an escape block");
        }

        Add(new Token
        {
            Kind = TokenKind.Escape,
            Start = start,
            End = Pos,
            Trim = left,
            Value = right,
            ContentStart = contentStart,
            ContentEnd = contentEnd,
        });
    }

    /// <summary>Reads the optional <c>-</c> (trim all whitespace) or <c>~</c> (trim spaces up to a line) after an opening marker.</summary>
    private TrimKind ReadOpeningTrim()
    {
        var trim = TrimOf(C());
        if (trim != TrimKind.None)
        {
            Advance();
        }

        return trim;
    }

    private static TrimKind TrimOf(char marker) => marker switch
    {
        '-' => TrimKind.Full,
        '~' => TrimKind.Line,
        _ => TrimKind.None,
    };

    private bool IsEscapeClose(int offset, int percents)
    {
        if (C(offset) != '}')
        {
            return false;
        }

        for (var i = 1; i <= percents; i++)
        {
            if (C(offset + i) != '%')
            {
                return false;
            }
        }

        return C(offset + percents + 1) == '}';
    }

    private static bool IsIdentStart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentPart(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || (c > 127 && char.IsLetterOrDigit(c));

    [ThreadStatic]
    private static string?[]? _names;

    // The thread's name table, read once per lexer rather than per identifier.
    private readonly string?[] _nameTable;

    /// <summary>Returns a shared string for an identifier so repeated names do not allocate.</summary>
    private string Name(int start, int length)
    {
        var span = _text.AsSpan(start, length);
        var hash = (length * 31) + span[0] + (span[length - 1] * 7) + (span[length >> 1] * 131);
        ref var slot = ref _nameTable[hash & 1023];
        var existing = slot;
        if (existing is not null && span.SequenceEqual(existing))
        {
            return existing;
        }

        existing = span.ToString();
        slot = existing;
        return existing;
    }

    private void LexCode(bool codeOnly)
    {
        _spaceBefore = false;
        while (true)
        {
            var c = C();
            if (c == ' ' || c == '\t' || (c == '\r' && C(1) != '\n'))
            {
                _pos++;
                _col++;
                _spaceBefore = true;
                continue;
            }

            if (_pos >= _limit)
            {
                return;
            }

            var start = Pos;
            if (!codeOnly && _braceDepth == 0)
            {
                if (c == '}' && C(1) == '}')
                {
                    Advance(2);
                    AddToken(TokenKind.CodeExit, start, Pos);
                    return;
                }

                if ((c == '-' || c == '~') && C(1) == '}' && C(2) == '}')
                {
                    Advance(3);
                    AddToken(TokenKind.CodeExit, start, Pos, null, TrimOf(c));
                    return;
                }
            }

            switch (c)
            {
                case '\n':
                    Advance();
                    AddToken(TokenKind.NewLine, start, Pos);
                    continue;
                case '\r':
                    Advance(2);
                    AddToken(TokenKind.NewLine, start, Pos);
                    continue;
                case '#':
                    SkipComment();
                    _spaceBefore = true;
                    continue;
                case '"':
                case '\'':
                    LexString(c);
                    continue;
                case '`':
                    LexVerbatim();
                    continue;
                case '$':
                    LexDollar();
                    continue;
            }

            if (IsIdentStart(c))
            {
                var end = _pos + 1;
                while (end < _limit && IsIdentPart(_text[end]))
                {
                    end++;
                }

                // Identifiers never contain a newline, so the column moves by their length.
                _col += end - _pos;
                _pos = end;

                var name = Name(start.Offset, _pos - start.Offset);
                if (C() == '?' && name == "empty")
                {
                    Advance();
                    name = "empty?";
                }

                AddToken(TokenKind.Identifier, start, Pos, name);
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                LexNumber();
                continue;
            }

            LexOperator(c, start);
        }
    }

    private void SkipComment()
    {
        if (C(1) == '#')
        {
            Advance(2);
            while (_pos < _limit)
            {
                if (C() == '#' && C(1) == '#')
                {
                    Advance(2);
                    return;
                }

                if (AtCodeExit())
                {
                    return;
                }

                Advance();
            }

            return;
        }

        while (_pos < _limit && C() != '\n' && !(C() == '\r' && C(1) == '\n') && !AtCodeExit())
        {
            Advance();
        }
    }

    private bool AtCodeExit() =>
        (C() == '}' && C(1) == '}') || ((C() == '-' || C() == '~') && C(1) == '}' && C(2) == '}');

    private void LexOperator(char c, TextPosition start)
    {
        var c1 = C(1);
        TokenKind kind;
        var length = 1;
        switch (c)
        {
            case '.':
                if (c1 == '.')
                {
                    if (C(2) == '.')
                    {
                        kind = TokenKind.TripleDot;
                        length = 3;
                    }
                    else if (C(2) == '<')
                    {
                        kind = TokenKind.DotDotLess;
                        length = 3;
                    }
                    else
                    {
                        kind = TokenKind.DotDot;
                        length = 2;
                    }
                }
                else
                {
                    kind = TokenKind.Dot;
                }

                break;
            case '?':
                (kind, length) = c1 switch
                {
                    '.' => (TokenKind.QuestionDot, 2),
                    '?' when C(2) == '=' => (TokenKind.DoubleQuestionEqual, 3),
                    '?' => (TokenKind.DoubleQuestion, 2),
                    '!' => (TokenKind.QuestionExclaim, 2),
                    _ => (TokenKind.Question, 1),
                };
                break;
            case '=':
                (kind, length) = c1 == '=' ? (TokenKind.EqualEqual, 2) : (TokenKind.Equal, 1);
                break;
            case '!':
                (kind, length) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Not, 1);
                break;
            case '<':
                (kind, length) = c1 switch
                {
                    '=' => (TokenKind.LessEqual, 2),
                    '<' => (TokenKind.ShiftLeft, 2),
                    _ => (TokenKind.Less, 1),
                };
                break;
            case '>':
                (kind, length) = c1 switch
                {
                    '=' => (TokenKind.GreaterEqual, 2),
                    '>' => (TokenKind.ShiftRight, 2),
                    _ => (TokenKind.Greater, 1),
                };
                break;
            case '&':
                (kind, length) = c1 == '&' ? (TokenKind.And, 2) : (TokenKind.Ampersand, 1);
                break;
            case '|':
                (kind, length) = c1 == '|' ? (TokenKind.Or, 2) : (TokenKind.Pipe, 1);
                break;
            case '+':
                (kind, length) = c1 switch
                {
                    '+' => (TokenKind.PlusPlus, 2),
                    '=' => (TokenKind.PlusEqual, 2),
                    _ => (TokenKind.Plus, 1),
                };
                break;
            case '-':
                (kind, length) = c1 switch
                {
                    '-' => (TokenKind.MinusMinus, 2),
                    '=' => (TokenKind.MinusEqual, 2),
                    _ => (TokenKind.Minus, 1),
                };
                break;
            case '*':
                (kind, length) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case '/':
                if (c1 == '/')
                {
                    (kind, length) = C(2) == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                }
                else
                {
                    (kind, length) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                }

                break;
            case '%':
                (kind, length) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1);
                break;
            case '(':
                kind = TokenKind.OpenParen;
                break;
            case ')':
                kind = TokenKind.CloseParen;
                break;
            case '[':
                kind = TokenKind.OpenBracket;
                break;
            case ']':
                kind = TokenKind.CloseBracket;
                break;
            case '{':
                kind = TokenKind.OpenBrace;
                _braceDepth++;
                break;
            case '}':
                kind = TokenKind.CloseBrace;
                if (_braceDepth > 0)
                {
                    _braceDepth--;
                }
                else
                {
                    Advance();
                    AddToken(kind, start, Pos, "}");
                    Error(start, "Unexpected } while no matching {");
                    return;
                }

                break;
            case ',':
                kind = TokenKind.Comma;
                break;
            case ':':
                kind = TokenKind.Colon;
                break;
            case ';':
                kind = TokenKind.SemiColon;
                break;
            case '@':
                kind = TokenKind.At;
                break;
            case '^':
                kind = TokenKind.Caret;
                break;
            default:
                Advance();
                AddToken(TokenKind.Invalid, start, Pos, c.ToString());
                Error(start, "Unexpected character `" + c + "`");
                return;
        }

        _pos += length;
        _col += length;
        AddToken(kind, start, Pos);
    }

    private void LexDollar()
    {
        var start = Pos;
        var c1 = C(1);
        if (c1 == '"' || c1 == '\'')
        {
            Advance();
            LexInterpolated(start, c1);
            return;
        }

        Advance();
        if (C() == '$')
        {
            Advance();
        }
        else
        {
            while (IsIdentPart(C()))
            {
                Advance();
            }
        }

        AddToken(TokenKind.LocalIdentifier, start, Pos, Name(start.Offset, _pos - start.Offset));
    }

    private void LexNumber()
    {
        var start = Pos;
        if (C() == '0' && (C(1) == 'x' || C(1) == 'X' || C(1) == 'b' || C(1) == 'B'))
        {
            var hex = C(1) == 'x' || C(1) == 'X';
            Advance(2);
            BigInteger acc = 0;
            while (true)
            {
                var d = C();
                int digit;
                if (d == '_')
                {
                    Advance();
                    continue;
                }

                if (d >= '0' && d <= '9')
                {
                    digit = d - '0';
                }
                else if (hex && d >= 'a' && d <= 'f')
                {
                    digit = d - 'a' + 10;
                }
                else if (hex && d >= 'A' && d <= 'F')
                {
                    digit = d - 'A' + 10;
                }
                else
                {
                    break;
                }

                if (!hex && digit > 1)
                {
                    break;
                }

                acc = (acc * (hex ? 16 : 2)) + digit;
                Advance();
            }

            if (C() == 'u' || C() == 'U')
            {
                Advance();
            }

            AddToken(TokenKind.Integer, start, Pos, NormalizeInteger(acc));
            return;
        }

        var digitsEnd = _pos;
        while (digitsEnd < _limit && (uint)(_text[digitsEnd] - '0') <= 9)
        {
            digitsEnd++;
        }

        var after = digitsEnd < _limit ? _text[digitsEnd] : '\0';
        var simple = after is not ('.' or '_' or 'e' or 'E') && !char.IsLetter(after);
        if (after == '.' && digitsEnd + 1 < _limit && _text[digitsEnd + 1] == '.')
        {
            simple = true;
        }

        if (simple && digitsEnd - _pos <= 9)
        {
            var value = 0;
            for (var k = _pos; k < digitsEnd; k++)
            {
                value = (value * 10) + (_text[k] - '0');
            }

            _col += digitsEnd - _pos;
            _pos = digitsEnd;
            AddToken(TokenKind.Integer, start, Pos, value);
            return;
        }

        var sb = new StringBuilder();
        AppendDigits(sb);

        var isFloat = false;
        if (C() == '.' && char.IsAsciiDigit(C(1)))
        {
            isFloat = true;
            sb.Append('.');
            Advance();
            AppendDigits(sb);
        }

        var exponent = 0;
        var hasExponent = false;
        if ((C() == 'e' || C() == 'E') && (char.IsAsciiDigit(C(1)) || ((C(1) == '+' || C(1) == '-') && char.IsAsciiDigit(C(2)))))
        {
            hasExponent = true;
            sb.Append('e');
            Advance();
            if (C() == '+' || C() == '-')
            {
                sb.Append(C());
                Advance();
            }

            var expStart = sb.Length;
            while (char.IsAsciiDigit(C()))
            {
                sb.Append(C());
                Advance();
            }

            // Saturate: past a million the value is infinity or zero whatever the digits.
            exponent = int.TryParse(sb.ToString(expStart, sb.Length - expStart), NumberStyles.None, CultureInfo.InvariantCulture, out var e) ? e : 1_000_000;
            if (sb[expStart - 1] == '-')
            {
                exponent = -exponent;
            }
        }

        var text = sb.ToString();
        var suffix = char.ToLowerInvariant(C());
        if (suffix == 'f' || suffix == 'd' || suffix == 'm')
        {
            Advance();
            if (suffix == 'm' && !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                AddToken(TokenKind.Invalid, start, Pos, _text.Substring(start.Offset, _pos - start.Offset));
                Error(start, "Invalid number `" + _text.Substring(start.Offset, _pos - start.Offset) + "`. The value is out of the range of a decimal.");
                return;
            }

            object value = suffix switch
            {
                'f' => float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                'd' => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            AddToken(TokenKind.Float, start, Pos, value);
            return;
        }

        if (suffix == 'u')
        {
            Advance();
        }

        if (isFloat)
        {
            AddToken(TokenKind.Float, start, Pos, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            return;
        }

        if (hasExponent)
        {
            if (exponent < 0)
            {
                AddToken(TokenKind.Invalid, start, Pos, _text.Substring(start.Offset, _pos - start.Offset));
                Error(start, "Invalid number `" + _text.Substring(start.Offset, _pos - start.Offset) + "`. A negative exponent requires a decimal point.");
                return;
            }

            if (exponent > 40)
            {
                AddToken(TokenKind.Float, start, Pos, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
                return;
            }

            var mantissa = BigInteger.Parse(text.AsSpan(0, text.IndexOf('e')), CultureInfo.InvariantCulture);
            AddToken(TokenKind.Integer, start, Pos, NormalizeInteger(mantissa * BigInteger.Pow(10, exponent)));
            return;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            AddToken(TokenKind.Integer, start, Pos, i);
        }
        else if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
        {
            AddToken(TokenKind.Integer, start, Pos, l);
        }
        else
        {
            AddToken(TokenKind.Integer, start, Pos, BigInteger.Parse(text, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Appends decimal digits, dropping <c>_</c> separators.</summary>
    private void AppendDigits(StringBuilder sb)
    {
        while (char.IsAsciiDigit(C()) || C() == '_')
        {
            if (C() != '_')
            {
                sb.Append(C());
            }

            Advance();
        }
    }

    private static object NormalizeInteger(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return (int)value;
        }

        if (value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        return value;
    }

    private void LexString(char quote)
    {
        var start = Pos;
        Advance();
        var fast = _pos;
        while (fast < _limit && _text[fast] != quote && _text[fast] != '\\' && _text[fast] != '\n')
        {
            fast++;
        }

        if (fast < _limit && _text[fast] == quote)
        {
            var value = _text.Substring(_pos, fast - _pos);
            _col += fast - _pos + 1;
            _pos = fast + 1;
            AddToken(TokenKind.String, start, Pos, value);
            return;
        }

        var sb = new StringBuilder();
        if (ReadQuoted(quote, sb, parts: null))
        {
            AddToken(TokenKind.String, start, Pos, sb.ToString());
        }
    }

    /// <summary>Reports a string that runs to the end of the text; its last character becomes an invalid token.</summary>
    private void AddUnterminatedString(char quote, bool interpolated)
    {
        var last = LastCharPosition();
        Add(new Token
        {
            Kind = TokenKind.Invalid,
            Start = last,
            End = Pos,
            Value = _limit > 0 ? _text[_limit - 1].ToString() : string.Empty,
            SpaceBefore = _spaceBefore,

            // The parser tells an unterminated interpolated string by this mark and reports it differently.
            Trim = interpolated ? TrimKind.Line : TrimKind.None,
        });
        Error(last, "Unexpected end of file while parsing a string not terminated by a " + quote);
    }

    private TextPosition LastCharPosition()
    {
        // The position of the final character; columns are recomputed from the previous newline.
        var offset = Math.Max(0, _limit - 1);
        var lineStart = _text.LastIndexOf('\n', Math.Max(0, offset - 1));
        var line = _line;
        if (_limit > 0 && _text[offset] == '\n')
        {
            line--;
        }

        return new TextPosition(offset, line, offset - (lineStart + 1));
    }

    private void ReadEscape(StringBuilder sb)
    {
        if (_pos >= _limit)
        {
            return;
        }

        var e = C();
        Advance();
        switch (e)
        {
            case 'n':
                sb.Append('\n');
                break;
            case 'r':
                sb.Append('\r');
                break;
            case 't':
                sb.Append('\t');
                break;
            case 'b':
                sb.Append('\b');
                break;
            case 'f':
                sb.Append('\f');
                break;
            case '0':
                sb.Append('\0');
                break;
            case 'u':
                sb.Append((char)ReadHex(4));
                break;
            case 'x':
                sb.Append((char)ReadHex(2));
                break;
            default:
                sb.Append(e);
                break;
        }
    }

    private int ReadHex(int count)
    {
        var value = 0;
        for (var i = 0; i < count && Uri.IsHexDigit(C()); i++)
        {
            value = (value * 16) + Convert.ToInt32(C().ToString(), 16);
            Advance();
        }

        return value;
    }

    private void LexVerbatim()
    {
        var start = Pos;
        Advance();
        var sb = new StringBuilder();
        while (_pos < _limit)
        {
            if (C() == '`')
            {
                if (C(1) == '`')
                {
                    sb.Append('`');
                    Advance(2);
                    continue;
                }

                Advance();
                AddToken(TokenKind.String, start, Pos, sb.ToString());
                return;
            }

            sb.Append(C());
            Advance();
        }

        Error(LastCharPosition(), "Unexpected end of file while parsing a verbatim string not terminated by a `");
        AddToken(TokenKind.Invalid, start, Pos, "`");
    }

    private void LexInterpolated(TextPosition start, char quote)
    {
        // Parts are either literal strings or (start position, end offset) ranges of code.
        Advance();
        var parts = new List<object>();
        var sb = new StringBuilder();
        if (!ReadQuoted(quote, sb, parts))
        {
            return;
        }

        if (sb.Length > 0)
        {
            parts.Add(sb.ToString());
        }

        AddToken(TokenKind.InterpolatedString, start, Pos, parts);
    }

    /// <summary>
    /// Reads a string body after its opening quote into <paramref name="sb"/>, consuming the closing quote.
    /// With <paramref name="parts"/> (an interpolated string), <c>\{</c> and <c>\}</c> are literal braces and each <c>{…}</c> hole
    /// is added to the parts after the text read before it. Returns false when the text ends first, which is reported.
    /// </summary>
    private bool ReadQuoted(char quote, StringBuilder sb, List<object>? parts)
    {
        while (true)
        {
            if (_pos >= _limit)
            {
                AddUnterminatedString(quote, interpolated: parts is not null);
                return false;
            }

            var c = C();
            if (c == quote)
            {
                Advance();
                return true;
            }

            if (c == '\\')
            {
                Advance();
                if (parts is not null && (C() == '{' || C() == '}'))
                {
                    sb.Append(C());
                    Advance();
                    continue;
                }

                ReadEscape(sb);
                continue;
            }

            if (c == '{' && parts is not null)
            {
                if (sb.Length > 0)
                {
                    parts.Add(sb.ToString());
                    sb.Clear();
                }

                Advance();
                var exprStart = Pos;
                SkipHoleCode();
                parts.Add(new InterpolationHole(exprStart, _pos));
                if (_pos < _limit)
                {
                    Advance();
                }

                continue;
            }

            sb.Append(c);
            Advance();
        }
    }

    /// <summary>Skips the code of an interpolation hole up to its closing brace (not consumed), including nested strings.</summary>
    private void SkipHoleCode()
    {
        var depth = 0;
        while (_pos < _limit)
        {
            var d = C();
            if (d == '"' || d == '\'')
            {
                var interpolated = _pos > 0 && _text[_pos - 1] == '$';
                Advance();
                SkipQuoted(d, interpolated);
                continue;
            }

            if (d == '{')
            {
                depth++;
            }
            else if (d == '}')
            {
                if (depth == 0)
                {
                    return;
                }

                depth--;
            }

            Advance();
        }
    }

    private void SkipQuoted(char quote, bool interpolated)
    {
        while (_pos < _limit)
        {
            var c = C();
            if (c == '\\')
            {
                Advance();
                if (_pos < _limit)
                {
                    Advance();
                }

                continue;
            }

            if (c == quote)
            {
                Advance();
                return;
            }

            if (interpolated && c == '{')
            {
                Advance();
                SkipHoleCode();
                if (_pos < _limit)
                {
                    Advance();
                }

                continue;
            }

            Advance();
        }
    }

    private void ApplyTrims()
    {
        var tokens = _tokens;
        var count = _count;
        for (var i = 0; i < count; i++)
        {
            var t = tokens[i];
            TrimKind left = TrimKind.None, right = TrimKind.None;
            if (t.Kind == TokenKind.CodeEnter)
            {
                left = t.Trim;
            }
            else if (t.Kind == TokenKind.CodeExit)
            {
                right = t.Trim;
            }
            else if (t.Kind == TokenKind.Escape)
            {
                left = t.Trim;
                right = (TrimKind)t.Value!;
            }

            if (left != TrimKind.None && i > 0 && tokens[i - 1].Kind == TokenKind.Raw)
            {
                var raw = tokens[i - 1];
                var end = raw.ContentEnd;
                while (end > raw.ContentStart)
                {
                    var ch = _text[end - 1];
                    if (left == TrimKind.Full ? char.IsWhiteSpace(ch) : (ch == ' ' || ch == '\t'))
                    {
                        end--;
                    }
                    else
                    {
                        break;
                    }
                }

                raw.ContentEnd = end;
                tokens[i - 1] = raw;
            }

            if (right != TrimKind.None && i + 1 < count && tokens[i + 1].Kind == TokenKind.Raw)
            {
                var raw = tokens[i + 1];
                var start = raw.ContentStart;
                var end = raw.ContentEnd;
                if (right == TrimKind.Full)
                {
                    while (start < end && char.IsWhiteSpace(_text[start]))
                    {
                        start++;
                    }
                }
                else
                {
                    while (start < end && (_text[start] == ' ' || _text[start] == '\t'))
                    {
                        start++;
                    }

                    if (start < end && _text[start] == '\n')
                    {
                        start++;
                    }
                    else if (start + 1 < end && _text[start] == '\r' && _text[start + 1] == '\n')
                    {
                        start += 2;
                    }
                }

                raw.ContentStart = start;
                tokens[i + 1] = raw;
            }
        }
    }
}

/// <summary>A code hole of an interpolated string: start position and exclusive end offset.</summary>
internal sealed record InterpolationHole(TextPosition Start, int End);
