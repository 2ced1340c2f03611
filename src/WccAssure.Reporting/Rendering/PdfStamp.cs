using System.Text;
using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Makes a printed PDF the same bytes for the same report. Chromium stamps the document's created and modified
/// dates with the clock, and nothing else in its output changes between runs; this rewrites both to the fixed date
/// the workbook carries (the 2009/10 assurance round's), digit for digit, so no byte moves and the cross-reference
/// table's offsets stay true.
/// </summary>
internal static partial class PdfStamp
{
    private const string FixedDate = "20100501000000";
    private const string FixedZone = "+00'00'";

    public static byte[] Apply(byte[] pdf)
    {
        // Latin-1 maps each byte to one character and back, so positions in the text are positions in the file.
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match date in Dated().Matches(text))
        {
            Encoding.Latin1.GetBytes(FixedDate, 0, FixedDate.Length, pdf, date.Groups["clock"].Index);
            var zone = date.Groups["zone"];
            if (zone.Length == FixedZone.Length)
            {
                Encoding.Latin1.GetBytes(FixedZone, 0, FixedZone.Length, pdf, zone.Index);
            }
        }

        return pdf;
    }

    [GeneratedRegex(
        @"/(?:CreationDate|ModDate)\s*\(D:(?<clock>\d{14})(?<zone>[^)]{0,8})\)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Dated();
}
