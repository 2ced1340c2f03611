using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// A PDF file opened for reading through its cross-reference tables (ISO 32000-1, 7.5.4): objects by number, the
/// pages in order and the named destinations. Files whose cross-references are streams (PDF 1.5's compressed
/// form) are refused with an <see cref="InvalidDataException"/>: Chromium writes the classic table.
/// </summary>
internal sealed class PdfFile
{
    private readonly ReadOnlyMemory<byte> bytes;
    private readonly Dictionary<int, int> offsets = [];
    private readonly Dictionary<int, PdfValue> read = [];

    private PdfFile(ReadOnlyMemory<byte> bytes)
    {
        this.bytes = bytes;
        var startxref = bytes.Span[^Math.Min(bytes.Length, 1024)..].LastIndexOf("startxref"u8);
        if (startxref < 0)
        {
            throw new InvalidDataException("no startxref");
        }

        var at = new PdfSyntax(bytes, bytes.Length - Math.Min(bytes.Length, 1024) + startxref + "startxref".Length);
        at.SkipWhite();
        XrefOffset = int.Parse(at.ReadWord(), CultureInfo.InvariantCulture);
        Trailer = ReadSection(XrefOffset);
        for (var previous = Trailer["Prev"]; previous is PdfToken { Number: { } p }; )
        {
            previous = ReadSection((int)p)["Prev"];
        }
    }

    /// <summary>The newest trailer: /Root, /Info and /Size.</summary>
    public PdfDictionary Trailer { get; }

    /// <summary>Where the newest cross-reference table starts: an update's /Prev.</summary>
    public int XrefOffset { get; }

    public int Size => Trailer["Size"] is PdfToken { Number: { } n } ? (int)n : offsets.Keys.Max() + 1;

    public static PdfFile Open(ReadOnlyMemory<byte> bytes) => new(bytes);

    public PdfValue Resolve(PdfValue? value) =>
        value switch
        {
            PdfReference r => Object(r.Number),
            null => new PdfToken("null"),
            _ => value,
        };

    public PdfDictionary Dictionary(PdfValue? value) =>
        Resolve(value) as PdfDictionary ?? throw new InvalidDataException($"expected a dictionary, found {value}");

    public PdfValue Object(int number)
    {
        if (read.TryGetValue(number, out var value))
        {
            return value;
        }

        if (!offsets.TryGetValue(number, out var offset) || offset < 0)
        {
            return new PdfToken("null");
        }

        var (found, parsed) = new PdfSyntax(bytes, offset).ReadIndirect(r => Object(r.Number));
        if (found != number)
        {
            throw new InvalidDataException($"the cross-reference table puts object {number} where object {found} is");
        }

        read[number] = parsed;
        return parsed;
    }

    /// <summary>Every page's object number, in order, from the page tree.</summary>
    public IReadOnlyList<int> Pages()
    {
        var pages = new List<int>();
        void Walk(PdfValue node, int depth)
        {
            if (depth > 64 || node is not PdfReference reference)
            {
                throw new InvalidDataException("the page tree is malformed");
            }

            var dictionary = Dictionary(reference);
            if (dictionary["Kids"] is { } kids)
            {
                foreach (var kid in ((PdfArray)Resolve(kids)).Items)
                {
                    Walk(kid, depth + 1);
                }
            }
            else
            {
                pages.Add(reference.Number);
            }
        }

        Walk(Dictionary(Trailer["Root"])["Pages"]!, 0);
        return pages;
    }

    /// <summary>
    /// The page object a destination points to: a name (looked up in /Dests or the /Names tree) or an explicit array.
    /// </summary>
    public int? DestinationPage(PdfValue? destination)
    {
        var resolved = Resolve(destination);
        if (resolved is PdfName name)
        {
            resolved = Resolve(NamedDestination(name.Value));
        }

        if (resolved is PdfDictionary { } withD)
        {
            resolved = Resolve(withD["D"]);
        }

        return resolved is PdfArray { Items: [PdfReference page, ..] } ? page.Number : null;
    }

    /// <summary>A stream's bytes, inflated when it is FlateDecode (the only filter Chromium uses for text).</summary>
    public byte[] StreamBytes(PdfDictionary stream)
    {
        var raw = stream.Stream ?? throw new InvalidDataException("not a stream");
        var filter = Resolve(stream["Filter"]);
        if (filter is PdfToken { Raw: "null" })
        {
            return raw.ToArray();
        }

        if (
            filter is not PdfName { Value: "FlateDecode" }
            && filter is not PdfArray { Items: [PdfName { Value: "FlateDecode" }] }
        )
        {
            throw new InvalidDataException($"unsupported stream filter {filter}");
        }

        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(raw.ToArray()), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return inflated.ToArray();
    }

    private PdfValue? NamedDestination(string name)
    {
        var catalog = Dictionary(Trailer["Root"]);
        if (catalog["Dests"] is { } dests && Dictionary(dests)[name] is { } old)
        {
            return old;
        }

        return catalog["Names"] is { } names && Dictionary(names)["Dests"] is { } tree
            ? FromNameTree(Dictionary(tree), name, 0)
            : null;
    }

    private PdfValue? FromNameTree(PdfDictionary node, string name, int depth)
    {
        if (depth > 64)
        {
            throw new InvalidDataException("the name tree is malformed");
        }

        if (node["Names"] is { } pairs)
        {
            var items = ((PdfArray)Resolve(pairs)).Items;
            for (var i = 0; i + 1 < items.Count; i += 2)
            {
                if (Resolve(items[i]) is PdfToken key && LiteralText(key.Raw) == name)
                {
                    return items[i + 1];
                }
            }
        }

        foreach (var kid in node["Kids"] is { } kids ? ((PdfArray)Resolve(kids)).Items : [])
        {
            if (FromNameTree(Dictionary(kid), name, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// A plain literal string's text (names in a name tree are ASCII; escapes other than \\ ( ) are not expected).
    /// </summary>
    private static string LiteralText(string raw) =>
        raw.StartsWith('(')
            ? raw[1..^1]
                .Replace("\\(", "(", StringComparison.Ordinal)
                .Replace("\\)", ")", StringComparison.Ordinal)
                .Replace("\\\\", "\\", StringComparison.Ordinal)
            : raw;

    /// <summary>
    /// Reads one cross-reference table at <paramref name="offset"/>, keeping entries a newer table did not set; its
    /// trailer.
    /// </summary>
    private PdfDictionary ReadSection(int offset)
    {
        var syntax = new PdfSyntax(bytes, offset);
        syntax.SkipWhite();
        if (syntax.ReadWord() != "xref")
        {
            throw new InvalidDataException("the cross-references are not a classic table (a cross-reference stream?)");
        }

        while (true)
        {
            syntax.SkipWhite();
            var word = syntax.ReadWord();
            if (word == "trailer")
            {
                return syntax.ReadValue() as PdfDictionary
                    ?? throw new InvalidDataException("the trailer is not a dictionary");
            }

            var first = int.Parse(word, CultureInfo.InvariantCulture);
            syntax.SkipWhite();
            var count = int.Parse(syntax.ReadWord(), CultureInfo.InvariantCulture);
            for (var i = 0; i < count; i++)
            {
                syntax.SkipWhite();
                var at = int.Parse(syntax.ReadWord(), CultureInfo.InvariantCulture);
                syntax.SkipWhite();
                syntax.ReadWord();
                syntax.SkipWhite();
                var kind = syntax.ReadWord();
                // A newer table's word stands, a free entry's too (it maps to nothing).
                offsets.TryAdd(first + i, kind == "n" ? at : -1);
            }
        }
    }

    public override string ToString() => Encoding.Latin1.GetString(bytes.Span[..Math.Min(8, bytes.Length)]);
}
