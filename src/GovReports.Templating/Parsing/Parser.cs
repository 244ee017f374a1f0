using GovReports.Templating.Runtime;
using GovReports.Templating.Syntax;

namespace GovReports.Templating.Parsing;

/// <summary>Builds the syntax tree from tokens; errors are collected and parsing recovers where it can.</summary>
internal sealed class Parser
{
    private static readonly string[] EndOnly = { "end" };
    private static readonly string[] EndElse = { "end", "else" };
    private static readonly string[] EndElseWhen = { "end", "else", "when" };

    private readonly string _text;
    private readonly string _file;
    private readonly Token[] _tokens;
    private readonly int _count;
    private readonly List<LogMessage> _messages;
    private int _index;
    private int _newLineSkip;
    private bool _noCallArgs;
    private bool _inForIterator;
    private bool _fatal;

    // Deeper nesting or longer operator chains would overflow the stack when parsed or rendered.
    private const int MaxNesting = 256;
    private const int MaxChain = 1000;
    private int _nesting;
    private string? _indent;

    private Parser(string text, string file, TokenList tokens, List<LogMessage> messages)
    {
        _text = text;
        _file = file;
        _tokens = tokens.Items;
        _count = tokens.Count;
        _messages = messages;
    }

    public static ScriptBlock ParseTemplate(string text, string file, List<LogMessage> messages)
    {
        var lexerErrors = new List<LogMessage>();
        var tokens = Lexer.Tokenize(text, file, lexerErrors);
        var parser = new Parser(text, file, tokens, messages);
        var page = parser.ParsePage();
        messages.AddRange(lexerErrors);
        return page;
    }

    /// <summary>Parses a code-only fragment starting at a position of <paramref name="text"/>.</summary>
    public static ScriptBlock ParseCode(string text, string file, int start, TextPosition startPos, int limit, List<LogMessage> messages)
    {
        var lexerErrors = new List<LogMessage>();
        var tokens = Lexer.TokenizeCode(text, file, lexerErrors, start, startPos, limit);
        var parser = new Parser(text, file, tokens, messages);
        var page = parser.ParsePage();
        messages.AddRange(lexerErrors);
        return page;
    }

    private ref Token Cur => ref _tokens[_index];

    private Token Peek(int offset = 1)
    {
        var i = Math.Min(_index + offset, _count - 1);
        return _tokens[i];
    }

    private void Next()
    {
        if (_index < _count - 1)
        {
            _index++;
        }

        if (_newLineSkip > 0)
        {
            SkipNewLines();
        }
    }

    private void SkipNewLines()
    {
        while (Cur.Kind == TokenKind.NewLine && _index < _count - 1)
        {
            _index++;
        }
    }

    private SourceSpan SpanOf(in Token t) => new(_file, t.Start, t.End);

    private SourceSpan SpanFrom(TextPosition start, TextPosition end) => new(_file, start, end);

    private SourceSpan SpanFrom(ScriptNode first, ScriptNode last) => new(_file, first.Span.Start, last.Span.End);

    private TextPosition PreviousEnd => _index > 0 ? _tokens[_index - 1].End : Cur.Start;

    private string TokenText(in Token t) => t.Kind switch
    {
        TokenKind.NewLine => "\\n",
        TokenKind.Eof => "<EOF>",
        TokenKind.Invalid => (string)t.Value!,
        _ => _text.Substring(t.Start.Offset, t.End.Offset - t.Start.Offset).Replace("\n", "\\n", StringComparison.Ordinal),
    };

    private void Error(SourceSpan span, string message, bool fatal = false)
    {
        _messages.Add(new LogMessage(ParserMessageType.Error, span, message));
        if (fatal)
        {
            _fatal = true;
        }
    }

    private void Error(in Token at, string message, bool fatal = false) => Error(SpanOf(at), message, fatal);

    private static bool IsKeyword(in Token t, string keyword) => t.Kind == TokenKind.Identifier && (string)t.Value! == keyword;

    private static bool IsEndOfStatement(TokenKind kind) =>
        kind is TokenKind.NewLine or TokenKind.SemiColon or TokenKind.CodeExit or TokenKind.Eof;

    private bool ExpectEndOfStatement()
    {
        if (IsEndOfStatement(Cur.Kind))
        {
            return true;
        }

        Error(Cur, "Invalid token found `" + TokenText(Cur) + "`. Expecting <EOL>/end of line.", fatal: true);
        return false;
    }

    /// <summary>Reports that the current token cannot start the expression a construct needs, in the wording all constructs share.</summary>
    private void ErrorExpectingExpression(string construct, string syntax) =>
        Error(Cur, "Error while parsing " + construct + ": Expecting <expression> instead of `" + TokenText(Cur) + "` in: " + syntax);

    /// <summary>Reports a block whose closing <c>end</c> never came.</summary>
    private void ErrorEndNotFound(SourceSpan span, string construct, string syntax) =>
        Error(span, "Error while parsing " + construct + ": The <end> statement was not found in: " + syntax);

    private ScriptBlock ParsePage()
    {
        var page = new ScriptBlock();
        while (true)
        {
            var terminator = ParseStatements(page, EndElseWhen);
            if (terminator is null || _fatal)
            {
                break;
            }

            var t = Cur;
            if (terminator == "end")
            {
                var at = new TextPosition(t.End.Offset - 1, t.End.Line, t.End.Column - 1);
                Error(SpanFrom(at, t.End), "Error while parsing ScriptPage: Found <end> statement without a corresponding beginning of a block in: ...");
                Next();
            }
            else
            {
                Error(t, terminator == "else"
                    ? "A else condition must be preceded by another if/else/when condition or a for loop."
                    : "A when condition must be preceded by a case statement.");
                RecoverBlock();
            }
        }

        page.Span = _count > 0 ? SpanFrom(_tokens[0].Start, _tokens[_count - 1].End) : default;
        return page;
    }

    /// <summary>Parses statements into <paramref name="block"/> until a terminator keyword (returned, not consumed) or EOF (null).</summary>
    private string? ParseStatements(ScriptBlock block, string[] terminators)
    {
        while (!_fatal)
        {
            var t = Cur;
            switch (t.Kind)
            {
                case TokenKind.Eof:
                    return null;
                case TokenKind.Raw:
                case TokenKind.Escape:
                    if (t.ContentEnd > t.ContentStart)
                    {
                        block.Statements.Add(new ScriptRawStatement(_text, t.ContentStart, t.ContentEnd - t.ContentStart) { Span = SpanOf(t) });
                    }

                    Next();
                    continue;
                case TokenKind.CodeEnter:
                    _indent = ComputeIndent(t);
                    Next();
                    continue;
                case TokenKind.CodeExit:
                    _indent = null;
                    Next();
                    continue;
                case TokenKind.NewLine:
                case TokenKind.SemiColon:
                    Next();
                    continue;
                case TokenKind.Identifier:
                    var name = (string)t.Value!;
                    if (Array.IndexOf(terminators, name) >= 0 && Peek().Kind != TokenKind.Dot)
                    {
                        return name;
                    }

                    break;
            }

            var statement = ParseStatement();
            if (statement is not null)
            {
                block.Statements.Add(statement);
            }
        }

        return null;
    }

    private string? ComputeIndent(in Token enter)
    {
        if (enter.Trim != TrimKind.None)
        {
            return null;
        }

        var offset = enter.Start.Offset;
        var j = offset - 1;
        while (j >= 0 && (_text[j] == ' ' || _text[j] == '\t'))
        {
            j--;
        }

        if (j == offset - 1 || (j >= 0 && _text[j] != '\n'))
        {
            return null;
        }

        // The indentation must still be in the output: a greedy `-}}` before it removes it and disables auto-indent.
        if (_index == 0 || _tokens[_index - 1].Kind != TokenKind.Raw || _tokens[_index - 1].ContentStart > j + 1 || _tokens[_index - 1].ContentEnd != offset)
        {
            return null;
        }

        return _text.Substring(j + 1, offset - 1 - j);
    }

    private void SkipToEndOfStatement()
    {
        while (!IsEndOfStatement(Cur.Kind))
        {
            Next();
        }
    }

    /// <summary>Drops the current token, then the rest of its statement and the block it opens.</summary>
    private void RecoverBlock()
    {
        Next();
        RecoverBlockAfterError();
    }

    private ScriptStatement? ParseStatement()
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            return ParseStatementCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private bool EnterNesting()
    {
        if (++_nesting <= MaxNesting)
        {
            return true;
        }

        _nesting--;
        Error(Cur, "The template nests blocks or expressions more than " + MaxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels deep", fatal: true);
        return false;
    }

    private ScriptStatement? ParseStatementCore()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Identifier && Peek().Kind != TokenKind.Dot)
        {
            switch ((string)t.Value!)
            {
                case "if":
                    return ParseIf();
                case "for":
                    return ParseFor("for");
                case "tablerow":
                    return ParseFor("tablerow");
                case "while":
                    return ParseWhile();
                case "case":
                    return ParseCase();
                case "capture":
                    return ParseCapture();
                case "func":
                    return ParseFunction();
                case "ret":
                    return ParseReturn();
                case "break":
                case "continue":
                    Next();
                    var control = new ScriptLoopControlStatement((string)t.Value! == "break") { Span = SpanOf(t) };
                    ExpectEndOfStatement();
                    return control;
                case "with":
                    return ParseWith();
                case "import":
                    return ParseImport();
                case "readonly":
                    return ParseReadOnly();
                case "wrap":
                    return ParseWrap();
                case "end":
                case "else":
                case "when":
                    Error(t, "Unexpected `" + (string)t.Value! + "` statement.");
                    Next();
                    return null;
            }
        }

        return ParseExpressionStatement();
    }

    private ScriptStatement? ParseExpressionStatement()
    {
        var start = Cur;
        if (start.Kind == TokenKind.Invalid && start.Trim == TrimKind.Line)
        {
            // An unterminated interpolated string: its last character is reported as a stray token.
            Error(start, "Unexpected token `" + TokenText(start) + "` while parsing expression");
            Error(start, "Invalid token found `" + TokenText(start) + "`. Expecting <EOL>/end of line.", fatal: true);
            return null;
        }

        if (!CanStartExpression(start))
        {
            Error(start, start.Kind == TokenKind.Invalid
                ? "Unexpected token " + TokenText(start)
                : "Unexpected token `" + TokenText(start) + "`", fatal: start.Kind != TokenKind.Invalid);
            Next();
            return null;
        }

        var indent = _indent;
        var expr = ParsePipe();
        if (expr is null)
        {
            return null;
        }

        ScriptStatement statement;
        var op = AssignOperator(Cur.Kind, out var isAssign);
        if (isAssign)
        {
            var opToken = Cur;
            Next();
            if (opToken.Kind == TokenKind.Equal && expr is ScriptCall { HasParentheses: true, Target: ScriptVariable fname } call)
            {
                statement = ParseInlineFunction(fname, call);
                ExpectEndOfStatement();
                return statement;
            }

            if (!CanStartExpression(Cur))
            {
                ErrorExpectingExpression("assign expression", "<target_expression> = <value_expression>");
                return null;
            }

            var value = ParseExpression();
            if (value is null)
            {
                return null;
            }

            statement = new ScriptAssignStatement(expr, op, value) { Span = SpanFrom(expr, value), OperatorSpan = SpanOf(opToken) };
        }
        else
        {
            statement = new ScriptExpressionStatement(expr) { Span = expr.Span, Indent = indent };
        }

        ExpectEndOfStatement();
        return statement;
    }

    private static BinaryOp? AssignOperator(TokenKind kind, out bool isAssign)
    {
        isAssign = true;
        switch (kind)
        {
            case TokenKind.Equal:
                return null;
            case TokenKind.PlusEqual:
                return BinaryOp.Add;
            case TokenKind.MinusEqual:
                return BinaryOp.Subtract;
            case TokenKind.StarEqual:
                return BinaryOp.Multiply;
            case TokenKind.SlashEqual:
                return BinaryOp.Divide;
            case TokenKind.DoubleSlashEqual:
                return BinaryOp.DivideRound;
            case TokenKind.PercentEqual:
                return BinaryOp.Modulus;
            case TokenKind.DoubleQuestionEqual:
                return BinaryOp.Coalesce;
            default:
                isAssign = false;
                return null;
        }
    }

    private ScriptStatement ParseInlineFunction(ScriptVariable name, ScriptCall call)
    {
        var parameters = new List<ScriptParameter>();
        foreach (var arg in call.Arguments)
        {
            if (arg is ScriptVariable v)
            {
                parameters.Add(new ScriptParameter(v.Name, null, false, v.Span));
            }
            else
            {
                Error(arg.Span, "Expecting a parameter name for the function `" + name.Name + "`.");
            }
        }

        var body = ParseExpression() ?? new ScriptLiteral(null);
        var function = new UserFunction(name.Name, parameters, null, body);
        return new ScriptFunctionStatement(name, function) { Span = SpanFrom(name, body) };
    }

    /// <summary>Parses an expression where an assignment is not allowed (reported, then skipped).</summary>
    private ScriptExpression? ParseExpression()
    {
        var expr = ParsePipe();
        if (expr is not null && AssignOperator(Cur.Kind, out var isAssign) is var _ && isAssign)
        {
            Error(expr.Span, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
            Next();
            var value = ParseExpression();
            return value ?? expr;
        }

        return expr;
    }

    private ScriptExpression? ParsePipe()
    {
        var left = ParseConditional();
        var links = 0;
        while (left is not null && Cur.Kind == TokenKind.Pipe)
        {
            if (++links > MaxChain)
            {
                Error(Cur, "The expression chains more than " + MaxChain.ToString(System.Globalization.CultureInfo.InvariantCulture) + " pipes", fatal: true);
                return left;
            }

            Next();
            SkipNewLines();
            if (!CanStartExpression(Cur))
            {
                ErrorExpectingExpression("pipe expression", "<expression> | <expression>");
                return left;
            }

            var right = ParseConditional();
            if (right is null)
            {
                return left;
            }

            left = new ScriptPipe(left, right) { Span = SpanFrom(left, right) };
        }

        return left;
    }

    private ScriptExpression? ParseConditional()
    {
        var condition = ParseBinary(0);
        if (condition is null || Cur.Kind != TokenKind.Question)
        {
            return condition;
        }

        Next();
        var then = ParseConditional();
        if (then is null)
        {
            ErrorExpectingExpression("conditional expression", "<expression> ? <expression> : <expression>");
            return condition;
        }

        if (Cur.Kind != TokenKind.Colon)
        {
            Error(Cur, "Error while parsing conditional expression: Expecting `:` instead of `" + TokenText(Cur) + "` in: <expression> ? <expression> : <expression>");
            return condition;
        }

        Next();
        var otherwise = ParseConditional();
        if (otherwise is null)
        {
            ErrorExpectingExpression("conditional expression", "<expression> ? <expression> : <expression>");
            return condition;
        }

        return new ScriptConditional(condition, then, otherwise) { Span = SpanFrom(condition, otherwise) };
    }

    private static int Precedence(TokenKind kind, out BinaryOp op)
    {
        switch (kind)
        {
            case TokenKind.DoubleQuestion:
                op = BinaryOp.Coalesce;
                return 20;
            case TokenKind.QuestionExclaim:
                op = BinaryOp.NotNullThen;
                return 20;
            case TokenKind.Or:
                op = BinaryOp.Or;
                return 30;
            case TokenKind.And:
                op = BinaryOp.And;
                return 40;
            case TokenKind.EqualEqual:
                op = BinaryOp.Equal;
                return 70;
            case TokenKind.NotEqual:
                op = BinaryOp.NotEqual;
                return 70;
            case TokenKind.Less:
                op = BinaryOp.Less;
                return 80;
            case TokenKind.LessEqual:
                op = BinaryOp.LessOrEqual;
                return 80;
            case TokenKind.Greater:
                op = BinaryOp.Greater;
                return 80;
            case TokenKind.GreaterEqual:
                op = BinaryOp.GreaterOrEqual;
                return 80;
            case TokenKind.Plus:
                op = BinaryOp.Add;
                return 100;
            case TokenKind.Minus:
                op = BinaryOp.Subtract;
                return 100;
            case TokenKind.Star:
                op = BinaryOp.Multiply;
                return 110;
            case TokenKind.Slash:
                op = BinaryOp.Divide;
                return 110;
            case TokenKind.DoubleSlash:
                op = BinaryOp.DivideRound;
                return 110;
            case TokenKind.Percent:
                op = BinaryOp.Modulus;
                return 110;
            case TokenKind.ShiftLeft:
                op = BinaryOp.ShiftLeft;
                return 110;
            case TokenKind.ShiftRight:
                op = BinaryOp.ShiftRight;
                return 110;
            case TokenKind.DotDot:
                op = BinaryOp.RangeInclusive;
                return 130;
            case TokenKind.DotDotLess:
                op = BinaryOp.RangeExclusive;
                return 130;
            default:
                op = default;
                return -1;
        }
    }

    private ScriptExpression? ParseBinary(int minPrecedence)
    {
        var left = ParseUnary();
        var links = 0;
        while (left is not null)
        {
            var precedence = Precedence(Cur.Kind, out var op);
            if (precedence < 0 || precedence < minPrecedence)
            {
                break;
            }

            if (++links > MaxChain)
            {
                Error(Cur, "The expression chains more than " + MaxChain.ToString(System.Globalization.CultureInfo.InvariantCulture) + " operators", fatal: true);
                return left;
            }

            var opToken = Cur;
            Next();
            if (!CanStartExpression(Cur))
            {
                Error(Cur, "Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `" + TokenText(Cur) + "` in: <expression> operator <expression>");
                return left;
            }

            var right = ParseBinary(precedence + 1);
            if (right is null)
            {
                return left;
            }

            left = new ScriptBinary(op, left, right, SpanOf(opToken)) { Span = SpanFrom(left, right) };
        }

        return left;
    }

    private ScriptExpression? ParseUnary()
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            return ParseUnaryCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private ScriptExpression? ParseUnaryCore()
    {
        var t = Cur;
        UnaryOp op;
        switch (t.Kind)
        {
            case TokenKind.Not:
                op = UnaryOp.Not;
                break;
            case TokenKind.Minus:
                op = UnaryOp.Negate;
                break;
            case TokenKind.Plus:
                op = UnaryOp.Plus;
                break;
            case TokenKind.At:
                op = UnaryOp.Alias;
                break;
            case TokenKind.Caret:
                op = UnaryOp.Expand;
                break;
            case TokenKind.PlusPlus:
            case TokenKind.MinusMinus:
                Next();
                var target = ParseUnary();
                if (target is null)
                {
                    return null;
                }

                return new ScriptIncDec(target, t.Kind == TokenKind.PlusPlus, false) { Span = SpanFrom(t.Start, target.Span.End) };
            default:
                return ParsePostfix();
        }

        Next();
        if (!CanStartExpression(Cur))
        {
            ErrorExpectingExpression("unary expression", "<operator> <expression>");
            return new ScriptLiteral(null) { Span = SpanOf(t) };
        }

        var operand = op is UnaryOp.Alias or UnaryOp.Expand ? ParseUnaryNoCallArgs() : ParseUnary();
        if (operand is null)
        {
            return null;
        }

        if (op == UnaryOp.Negate && operand is ScriptLiteral { Value: int or long or double or float or decimal or System.Numerics.BigInteger } literal)
        {
            return new ScriptLiteral(Operators.Negate(literal.Value, literal.Span)) { Span = SpanFrom(t.Start, operand.Span.End) };
        }

        return new ScriptUnary(op, operand) { Span = SpanFrom(t.Start, operand.Span.End) };
    }

    /// <summary>Parses a unary expression in which a bare identifier takes no space-separated call arguments.</summary>
    private ScriptExpression? ParseUnaryNoCallArgs()
    {
        var saved = _noCallArgs;
        _noCallArgs = true;
        var expr = ParseUnary();
        _noCallArgs = saved;
        return expr;
    }

    private bool CanStartExpression(in Token t) => t.Kind switch
    {
        TokenKind.Identifier => !IsBlockKeyword((string)t.Value!),
        TokenKind.LocalIdentifier or TokenKind.Integer or TokenKind.Float or TokenKind.String or TokenKind.InterpolatedString
            or TokenKind.OpenParen or TokenKind.OpenBracket or TokenKind.OpenBrace or TokenKind.Not or TokenKind.Minus
            or TokenKind.Plus or TokenKind.At or TokenKind.Caret or TokenKind.PlusPlus or TokenKind.MinusMinus => true,
        _ => false,
    };

    private static bool IsBlockKeyword(string name) => name is "end" or "else" or "when";

    private bool CanStartArgument(in Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Identifier:
                var name = (string)t.Value!;
                if (IsBlockKeyword(name) || name == "in")
                {
                    return false;
                }

                return !(_inForIterator && name is "offset" or "limit" or "reversed" or "cols");
            case TokenKind.LocalIdentifier:
            case TokenKind.Integer:
            case TokenKind.Float:
            case TokenKind.String:
            case TokenKind.InterpolatedString:
            case TokenKind.OpenParen:
            case TokenKind.OpenBracket:
            case TokenKind.OpenBrace:
            case TokenKind.Not:
            case TokenKind.At:
            case TokenKind.Caret:
                return true;
            default:
                return false;
        }
    }

    private ScriptExpression? ParsePostfix()
    {
        var parenthesized = Cur.Kind == TokenKind.OpenParen;
        var expr = ParsePrimary();
        if (expr is null)
        {
            return null;
        }

        var links = 0;
        while (true)
        {
            var t = Cur;
            if (++links > MaxChain)
            {
                Error(t, "The expression chains more than " + MaxChain.ToString(System.Globalization.CultureInfo.InvariantCulture) + " member accesses, indexes or calls", fatal: true);
                return expr;
            }

            if (t.Kind is TokenKind.Dot or TokenKind.QuestionDot)
            {
                Next();
                var nameToken = Cur;
                if (nameToken.Kind != TokenKind.Identifier)
                {
                    Error(nameToken, "Invalid token `" + TokenText(nameToken) + "`. The dot operator is expected to be followed by a plain identifier");
                    return expr;
                }

                var name = (string)nameToken.Value!;
                if (expr is ScriptLoopVariable loop)
                {
                    ValidateLoopMember(loop, name);
                }

                Next();
                expr = new ScriptMember(expr, name, t.Kind == TokenKind.QuestionDot) { Span = SpanFrom(expr.Span.Start, nameToken.End), NameSpan = SpanOf(nameToken) };
                continue;
            }

            if (t.Kind == TokenKind.OpenBracket && !t.SpaceBefore)
            {
                _newLineSkip++;
                Next();
                var savedArgs = _noCallArgs;
                _noCallArgs = false;
                if (!CanStartExpression(Cur))
                {
                    Error(Cur, "Error while parsing indexer expression: Expecting <index_expression> instead of `" + TokenText(Cur) + "` in: <expression>[<index_expression>]");
                    Error(Cur, "Unexpected `" + TokenText(Cur) + "`. Expecting ']'");
                    _newLineSkip--;
                    _noCallArgs = savedArgs;
                    return expr;
                }

                var index = ParseExpression();
                _noCallArgs = savedArgs;
                _newLineSkip--;
                if (Cur.Kind != TokenKind.CloseBracket)
                {
                    Error(Cur, "Unexpected `" + TokenText(Cur) + "`. Expecting ']'");
                    return expr;
                }

                var close = Cur;
                Next();
                expr = new ScriptIndexer(expr, index!) { Span = SpanFrom(expr.Span.Start, close.End) };
                continue;
            }

            if (t.Kind == TokenKind.OpenParen && !t.SpaceBefore && expr is ScriptVariable or ScriptMember or ScriptLocalVariable or ScriptIndexer)
            {
                expr = ParseParenthesizedCall(expr);
                continue;
            }

            if (t.Kind is TokenKind.PlusPlus or TokenKind.MinusMinus && !t.SpaceBefore && expr.IsAssignable)
            {
                Next();
                expr = new ScriptIncDec(expr, t.Kind == TokenKind.PlusPlus, true) { Span = SpanFrom(expr.Span.Start, t.End) };
                continue;
            }

            break;
        }

        if (!_noCallArgs && CanStartArgument(Cur) && (parenthesized || expr is ScriptVariable or ScriptMember or ScriptLocalVariable or ScriptIndexer or ScriptLiteral))
        {
            var call = new ScriptCall(expr);
            while (CanStartArgument(Cur))
            {
                var argument = ParseArgument();
                if (argument is null)
                {
                    break;
                }

                call.Arguments.Add(argument);
            }

            call.Span = SpanFrom(expr.Span.Start, call.Arguments.Count > 0 ? call.Arguments[^1].Span.End : expr.Span.End);
            return call;
        }

        return expr;
    }

    private void ValidateLoopMember(ScriptLoopVariable loop, string name)
    {
        var known = name is "index" or "rindex" or "first" or "last" or "even" or "odd" or "changed" or "length" or "col" or "col_first" or "col_last";
        var display = "<" + loop.Kind + "." + name + ">";
        if (!known)
        {
            Error(loop.Span, "The loop variable " + display + " is not supported");
        }
        else if (loop.Kind == "while" && name is not ("index" or "first" or "even" or "odd"))
        {
            Error(loop.Span, "The loop variable " + display + " is invalid");
        }
    }

    private ScriptExpression? ParseArgument()
    {
        var t = Cur;
        string? name = null;
        if (t.Kind == TokenKind.Identifier && Peek().Kind == TokenKind.Colon)
        {
            name = (string)t.Value!;
            Next();
            Next();
        }

        var value = ParseUnaryNoCallArgs();
        if (value is null)
        {
            return null;
        }

        return name is null ? value : new ScriptNamedArgument(name, value) { Span = SpanFrom(t.Start, value.Span.End) };
    }

    private ScriptExpression ParseParenthesizedCall(ScriptExpression target)
    {
        var call = new ScriptCall(target) { HasParentheses = true };
        _newLineSkip++;
        Next();
        var savedArgs = _noCallArgs;
        _noCallArgs = false;
        while (Cur.Kind != TokenKind.CloseParen)
        {
            var t = Cur;
            if (!CanStartExpression(t))
            {
                break;
            }

            if (t.Kind == TokenKind.Identifier && Peek().Kind == TokenKind.Colon)
            {
                Next();
                Next();
                var value = ParseExpression();
                if (value is null)
                {
                    break;
                }

                call.Arguments.Add(new ScriptNamedArgument((string)t.Value!, value) { Span = SpanFrom(t.Start, value.Span.End) });
            }
            else
            {
                var value = ParseExpression();
                if (value is null)
                {
                    break;
                }

                call.Arguments.Add(value);
            }

            if (Cur.Kind == TokenKind.Comma)
            {
                Next();
                continue;
            }

            break;
        }

        _noCallArgs = savedArgs;
        _newLineSkip--;
        if (Cur.Kind != TokenKind.CloseParen)
        {
            Error(Cur, "Invalid token `" + TokenText(Cur) + "`. Expecting a closing `)`.");
            call.Span = SpanFrom(target.Span.Start, PreviousEnd);
            return call;
        }

        var close = Cur;
        Next();
        call.Span = SpanFrom(target.Span.Start, close.End);
        return call;
    }

    private ScriptExpression? ParsePrimary()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
            case TokenKind.String:
                Next();
                return new ScriptLiteral(t.Value) { Span = SpanOf(t) };
            case TokenKind.InterpolatedString:
                Next();
                return ParseInterpolated(t);
            case TokenKind.Identifier:
                var name = (string)t.Value!;
                switch (name)
                {
                    case "true":
                        Next();
                        return new ScriptLiteral(true) { Span = SpanOf(t) };
                    case "false":
                        Next();
                        return new ScriptLiteral(false) { Span = SpanOf(t) };
                    case "null":
                        Next();
                        return new ScriptLiteral(null) { Span = SpanOf(t) };
                    case "do":
                        return ParseAnonymousFunction();
                    case "for":
                    case "while":
                    case "tablerow":
                        if (Peek().Kind == TokenKind.Dot)
                        {
                            Next();
                            return new ScriptLoopVariable(name) { Span = SpanOf(t) };
                        }

                        break;
                }

                Next();
                return new ScriptVariable(name) { Span = SpanOf(t) };
            case TokenKind.LocalIdentifier:
                Next();
                return new ScriptLocalVariable(((string)t.Value!).Substring(1)) { Span = SpanOf(t) };
            case TokenKind.OpenParen:
                return ParseParenthesized();
            case TokenKind.OpenBracket:
                return ParseArrayLiteral();
            case TokenKind.OpenBrace:
                return ParseObjectLiteral();
            case TokenKind.Invalid:
                Error(t, "Unexpected token " + TokenText(t));
                Next();
                return null;
            default:
                Error(t, "Unexpected token `" + TokenText(t) + "` while parsing expression");
                return null;
        }
    }

    /// <summary>Opens a bracketed construct: newlines are skipped inside, and the outer call-argument and for-option modes are suspended.</summary>
    private (bool NoCallArgs, bool InForIterator) EnterBrackets()
    {
        _newLineSkip++;
        Next();
        var saved = (_noCallArgs, _inForIterator);
        _noCallArgs = false;
        _inForIterator = false;
        return saved;
    }

    private void ExitBrackets((bool NoCallArgs, bool InForIterator) saved)
    {
        _noCallArgs = saved.NoCallArgs;
        _inForIterator = saved.InForIterator;
        _newLineSkip--;
    }

    private ScriptExpression? ParseParenthesized()
    {
        var saved = EnterBrackets();
        var inner = ParseExpression();
        ExitBrackets(saved);
        if (inner is null)
        {
            return null;
        }

        if (Cur.Kind != TokenKind.CloseParen)
        {
            Error(Cur, "Invalid token `" + TokenText(Cur) + "`. Expecting a closing `)`.");
            return inner;
        }

        Next();
        return inner;
    }

    private ScriptExpression ParseArrayLiteral()
    {
        var open = Cur;
        var array = new ScriptArrayLiteral();
        var saved = EnterBrackets();
        while (Cur.Kind != TokenKind.CloseBracket)
        {
            if (!CanStartExpression(Cur))
            {
                ErrorExpectingExpression("array initializer", "[item1, item2,...]");
                break;
            }

            var item = ParseExpression();
            if (item is null)
            {
                break;
            }

            array.Items.Add(item);
            if (Cur.Kind == TokenKind.Comma)
            {
                Next();
                continue;
            }

            break;
        }

        ExitBrackets(saved);
        if (Cur.Kind != TokenKind.CloseBracket)
        {
            Error(Cur, "Unexpected token found `" + TokenText(Cur) + "` while expecting `]`.");
            array.Span = SpanFrom(open.Start, PreviousEnd);
            return array;
        }

        var close = Cur;
        Next();
        array.Span = SpanFrom(open.Start, close.End);
        return array;
    }

    private ScriptExpression ParseObjectLiteral()
    {
        var open = Cur;
        var obj = new ScriptObjectLiteral();
        var saved = EnterBrackets();
        try
        {
            while (Cur.Kind != TokenKind.CloseBrace)
            {
                var keyToken = Cur;
                string key;
                if (keyToken.Kind == TokenKind.Identifier || keyToken.Kind == TokenKind.String)
                {
                    key = (string)keyToken.Value!;
                }
                else
                {
                    Error(keyToken, "Unexpected token `" + TokenText(keyToken) + "` Expecting an identifier or a string for object initializer member name");
                    return Finish();
                }

                Next();
                if (Cur.Kind != TokenKind.Colon)
                {
                    Error(Cur, "Unexpected token `" + TokenText(Cur) + "` Expecting a colon : after identifier `" + key + "` for object initializer member name");
                    Next();
                    return Finish();
                }

                Next();
                if (!CanStartExpression(Cur))
                {
                    ErrorExpectingExpression("object initializer", "{member1: <expression>, ...}");
                    return Finish();
                }

                var value = ParseExpression();
                if (value is null)
                {
                    return Finish();
                }

                obj.Members.Add((key, value));
                if (Cur.Kind == TokenKind.Comma)
                {
                    Next();
                    continue;
                }

                break;
            }

            if (Cur.Kind != TokenKind.CloseBrace)
            {
                Error(Cur, "Unexpected token found `" + TokenText(Cur) + "` while expecting `}`.");
                return Finish();
            }

            _newLineSkip--;
            var close = Cur;
            Next();
            _newLineSkip++;
            obj.Span = SpanFrom(open.Start, close.End);
            return obj;
        }
        finally
        {
            ExitBrackets(saved);
        }

        ScriptExpression Finish()
        {
            obj.Span = SpanFrom(open.Start, PreviousEnd);
            return obj;
        }
    }

    private ScriptExpression ParseInterpolated(Token t)
    {
        var result = new ScriptInterpolatedString { Span = SpanOf(t) };
        foreach (var part in (List<object>)t.Value!)
        {
            if (part is string s)
            {
                result.Parts.Add(s);
                continue;
            }

            var hole = (InterpolationHole)part;
            var lexerErrors = new List<LogMessage>();
            var tokens = Lexer.TokenizeCode(_text, _file, lexerErrors, hole.Start.Offset, hole.Start, hole.End);
            var sub = new Parser(_text, _file, tokens, _messages);
            var expr = sub.ParseExpression();
            if (expr is not null && sub.Cur.Kind != TokenKind.Eof)
            {
                sub.Error(sub.Cur, "Unexpected token `" + sub.TokenText(sub.Cur) + "` while parsing expression");
            }

            _messages.AddRange(lexerErrors);
            result.Parts.Add(expr ?? new ScriptLiteral(null));
        }

        return result;
    }

    private ScriptExpression ParseAnonymousFunction()
    {
        var doToken = Cur;
        var savedSkip = _newLineSkip;
        var savedArgs = _noCallArgs;
        var savedFor = _inForIterator;
        var savedIndent = _indent;
        _newLineSkip = 0;
        _noCallArgs = false;
        _inForIterator = false;
        Next();
        var body = new ScriptBlock();
        var terminator = ParseStatements(body, EndOnly);
        if (terminator is null)
        {
            ErrorEndNotFound(LastTokenSpan(doToken), "anonymous function", "do ... end");
        }

        body.Span = SpanFrom(doToken.Start, Cur.End);
        var end = Cur;
        _newLineSkip = savedSkip;
        _noCallArgs = savedArgs;
        _inForIterator = savedFor;
        _indent = savedIndent;
        Next();
        return new ScriptAnonymousFunction(new UserFunction("do", null, body, null)) { Span = SpanFrom(doToken.Start, end.End) };
    }

    private SourceSpan LastTokenSpan(Token fallback)
    {
        if (_fatal)
        {
            return SpanOf(fallback);
        }

        var i = _count - 1;
        if (_tokens[i].Kind == TokenKind.Eof && i > 0)
        {
            i--;
        }

        var t = _tokens[i];
        return new SourceSpan(_file, t.Start, t.End);
    }

    /// <summary>Parses a block body until one of the terminators; reports a missing <c>end</c>.</summary>
    private ScriptBlock ParseBody(string[] terminators, out string? terminator, Token keyword, string statementName, string syntax)
    {
        var savedIndent = _indent;
        var body = new ScriptBlock();
        var start = Cur.Start;
        terminator = ParseStatements(body, terminators);
        body.Span = SpanFrom(start, Cur.Start);
        if (terminator is null)
        {
            ErrorEndNotFound(LastTokenSpan(keyword), statementName + " statement", syntax);
        }

        _indent = savedIndent;
        return body;
    }

    private void ConsumeEnd()
    {
        Next();
        ExpectEndOfStatement();
    }

    /// <summary>Parses a body that only <c>end</c> closes, then consumes the <c>end</c> if it was found.</summary>
    private ScriptBlock ParseBodyToEnd(Token keyword, string statementName, string syntax)
    {
        var body = ParseBody(EndOnly, out var terminator, keyword, statementName, syntax);
        if (terminator == "end")
        {
            ConsumeEnd();
        }

        return body;
    }

    /// <summary>
    /// Parses the condition of <c>if</c> or <c>while</c>. A missing one is reported and stands as null so the body is
    /// still parsed; returns false when the statement does not end after the condition.
    /// </summary>
    private bool ParseCondition(string construct, string syntax, out ScriptExpression condition)
    {
        if (!CanStartExpression(Cur))
        {
            ErrorExpectingExpression(construct, syntax);
            condition = new ScriptLiteral(null) { Span = SpanOf(Cur) };
            return true;
        }

        condition = ParseExpression() ?? new ScriptLiteral(null);
        return ExpectEndOfStatement();
    }

    private ScriptStatement? ParseIf()
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            return ParseIfCore();
        }
        finally
        {
            _nesting--;
        }
    }

    private ScriptStatement? ParseIfCore()
    {
        const string Syntax = "if <expression> ... end|else|else if";
        var ifToken = Cur;
        Next();
        if (!ParseCondition("if statement", Syntax, out var condition))
        {
            return null;
        }

        var then = ParseBody(EndElse, out var terminator, ifToken, "if", Syntax);
        var statement = new ScriptIfStatement(condition, then) { Span = SpanFrom(ifToken.Start, Cur.End) };
        if (terminator == "else")
        {
            var elseToken = Cur;
            Next();
            if (IsKeyword(Cur, "if"))
            {
                statement.Else = ParseIf();
                return statement;
            }

            if (!ExpectEndOfStatement())
            {
                return statement;
            }

            statement.Else = ParseBodyToEnd(elseToken, "else", "else ... end");
        }
        else if (terminator == "end")
        {
            ConsumeEnd();
        }

        return statement;
    }

    private ScriptStatement? ParseFor(string kind)
    {
        var syntax = kind + " <variable> in <expression> ... end";
        var forToken = Cur;
        Next();
        ScriptExpression variable;
        if (Cur.Kind == TokenKind.Identifier && !IsBlockKeyword((string)Cur.Value!))
        {
            variable = new ScriptVariable((string)Cur.Value!) { Span = SpanOf(Cur) };
        }
        else if (Cur.Kind == TokenKind.LocalIdentifier && ((string)Cur.Value!).Length > 1)
        {
            variable = new ScriptLocalVariable(((string)Cur.Value!).Substring(1)) { Span = SpanOf(Cur) };
        }
        else
        {
            Error(forToken, "Error while parsing " + kind + " statement: Expecting a variable instead of `" + TokenText(Cur) + "` in: " + syntax);
            RecoverBlock();
            return null;
        }

        Next();
        if (!IsKeyword(Cur, "in"))
        {
            Error(forToken, "Error while parsing " + kind + " statement: Expecting 'in' word instead of `" + TokenText(Cur) + "` in: " + syntax);
            RecoverBlock();
            return null;
        }

        Next();
        ScriptExpression iterable;
        if (!CanStartExpression(Cur))
        {
            ErrorExpectingExpression(kind + " statement", syntax);
            iterable = new ScriptLiteral(null);
        }
        else
        {
            _inForIterator = true;
            iterable = ParseExpression() ?? new ScriptLiteral(null);
            _inForIterator = false;
        }

        var statement = new ScriptForStatement(variable, iterable, kind);
        while (Cur.Kind == TokenKind.Identifier)
        {
            var option = (string)Cur.Value!;
            if (option == "reversed")
            {
                statement.Reversed = true;
                Next();
                continue;
            }

            if ((option is "offset" or "limit" or "cols") && Peek().Kind == TokenKind.Colon)
            {
                Next();
                Next();
                var value = ParseUnaryNoCallArgs();
                switch (option)
                {
                    case "offset":
                        statement.Offset = value;
                        break;
                    case "limit":
                        statement.Limit = value;
                        break;
                    default:
                        statement.Columns = value;
                        break;
                }

                continue;
            }

            break;
        }

        if (!ExpectEndOfStatement())
        {
            return null;
        }

        statement.Body = ParseBody(EndElse, out var terminator, forToken, kind, syntax);
        statement.Span = SpanOf(forToken);
        if (terminator == "else")
        {
            var elseToken = Cur;
            Next();
            ExpectEndOfStatement();
            statement.ElseBody = ParseBodyToEnd(elseToken, kind, syntax);
        }
        else if (terminator == "end")
        {
            ConsumeEnd();
        }

        return statement;
    }

    private ScriptStatement? ParseWhile()
    {
        const string Syntax = "while <expression> ... end";
        var whileToken = Cur;
        Next();
        if (!ParseCondition("while statement", Syntax, out var condition))
        {
            return null;
        }

        var body = ParseBodyToEnd(whileToken, "while", Syntax);
        return new ScriptWhileStatement(condition, body) { Span = SpanOf(whileToken) };
    }

    private ScriptStatement? ParseCase()
    {
        const string Syntax = "case <expression> ... when <expression> ... end";
        var caseToken = Cur;
        Next();
        if (!CanStartExpression(Cur))
        {
            ErrorExpectingExpression("case statement", Syntax);
            RecoverBlock();
            return null;
        }

        var value = ParseExpression() ?? new ScriptLiteral(null);
        var statement = new ScriptCaseStatement(value) { Span = SpanOf(caseToken) };
        if (!ExpectEndOfStatement())
        {
            return null;
        }

        while (!_fatal)
        {
            var t = Cur;
            switch (t.Kind)
            {
                case TokenKind.NewLine:
                case TokenKind.SemiColon:
                case TokenKind.CodeEnter:
                case TokenKind.CodeExit:
                case TokenKind.Raw:
                case TokenKind.Escape:
                    if (t.Kind == TokenKind.CodeEnter)
                    {
                        _indent = ComputeIndent(t);
                    }

                    Next();
                    continue;
                case TokenKind.Eof:
                    ErrorEndNotFound(LastTokenSpan(caseToken), "case statement", Syntax);
                    return statement;
            }

            if (IsKeyword(t, "end"))
            {
                ConsumeEnd();
                return statement;
            }

            if (IsKeyword(t, "when"))
            {
                Next();
                var values = new List<ScriptExpression>();
                while (CanStartExpression(Cur))
                {
                    var candidate = ParseExpression();
                    if (candidate is null)
                    {
                        break;
                    }

                    SplitOr(candidate, values);
                    if (Cur.Kind == TokenKind.Comma)
                    {
                        Next();
                        continue;
                    }

                    break;
                }

                if (!ExpectEndOfStatement())
                {
                    return statement;
                }

                var body = ParseBody(EndElseWhen, out var terminator, t, "when", "when <expression> ... end");
                statement.Whens.Add((values, body));
                if (terminator is null)
                {
                    return statement;
                }

                continue;
            }

            if (IsKeyword(t, "else"))
            {
                Next();
                ExpectEndOfStatement();
                statement.ElseBody = ParseBodyToEnd(t, "else", "else ... end");
                return statement;
            }

            Error(t, "Unexpected statement/expression `" + TokenText(t) + "` in the body of a `case` statement. Only `when`/`else` are expected.");
            SkipToEndOfStatement();
        }

        return statement;
    }

    private static void SplitOr(ScriptExpression expr, List<ScriptExpression> values)
    {
        if (expr is ScriptBinary { Operator: BinaryOp.Or } or)
        {
            SplitOr(or.Left, values);
            SplitOr(or.Right, values);
        }
        else
        {
            values.Add(expr);
        }
    }

    private ScriptStatement? ParseCapture() =>
        ParseTargetBlock("capture", "capture <variable> ... end", targetIsVariable: true) is { } block
            ? new ScriptCaptureStatement(block.Target, block.Body) { Span = block.Span }
            : null;

    /// <summary>Parses the shape <c>with</c>, <c>wrap</c> and <c>capture</c> share: keyword, target, end of statement, body up to <c>end</c>.</summary>
    /// <returns>Null when the statement is dropped after an error; a missing target skips its whole block.</returns>
    private (SourceSpan Span, ScriptExpression Target, ScriptBlock Body)? ParseTargetBlock(string statementName, string syntax, bool targetIsVariable)
    {
        var keyword = Cur;
        Next();
        if (!CanStartExpression(Cur))
        {
            ErrorExpectingExpression(statementName + " statement", syntax);
            RecoverBlockAfterError();
            return null;
        }

        var target = (targetIsVariable ? ParseUnaryNoCallArgs() : ParseExpression()) ?? new ScriptLiteral(null);
        if (!ExpectEndOfStatement())
        {
            return null;
        }

        var body = ParseBodyToEnd(keyword, statementName, syntax);
        return (SpanOf(keyword), target, body);
    }

    /// <summary>Drops the rest of the current statement and the block it opens, up to and including its <c>end</c>.</summary>
    private void RecoverBlockAfterError()
    {
        SkipToEndOfStatement();
        var body = new ScriptBlock();
        if (ParseStatements(body, EndOnly) == "end")
        {
            Next();
        }
    }

    private ScriptStatement? ParseFunction()
    {
        const string Syntax = "func <variable> ... end";
        var funcToken = Cur;
        Next();
        var nameToken = Cur;
        ScriptExpression name;
        string functionName;
        if (nameToken.Kind == TokenKind.Identifier)
        {
            functionName = (string)nameToken.Value!;
            name = new ScriptVariable(functionName) { Span = SpanOf(nameToken) };
        }
        else if (nameToken.Kind == TokenKind.LocalIdentifier)
        {
            functionName = ((string)nameToken.Value!).Substring(1);
            name = new ScriptLocalVariable(functionName) { Span = SpanOf(nameToken) };
        }
        else
        {
            Error(nameToken, "Error while parsing function statement: Expecting a function name instead of `" + TokenText(nameToken) + "` in: " + Syntax);
            RecoverBlock();
            return null;
        }

        Next();
        List<ScriptParameter>? parameters = null;
        if (Cur.Kind == TokenKind.OpenParen && !Cur.SpaceBefore)
        {
            parameters = ParseParameters();
        }

        if (!ExpectEndOfStatement())
        {
            ErrorEndNotFound(SpanOf(nameToken), "function statement", Syntax);
            return null;
        }

        var body = ParseBodyToEnd(nameToken, "function", Syntax);
        return new ScriptFunctionStatement(name, new UserFunction(functionName, parameters, body, null)) { Span = SpanOf(funcToken) };
    }

    private List<ScriptParameter> ParseParameters()
    {
        var parameters = new List<ScriptParameter>();
        _newLineSkip++;
        Next();
        var hasOptional = false;
        while (Cur.Kind == TokenKind.Identifier)
        {
            var p = Cur;
            Next();
            if (Cur.Kind == TokenKind.TripleDot)
            {
                Next();
                hasOptional = true;
                parameters.Add(new ScriptParameter((string)p.Value!, null, true, SpanOf(p)));
            }
            else if (Cur.Kind == TokenKind.Equal)
            {
                Next();
                var value = ParseConditional() ?? new ScriptLiteral(null);
                hasOptional = true;
                parameters.Add(new ScriptParameter((string)p.Value!, value, false, SpanOf(p)));
            }
            else
            {
                if (hasOptional)
                {
                    Error(p, "Cannot declare a normal parameter after an optional parameter.");
                }

                parameters.Add(new ScriptParameter((string)p.Value!, null, false, SpanOf(p)));
            }

            if (Cur.Kind == TokenKind.Comma)
            {
                Next();
                continue;
            }

            break;
        }

        _newLineSkip--;
        if (Cur.Kind != TokenKind.CloseParen)
        {
            Error(Cur, "Invalid token `" + TokenText(Cur) + "`. Expecting a closing `)`.");
            return parameters;
        }

        Next();
        return parameters;
    }

    private ScriptStatement ParseReturn()
    {
        var retToken = Cur;
        Next();
        var statement = new ScriptReturnStatement { Span = SpanOf(retToken) };
        if (!IsEndOfStatement(Cur.Kind) && CanStartExpression(Cur))
        {
            statement.Value = ParseExpression();
        }

        ExpectEndOfStatement();
        return statement;
    }

    private ScriptStatement? ParseWith() =>
        ParseTargetBlock("with", "with <variable> ... end", targetIsVariable: false) is { } block
            ? new ScriptWithStatement(block.Target, block.Body) { Span = block.Span }
            : null;

    private ScriptStatement? ParseImport()
    {
        var importToken = Cur;
        Next();
        if (!CanStartExpression(Cur))
        {
            ErrorExpectingExpression("import statement", "import <expression>");
            return null;
        }

        var target = ParseExpression() ?? new ScriptLiteral(null);
        ExpectEndOfStatement();
        return new ScriptImportStatement(target) { Span = SpanOf(importToken) };
    }

    private ScriptStatement? ParseReadOnly()
    {
        var token = Cur;
        Next();
        if (Cur.Kind != TokenKind.Identifier)
        {
            Error(Cur, "Error while parsing readonly statement: Expecting a variable instead of `" + TokenText(Cur) + "` in: readonly <variable>");
            return null;
        }

        var variable = new ScriptVariable((string)Cur.Value!) { Span = SpanOf(Cur) };
        Next();
        ExpectEndOfStatement();
        return new ScriptReadOnlyStatement(variable) { Span = SpanOf(token) };
    }

    private ScriptStatement? ParseWrap() =>
        ParseTargetBlock("wrap", "wrap <function_call> ... end", targetIsVariable: false) is { } block
            ? new ScriptWrapStatement(block.Target, block.Body) { Span = block.Span }
            : null;
}
