using System.Globalization;
using DocumentFormat.OpenXml;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The document as it is laid out, in reading order: the body's blocks, the footnotes the marks have made so far
/// (numbered in the order the text refers to them) and the pictures to embed.
/// </summary>
internal sealed class WordBuilder(ReportView view)
{
    public ReportView View { get; } = view;

    public List<OpenXmlElement> Body { get; } = [];

    /// <summary>The panel's issued edition prints its footnotes without the source's line citations.</summary>
    public WordNotes Notes { get; } = new(view.ForPanel);

    public List<(string Id, WordPng Png)> Pictures { get; } = [];

    public void Add(params OpenXmlElement[] blocks) => Body.AddRange(blocks);

    /// <summary>A picture drawn from the view's SVG, with a description for readers who cannot see it.</summary>
    public void Picture(string svg, string description)
    {
        var number = (uint)Pictures.Count + 1;
        var id = $"rIdPicture{number.ToString(CultureInfo.InvariantCulture)}";
        var png = WordPicture.Rasterise(svg);
        Pictures.Add((id, png));
        Add(WordPicture.Inline(id, number, png, description));
    }

    /// <summary>A value with its provenance mark and footnote, e.g. "2.33*¹".</summary>
    public IEnumerable<OpenXmlElement> Value(string text, ValueMark mark) =>
        [.. WordInline.Text(text), .. Notes.Mark(mark)];

    /// <summary>Narrative as runs, with the source it cites after it (the panel's edition cites none).</summary>
    public static IEnumerable<OpenXmlElement> Note(NoteView note) =>
        note.Cite.Length == 0
            ? WordInline.Runs(note.Html)
            : [.. WordInline.Runs(note.Html), WordText.Muted($" ({note.Cite})")];

    /// <summary>One bullet per note; the text for an empty list when there are none.</summary>
    public void Bullets(IEnumerable<NoteView> notes, string none = "")
    {
        var any = false;
        foreach (var note in notes)
        {
            any = true;
            Add(WordText.Bullet(Note(note)));
        }

        if (!any && none.Length > 0)
        {
            Add(WordText.Body([WordText.Muted(none)]));
        }
    }

    public void Bullets(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Add(WordText.Bullet(WordInline.Text(line)));
        }
    }
}
