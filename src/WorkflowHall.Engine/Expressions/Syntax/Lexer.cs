using System.Globalization;
using System.Text;

namespace WorkflowHall.Engine.Expressions.Syntax;

/// <summary>
/// Reads tokens on demand from a slice of the original text, so positions are positions in what the
/// author wrote and the first error reported is the first one in reading order.
/// </summary>
internal sealed class Lexer(string text, int start, int end)
{
    private int _position = start;

    public Token Next()
    {
        SkipWhitespace();
        if (_position >= end)
        {
            return new Token(TokenKind.End, end, "");
        }

        var at = _position;
        var c = text[at];
        switch (c)
        {
            case '+': return Symbol(TokenKind.Plus, 1);
            case '-': return Symbol(TokenKind.Minus, 1);
            case '*': return Symbol(TokenKind.Star, 1);
            case '/': return Symbol(TokenKind.Slash, 1);
            case '%': return Symbol(TokenKind.Percent, 1);
            case '?': return Symbol(TokenKind.Question, 1);
            case ':': return Symbol(TokenKind.Colon, 1);
            case '.': return Symbol(TokenKind.Dot, 1);
            case '[': return Symbol(TokenKind.LeftBracket, 1);
            case ']': return Symbol(TokenKind.RightBracket, 1);
            case '(': return Symbol(TokenKind.LeftParen, 1);
            case ')': return Symbol(TokenKind.RightParen, 1);
            case '<': return Peek(1) == '=' ? Symbol(TokenKind.LessOrEqual, 2) : Symbol(TokenKind.Less, 1);
            case '>': return Peek(1) == '=' ? Symbol(TokenKind.GreaterOrEqual, 2) : Symbol(TokenKind.Greater, 1);
            case '!': return Peek(1) == '=' ? Symbol(TokenKind.NotEqual, 2) : Symbol(TokenKind.Not, 1);
            case '=': return Peek(1) == '=' ? Symbol(TokenKind.Equal, 2) : throw SyntaxErrors.SingleEquals(at);
            case '&': return Peek(1) == '&' ? Symbol(TokenKind.AndAlso, 2) : throw SyntaxErrors.SingleAmpersand(at);
            case '|': return Peek(1) == '|' ? Symbol(TokenKind.OrElse, 2) : throw SyntaxErrors.SinglePipe(at);
            case '\'' or '"': return ReadString(c);
            case '}': throw SyntaxErrors.SecondExpression(at, "}");
            case '$' or '#' when Peek(1) == '{': throw SyntaxErrors.SecondExpression(at, c + "{");
        }

        if (char.IsAsciiDigit(c))
        {
            return ReadNumber();
        }

        if (IsWordStart(at))
        {
            return ReadWord();
        }

        if (FullWidthCounterpart(c) is { } intended)
        {
            throw SyntaxErrors.FullWidthCharacter(at, c, intended);
        }

        throw SyntaxErrors.UnexpectedCharacter(at, CharacterAt(at));
    }

    private char Peek(int offset) => _position + offset < end ? text[_position + offset] : '\0';

    private Token Symbol(TokenKind kind, int length)
    {
        var token = new Token(kind, _position, text.Substring(_position, length));
        _position += length;
        return token;
    }

    private void SkipWhitespace()
    {
        while (_position < end && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private Token ReadNumber()
    {
        var at = _position;
        SkipDigits();
        if (Peek(0) == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _position++;
            SkipDigits();
        }

        if (Peek(0) is 'e' or 'E')
        {
            var sign = Peek(1) is '+' or '-' ? 1 : 0;
            if (char.IsAsciiDigit(Peek(1 + sign)))
            {
                _position += 1 + sign;
                SkipDigits();
            }
        }

        var written = text.Substring(at, _position - at);
        if (!decimal.TryParse(written, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            throw SyntaxErrors.NumberOutOfRange(at, written);
        }

        return new Token(TokenKind.Number, at, written, value);
    }

    private void SkipDigits()
    {
        while (_position < end && char.IsAsciiDigit(text[_position]))
        {
            _position++;
        }
    }

    private Token ReadString(char quote)
    {
        var at = _position;
        _position++;
        StringBuilder? decoded = null;
        var runStart = _position;
        while (_position < end)
        {
            var c = text[_position];
            if (c == quote)
            {
                var value = decoded is null
                    ? text.Substring(runStart, _position - runStart)
                    : decoded.Append(text, runStart, _position - runStart).ToString();
                _position++;
                return new Token(TokenKind.String, at, text.Substring(at, _position - at), value);
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            decoded ??= new StringBuilder();
            decoded.Append(text, runStart, _position - runStart);
            decoded.Append(ReadEscape());
            runStart = _position;
        }

        throw SyntaxErrors.UnterminatedString(at, quote);
    }

    private char ReadEscape()
    {
        var at = _position;
        var escaped = Peek(1);
        _position += 2;
        switch (escaped)
        {
            case '\\' or '\'' or '"': return escaped;
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when _position + 4 <= end
                && ushort.TryParse(text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return (char)code;
            default:
                var length = Math.Min(escaped == 'u' ? 6 : 2, end - at);
                throw SyntaxErrors.InvalidEscape(at, text.Substring(at, length));
        }
    }

    private Token ReadWord()
    {
        var at = _position;
        while (_position < end && IsWordPart(_position, out var width))
        {
            _position += width;
        }

        var word = text.Substring(at, _position - at);
        return new Token(KeywordKind(word), at, word, IsWord: true);
    }

    private static TokenKind KeywordKind(string word) => word switch
    {
        "true" => TokenKind.True,
        "false" => TokenKind.False,
        "null" => TokenKind.Null,
        "and" => TokenKind.AndAlso,
        "or" => TokenKind.OrElse,
        "not" => TokenKind.Not,
        "empty" => TokenKind.Empty,
        "eq" => TokenKind.Equal,
        "ne" => TokenKind.NotEqual,
        "lt" => TokenKind.Less,
        "gt" => TokenKind.Greater,
        "le" => TokenKind.LessOrEqual,
        "ge" => TokenKind.GreaterOrEqual,
        "div" => TokenKind.Slash,
        "mod" => TokenKind.Percent,
        _ => TokenKind.Identifier,
    };

    // Runes rather than chars so that CJK letters outside the Basic Multilingual Plane (rare given
    // names and place names) work as variable names too.
    private bool IsWordStart(int index) =>
        text[index] == '_' || (Rune.TryGetRuneAt(text, index, out var rune) && Rune.IsLetter(rune));

    private bool IsWordPart(int index, out int width)
    {
        width = 1;
        var c = text[index];
        if (c == '_' || char.IsAsciiDigit(c))
        {
            return true;
        }

        if (!Rune.TryGetRuneAt(text, index, out var rune) || !Rune.IsLetterOrDigit(rune))
        {
            return false;
        }

        width = rune.Utf16SequenceLength;
        return true;
    }

    private string CharacterAt(int index) =>
        Rune.TryGetRuneAt(text, index, out var rune) ? rune.ToString() : text[index].ToString();

    // Chinese input methods readily produce full-width brackets, quotes and operators.
    private static char? FullWidthCounterpart(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '“' or '”' => '"',
        '‘' or '’' => '\'',
        '。' => '.',
        '【' => '[',
        '】' => ']',
        _ => null,
    };
}
