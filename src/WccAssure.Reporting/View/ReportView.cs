using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

/// <summary>
/// Everything a report template shows, already worded and formatted. Templates only lay it out: no rating
/// or figure is derived in a template. TopLevel is the framework's highest level.
/// </summary>
internal sealed record ReportView(
    string Title,
    bool Synthetic,
    string Organisation,
    string Code,
    string Sha,
    string Year,
    string Status,
    string PanelDate,
    string Framework,
    [property: Trusted(OutputFormat.Html)] string Css,
    CommentaryView Commentary,
    ScorecardView Scorecard,
    IReadOnlyList<AreaView> Governance,
    OutcomesView Outcomes,
    CompetencyOverview Overview,
    IReadOnlyList<CompetencyView> Competencies,
    IReadOnlyList<GapView> Gaps,
    IReadOnlyList<ProvenanceRow> Provenance,
    IReadOnlyList<NoteView> EvidenceFindings,
    IReadOnlyList<SourceView> Sources,
    int TopLevel
)
{
    /// <summary>The edition: a panel report leaves out the author sections and YAML line citations.</summary>
    public ReportAudience Audience { get; init; } = ReportAudience.Author;

    /// <summary>
    /// The panel's edition: the templates print the cover and sign-off and leave out the author sections.
    /// </summary>
    public bool ForPanel => Audience == ReportAudience.Panel;

    /// <summary>
    /// One paragraph: which rules are the framework's as published and which are this tool's proposals.
    /// </summary>
    public string FrameworkNote { get; init; } = "";

    /// <summary>
    /// The cover: organisation, title from the framework year, panel date in words, version, draft or final.
    /// </summary>
    public CoverView Cover { get; init; } = CoverView.None;

    /// <summary>
    /// The sign-off block closing the report: the panel chair and the date, blank lines when unknown.
    /// </summary>
    public SignOffView SignOff { get; init; } = SignOffView.None;

    /// <summary>
    /// The provenance annex (provenance.html / .md): each reason once, with the values it applies to.
    /// </summary>
    public IReadOnlyList<ProvenanceGroup> ProvenanceGroups { get; init; } = new List<ProvenanceGroup>();

    /// <summary>For authors: what each governance measure lacks to reach the next rating.</summary>
    public IReadOnlyList<GapView> GovernanceGaps { get; init; } = new List<GapView>();

    /// <summary>The author's edition of a self-assessment: worded as the PCT's own, never as a panel's.</summary>
    public bool Draft { get; init; }

    /// <summary>
    /// Panel columns and markers: always in a panel's report, in a draft only when a panel rating exists.
    /// </summary>
    public bool ShowPanel { get; init; } = true;

    /// <summary>Evidence items under each measure: always for authors, in the panel edition only when asked.</summary>
    public bool ShowEvidence { get; init; }

    /// <summary>
    /// For authors: which measures and areas have evidence and a self-rating, and which are untouched.
    /// </summary>
    public string Completeness { get; init; } = "";
}
