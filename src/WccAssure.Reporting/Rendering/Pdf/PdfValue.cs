using System.Globalization;
using System.Text;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// A PDF object as read from a file (ISO 32000-1, 7.3). Scalars keep the bytes they were written with, so a dictionary
/// read and written again says the same thing in the same words.
/// </summary>
internal abstract record PdfValue
{
    public abstract void WriteTo(StringBuilder output);

    public sealed override string ToString()
    {
        var output = new StringBuilder();
        WriteTo(output);
        return output.ToString();
    }
}

/// <summary>A number, boolean, null or string, in the file's own spelling (Latin-1, one character per byte).</summary>
internal sealed record PdfToken(string Raw) : PdfValue
{
    public double? Number =>
        double.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    public override void WriteTo(StringBuilder output) => output.Append(Raw);
}

/// <summary>A name, decoded (#xx escapes resolved) for comparison and written as read.</summary>
internal sealed record PdfName(string Value, string Raw) : PdfValue
{
    /// <summary>A name for <paramref name="value"/>, escaping what a name cannot hold as is.</summary>
    public static PdfName Of(string value) =>
        new(
            value,
            "/"
                + string.Concat(
                    value.Select(c =>
                        c is > ' ' and < '\x7f' && !PdfSyntax.IsDelimiter((byte)c) && c != '#'
                            ? c.ToString()
                            : $"#{(int)c:X2}"
                    )
                )
        );

    public override void WriteTo(StringBuilder output) => output.Append(Raw);
}

internal sealed record PdfReference(int Number, int Generation) : PdfValue
{
    public override void WriteTo(StringBuilder output) =>
        output.Append(CultureInfo.InvariantCulture, $"{Number} {Generation} R");
}

internal sealed record PdfArray(IReadOnlyList<PdfValue> Items) : PdfValue
{
    public override void WriteTo(StringBuilder output)
    {
        output.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            output.Append(i == 0 ? "" : " ");
            Items[i].WriteTo(output);
        }

        output.Append(']');
    }
}

/// <summary>
/// A dictionary in its written order; a stream's dictionary carries the stream's bytes as they are in the file.
/// </summary>
internal sealed record PdfDictionary(
    IReadOnlyList<KeyValuePair<string, PdfValue>> Entries,
    ReadOnlyMemory<byte>? Stream = null
) : PdfValue
{
    public PdfValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    /// <summary>
    /// The same dictionary with <paramref name="key"/> set to <paramref name="value"/>, in its place or last.
    /// </summary>
    public PdfDictionary With(string key, PdfValue value) =>
        this with
        {
            Entries = Entries.Any(e => e.Key == key)
                ? [.. Entries.Select(e => e.Key == key ? new KeyValuePair<string, PdfValue>(key, value) : e)]
                : [.. Entries, new KeyValuePair<string, PdfValue>(key, value)],
        };

    public override void WriteTo(StringBuilder output)
    {
        output.Append("<<");
        foreach (var (key, value) in Entries)
        {
            output.Append(PdfName.Of(key).Raw).Append(' ');
            value.WriteTo(output);
            output.Append('\n');
        }

        output.Append(">>");
    }
}
