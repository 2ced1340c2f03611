namespace WccAssure.Reporting.View;

/// <summary>
/// One governance measure on its area's page in report.html.sbn and report.md.sbn: a row of the Red / Amber / Green
/// grid, its rationale and, where shown, its evidence items.
/// </summary>
/// <param name="Number">The measure's number within its area, as the framework numbers it.</param>
/// <param name="Name">The measure's name.</param>
/// <param name="Cells">Red, Amber and Green, in that order, each with the markers that sit in it.</param>
/// <param name="Evidenced">The rating the evidence supports ("Green"), or "no evidence yet".</param>
/// <param name="EvidencedClass">Its class word (red, amber, green), "unknown" with no evidence yet.</param>
/// <param name="Rationale">The rationale recorded for the rating, else <see cref="NoteView.None"/>.</param>
internal sealed record GovernanceRowView(
    int Number,
    string Name,
    IReadOnlyList<MarkCell> Cells,
    string Evidenced,
    string EvidencedClass,
    NoteView Rationale
)
{
    /// <summary>Stands in for an empty <see cref="Rationale"/>, saying too when there is no evidence yet.</summary>
    public string NoRationale { get; init; } = "No rationale recorded.";

    /// <summary>The evidenced rating behind <see cref="EvidencedClass"/>; null with no evidence yet.</summary>
    public Core.Model.Rag? EvidencedRag { get; init; }

    /// <summary>The measure's evidence items, listed when <see cref="ReportView.ShowEvidence"/> is set.</summary>
    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}
