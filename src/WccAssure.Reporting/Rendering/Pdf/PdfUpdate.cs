using System.Globalization;
using System.Text;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// An incremental update (ISO 32000-1, 7.5.6): changed and new objects appended after the file's end with a
/// cross-reference table of their own that points back to the old one. Every byte the printer wrote stays where it
/// was, so the tag tree, the outline and the backgrounds are untouched by construction.
/// </summary>
internal sealed class PdfUpdate(PdfFile file)
{
    private readonly SortedDictionary<int, byte[]> objects = [];
    private int next = file.Size;

    /// <summary>A new object's number, to be written with <see cref="Set"/>.</summary>
    public PdfReference Reserve() => new(next++, 0);

    public void Set(int number, PdfDictionary value) => objects[number] = Latin1(value.ToString());

    /// <summary>
    /// A new stream object holding <paramref name="content"/> as is (a few hundred bytes: not worth compressing).
    /// </summary>
    public PdfReference AddStream(string content)
    {
        var reference = Reserve();
        objects[reference.Number] = Latin1(
            $"<</Length {Encoding.Latin1.GetByteCount(content)}>>\nstream\n{content}\nendstream"
        );
        return reference;
    }

    /// <summary>The original bytes followed by the update; the same file when nothing was set.</summary>
    public byte[] Apply(byte[] original)
    {
        if (objects.Count == 0)
        {
            return original;
        }

        using var output = new MemoryStream(original.Length + 4096);
        output.Write(original);
        if (original.Length > 0 && original[^1] != '\n')
        {
            output.WriteByte((byte)'\n');
        }

        var offsets = new List<(int Number, long Offset)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, output.Position));
            output.Write(Latin1($"{number} 0 obj\n"));
            output.Write(body);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        var trailer = file
            .Trailer.Entries.Where(e => e.Key is "Root" or "Info" or "ID")
            .Prepend(new("Size", new PdfToken(next.ToString(CultureInfo.InvariantCulture))))
            .Append(new("Prev", new PdfToken(file.XrefOffset.ToString(CultureInfo.InvariantCulture))));
        table
            .Append("trailer\n")
            .Append(new PdfDictionary([.. trailer]))
            .Append(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Latin1(table.ToString()));
        return output.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
