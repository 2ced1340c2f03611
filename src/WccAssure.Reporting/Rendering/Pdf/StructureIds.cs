using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// Makes a printed PDF's tag tree the same whichever page printed it. Chromium names the tag tree's elements (table
/// headers, the ID tree that finds them) after the DOM nodes they came from, "node" and eight digits, and a page
/// numbers its nodes on from the previous document it showed: a reused page prints the same report under other
/// names. The names are rewritten to node00000001, node00000002, … in their printed order, digit for digit, so no
/// byte moves, the cross-reference table's offsets stay true, and the ID tree stays sorted.
/// </summary>
internal static partial class StructureIds
{
    public static byte[] Renumber(byte[] pdf)
    {
        // Latin-1 maps each byte to one character and back, so positions in the text are positions in the file.
        var names = Named().Matches(Encoding.Latin1.GetString(pdf));
        var order = names
            .Select(n => n.Groups["node"].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select((node, index) => (node, index))
            .ToDictionary(n => n.node, n => n.index + 1, StringComparer.Ordinal);
        foreach (Match name in names)
        {
            var node = name.Groups["node"];
            var renumbered = order[node.Value].ToString("D8", CultureInfo.InvariantCulture);
            Encoding.Latin1.GetBytes(renumbered, 0, renumbered.Length, pdf, node.Index);
        }

        return pdf;
    }

    /// <summary>
    /// A name is always a whole string in the file, "(node" and eight digits and ")": that pattern and no wider, so
    /// nothing else the file holds is touched.
    /// </summary>
    [GeneratedRegex(@"\(node(?<node>\d{8})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
