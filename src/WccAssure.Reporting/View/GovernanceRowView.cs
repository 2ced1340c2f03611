namespace WccAssure.Reporting.View;

public sealed record GovernanceRowView(
    int Number,
    string Name,
    IReadOnlyList<MarkCell> Cells,
    string Evidenced,
    string EvidencedClass,
    NoteView Rationale
)
{
    public string NoRationale { get; init; } = "No rationale recorded.";

    /// <summary>The evidenced rating behind <see cref="EvidencedClass"/>; null with no evidence yet.</summary>
    public Core.Model.Rag? EvidencedRag { get; init; }

    public IReadOnlyList<EvidenceView> Evidence { get; init; } = new List<EvidenceView>();
}
