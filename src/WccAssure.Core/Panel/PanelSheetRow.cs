namespace WccAssure.Core.Panel;

/// <summary>
/// One measure's row. <see cref="Panel"/> and <see cref="Rationale"/> are what the assessment says now (the panel
/// may be filling in, or revising): the two cells the panel can change. <see cref="Recorded"/> is the same rating
/// with its mark (a reconstructed one carries *), in a locked cell beside them, since a list cell holds the bare
/// choice.
/// </summary>
public sealed record PanelSheetRow(
    string Measure,
    string Name,
    string Self,
    string Evidenced,
    string Lacks,
    string LastYear,
    string Recorded,
    string? Panel,
    string? Rationale
);
