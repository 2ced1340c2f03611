using System.Diagnostics.CodeAnalysis;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Every type whose properties a template can read, listed by hand so the trimmer keeps exactly their public
/// properties (and an enum's names) and may trim the rest of the assemblies. Templates name members only at run
/// time, so nothing else tells the trimmer which are needed. ViewTypesTests walks the view records from the
/// templates' models (<see cref="Models"/>) and fails when a type a template can reach is missing here.
/// </summary>
internal static class ViewTypes
{
    private const DynamicallyAccessedMemberTypes Read =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields;

    /// <summary>What a template is given as its top-level variables.</summary>
    public static readonly IReadOnlyList<Type> Models = [Keep<ReportView>(), Keep<CompareView>()];

    public static readonly IReadOnlySet<Type> All = new HashSet<Type>([
        .. Models,
        Keep<AreaView>(),
        Keep<AspectView>(),
        Keep<CommentaryView>(),
        Keep<CompetencyOverview>(),
        Keep<CompetencyView>(),
        Keep<EvidenceView>(),
        Keep<GapView>(),
        Keep<GovernanceRowView>(),
        Keep<HeadlineView>(),
        Keep<MarkCell>(),
        Keep<MeasureRowView>(),
        Keep<NoteView>(),
        Keep<OutcomeRowView>(),
        Keep<OutcomesView>(),
        Keep<ProvenanceRow>(),
        Keep<ScorecardArea>(),
        Keep<ScorecardRow>(),
        Keep<ScorecardView>(),
        Keep<SourceView>(),
        Keep<ValueMark>(),
        Keep<BenchmarkView>(),
        Keep<CalibrationView>(),
        Keep<CellView>(),
        Keep<DistributionView>(),
        Keep<LeagueRowView>(),
        Keep<MovementView>(),
        Keep<OutcomeRateView>(),
        Keep<OrganisationYearView>(),
        Keep<OrganisationYearsView>(),
        Keep<ShaYearsView>(),
        Keep<YearDetailView>(),
        Keep<YearMeanView>(),
        Keep<YearMeasureView>(),
        Keep<YearsView>(),
        Keep<CountView>(),
        Keep<CoverView>(),
        Keep<MarkGlyph>(),
        Keep<OutcomeGroupView>(),
        Keep<ProvenanceGroup>(),
        Keep<ProvenanceItem>(),
        Keep<SignOffView>(),
    ]);

    private static Type Keep<[DynamicallyAccessedMembers(Read)] T>() => typeof(T);
}
