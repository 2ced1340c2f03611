using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Panel;

/// <summary>
/// What the panel's workbook shows, worked out from the scored assessment so the writer only lays it out: who and
/// what it is for, and per sheet a row per measure with the ratings beside the cells the panel fills in.
/// </summary>
public sealed record PanelSheetPlan(
    string Title,
    IReadOnlyList<(string Label, string Value)> Identity,
    IReadOnlyList<PanelSheetPage> Pages
)
{
    /// <summary>
    /// The workbook to export for <paramref name="score"/>; <paramref name="fingerprint"/> is its files' (see
    /// <see cref="AssessmentFingerprint"/>), printed on the identity sheet.
    /// </summary>
    public static PanelSheetPlan From(AssessmentScore score, string fingerprint)
    {
        var a = score.Assessment;
        var shapes = PanelLayout.Sheets(score.Framework);
        var pages = new List<PanelSheetPage>();
        foreach (var competency in score.Competencies)
        {
            var shape = shapes.First(s => s.Levels && s.Id == competency.Definition.Id);
            pages.Add(
                new(
                    shape,
                    [
                        .. competency.Measures.Select(m =>
                            Row(
                                shape,
                                m.Definition.Id,
                                m.Record,
                                m.EvidencedLevel,
                                m.Gap.Count == 0 ? "" : $"To reach {m.EvidencedLevel + 1}: " + Explain(m.Gap, a.Folder)
                            )
                        ),
                    ]
                )
            );
        }

        foreach (var area in score.Governance)
        {
            var shape = shapes.First(s => !s.Levels && s.Id == area.Definition.Id);
            pages.Add(
                new(
                    shape,
                    [
                        .. area.Measures.Select(m =>
                            Row(
                                shape,
                                m.Definition.Id,
                                m.Record,
                                m.Evidenced,
                                m.Next is { } next ? $"To reach {next.Title()}: " + Explain(m.Gap, a.Folder) : ""
                            )
                        ),
                    ]
                )
            );
        }

        (string, string)[] identity =
        [
            ("Organisation code", a.OrganisationCode),
            ("Organisation", a.OrganisationName),
            ("Year", a.Year),
            ("Framework", a.FrameworkId),
            ("Fingerprint", fingerprint),
        ];
        return new(
            $"{(a.Synthetic ? "SYNTHETIC " : "")}Panel ratings: {a.OrganisationName} ({a.OrganisationCode}), "
                + $"{a.Year.Replace('-', '/')}",
            identity,
            pages
        );
    }

    private static PanelSheetRow Row<T>(
        PanelSheetShape shape,
        string id,
        Model.Assessment.MeasureRecord<T> record,
        T evidenced,
        string lacks
    )
        where T : struct
    {
        var measure = shape.Measures.First(m => m.Id == id);
        return new(
            measure.Label,
            measure.Name,
            RatingWords.Show(record.Self, "–"),
            RatingWords.Show(evidenced) + "†",
            lacks,
            RatingWords.Show(record.LastYear, "–"),
            RatingWords.Show(record.Panel, "–"),
            record.Panel is { } panel ? RatingWords.Show(panel.Value) : null,
            record.Rationale
        );
    }

    private static string Explain(IReadOnlyList<CriterionResult> gap, string folder) =>
        string.Join("; ", gap.Select(g => g.Explain(folder)));
}
