using WccAssure.Core.Model.Assessment;

namespace WccAssure.Reporting.View;

/// <summary>
/// One evidence item as the author wrote it, so the draft can be proof-read: the text, its tags, its source and
/// (for authors) the file and line it is on. Plain text: the templates escape it as all author text.
/// </summary>
internal sealed record EvidenceView(string Text, string Tags, string Source, string At)
{
    /// <summary>
    /// The evidence items of one measure in the order written, each located by its file inside
    /// <paramref name="folder"/> (the assessment's) and line: "competencies/c01.yaml:12".
    /// </summary>
    public static IReadOnlyList<EvidenceView> Of<T>(MeasureRecord<T> record, string folder)
        where T : struct =>
        [
            .. record.Evidence.Select(e => new EvidenceView(
                e.Text.Trim(),
                string.Join(", ", e.Tags),
                e.Source?.ToString() ?? "",
                $"{e.Location.File.Replace(folder + "/", "", StringComparison.Ordinal)}:{e.Location.Line}"
            )),
        ];
}
