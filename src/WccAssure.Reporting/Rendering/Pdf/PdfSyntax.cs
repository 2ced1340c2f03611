using System.Globalization;
using System.Text;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// Reads PDF objects from bytes (ISO 32000-1, 7.2 and 7.3): enough of the syntax to read what Chromium writes and
/// any other classic PDF. Malformed input is an <see cref="InvalidDataException"/>, which the caller turns into a
/// problem to report.
/// </summary>
internal sealed class PdfSyntax(ReadOnlyMemory<byte> bytes, int position)
{
    public int Position { get; private set; } = position;

    private ReadOnlySpan<byte> Bytes => bytes.Span;

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) =>
        b
            is (byte)'('
                or (byte)')'
                or (byte)'<'
                or (byte)'>'
                or (byte)'['
                or (byte)']'
                or (byte)'{'
                or (byte)'}'
                or (byte)'/'
                or (byte)'%';

    /// <summary>The object that starts here; an integer followed by another and R is a reference.</summary>
    public PdfValue ReadValue()
    {
        SkipWhite();
        var b = Peek();
        switch (b)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'[':
                Position++;
                var items = new List<PdfValue>();
                while (SkipWhite() != ']')
                {
                    items.Add(ReadValue());
                }

                Position++;
                return new PdfArray(items);
            case (byte)'<' when At(Position + 1) == '<':
                return ReadDictionary();
            case (byte)'<':
                return new PdfToken(Take(Bytes[Position..].IndexOf((byte)'>') + 1));
            case (byte)'(':
                return new PdfToken(Take(LiteralStringLength()));
        }

        var word = ReadWord();
        if (word.Length == 0)
        {
            throw new InvalidDataException($"unexpected '{(char)b}' at byte {Position}");
        }

        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var back = Position;
            SkipWhite();
            var second = ReadWord();
            SkipWhite();
            if (
                int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
                && Peek() == 'R'
                && (Position + 1 >= Bytes.Length || IsWhite(At(Position + 1)) || IsDelimiter(At(Position + 1)))
            )
            {
                Position++;
                return new PdfReference(number, generation);
            }

            Position = back;
        }

        return new PdfToken(word);
    }

    /// <summary>
    /// Reads `n g obj … endobj` here: the object's number and its value (a stream's with its bytes).
    /// </summary>
    public (int Number, PdfValue Value) ReadIndirect(Func<PdfReference, PdfValue> resolve)
    {
        SkipWhite();
        var number = int.Parse(ReadWord(), CultureInfo.InvariantCulture);
        SkipWhite();
        ReadWord();
        SkipWhite();
        Expect("obj");
        var value = ReadValue();
        SkipWhite();
        if (value is PdfDictionary dictionary && Bytes[Position..].StartsWith("stream"u8))
        {
            Position += "stream".Length;
            Position += At(Position) == '\r' ? 2 : 1;
            var length = (dictionary["Length"] is PdfReference r ? resolve(r) : dictionary["Length"])
                is PdfToken { Number: { } n }
                ? (int)n
                : throw new InvalidDataException($"stream of object {number} has no length");
            value = dictionary with { Stream = bytes.Slice(Position, length) };
        }

        return (number, value);
    }

    public string ReadWord()
    {
        var start = Position;
        while (Position < Bytes.Length && !IsWhite(Bytes[Position]) && !IsDelimiter(Bytes[Position]))
        {
            Position++;
        }

        return Encoding.Latin1.GetString(Bytes[start..Position]);
    }

    public void Expect(string keyword)
    {
        var word = ReadWord();
        if (word != keyword)
        {
            throw new InvalidDataException($"expected '{keyword}' at byte {Position - word.Length}, found '{word}'");
        }
    }

    /// <summary>
    /// Skips white space and comments; the next byte as a character, '\0' at the end (or for a zero byte).
    /// </summary>
    public char SkipWhite()
    {
        while (Position < Bytes.Length)
        {
            if (Bytes[Position] == '%')
            {
                while (Position < Bytes.Length && Bytes[Position] is not (10 or 13))
                {
                    Position++;
                }
            }
            else if (IsWhite(Bytes[Position]))
            {
                Position++;
            }
            else
            {
                break;
            }
        }

        return (char)At(Position);
    }

    private byte Peek() =>
        Position < Bytes.Length ? Bytes[Position] : throw new InvalidDataException("the file ends inside an object");

    private byte At(int index) => index < Bytes.Length ? Bytes[index] : (byte)0;

    private string Take(int length)
    {
        if (length <= 0)
        {
            throw new InvalidDataException($"unterminated string at byte {Position}");
        }

        var text = Encoding.Latin1.GetString(Bytes.Slice(Position, length));
        Position += length;
        return text;
    }

    private PdfName ReadName()
    {
        Position++;
        var raw = ReadWord();
        var value = new StringBuilder();
        for (var i = 0; i < raw.Length; i++)
        {
            if (
                raw[i] == '#'
                && i + 2 < raw.Length
                && byte.TryParse(
                    raw.AsSpan(i + 1, 2),
                    NumberStyles.HexNumber,
                    CultureInfo.InvariantCulture,
                    out var escaped
                )
            )
            {
                value.Append((char)escaped);
                i += 2;
            }
            else
            {
                value.Append(raw[i]);
            }
        }

        return new PdfName(value.ToString(), "/" + raw);
    }

    private PdfDictionary ReadDictionary()
    {
        Position += 2;
        var entries = new List<KeyValuePair<string, PdfValue>>();
        while (SkipWhite() != '>')
        {
            var key =
                ReadValue() as PdfName
                ?? throw new InvalidDataException($"a dictionary key is not a name at byte {Position}");
            entries.Add(new(key.Value, ReadValue()));
        }

        if (At(Position + 1) != '>')
        {
            throw new InvalidDataException($"unterminated dictionary at byte {Position}");
        }

        Position += 2;
        return new PdfDictionary(entries);
    }

    /// <summary>
    /// A literal string's length in bytes, brackets included: parentheses nest, a backslash escapes the next byte.
    /// </summary>
    private int LiteralStringLength()
    {
        var depth = 0;
        for (var i = Position; i < Bytes.Length; i++)
        {
            switch (Bytes[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')' when --depth == 0:
                    return i - Position + 1;
            }
        }

        return 0;
    }
}
