using DocumentFormat.OpenXml;

namespace WccAssure.Reporting.Word;

/// <summary>One table cell: its content, and optionally a fill and the text colour that reads on it.</summary>
internal sealed record WordCell(
    IReadOnlyList<OpenXmlElement> Content,
    string? Fill = null,
    string? Ink = null,
    bool Centre = false
)
{
    public static WordCell Of(string text, string? fill = null, string? ink = null, bool centre = false) =>
        new([.. WordInline.Text(text)], fill, ink, centre);

    public static WordCell Of(
        IEnumerable<OpenXmlElement> content,
        string? fill = null,
        string? ink = null,
        bool centre = false
    ) => new([.. content], fill, ink, centre);
}
