using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>Works out the provenance mark of each value a report shows, so every output marks it in place.</summary>
internal static class ValueMarks
{
    /// <summary>
    /// A competency score (mean of measure ratings) rests on a reconstruction when any of its ratings is one.
    /// </summary>
    public static ValueMark Score(CompetencyScore c, Func<MeasureScore, Rating<int>?> pick, string what)
    {
        var rebuilt = c
            .Measures.Where(m => pick(m)?.Provenance.Kind == ProvenanceKind.Reconstructed)
            .Select(m => m.Definition.Id)
            .ToList();
        return rebuilt.Count == 0
            ? ValueMark.None
            : ValueMark.Reconstructed(
                $"Rests on reconstructed {what} for measure{(rebuilt.Count == 1 ? "" : "s")} {Join(rebuilt)}: the "
                    + $"source's marks were lost; see the provenance annex."
            );
    }

    /// <summary>
    /// The evidenced level rests on a reconstructed figure when a criterion that decided it (one that held at or
    /// below the level, or failed at the next) reads a metric the source did not state.
    /// </summary>
    public static ValueMark Evidenced(MeasureScore m)
    {
        var rebuilt = m
            .Reached.Concat(m.Gap)
            .Where(t => !t.Criterion.IsTagCriterion)
            .SelectMany(t => Core.Rules.ConditionEvaluator.NamesOf(t.Criterion.When!.Expression))
            .Distinct(StringComparer.Ordinal)
            .Where(n => m.Record.Metric(n)?.Provenance.Kind == ProvenanceKind.Reconstructed)
            .ToList();
        return rebuilt.Count == 0
            ? ValueMark.None
            : ValueMark.Reconstructed(
                $"The evidenced level rests on {Join(rebuilt)}, a figure reconstructed from the source's words."
            );
    }

    /// <summary>Movement compares this year with last: it rests on whatever either side rests on.</summary>
    public static ValueMark Movement(CompetencyScore c, bool draft = false)
    {
        if (c.AddedThisYear)
        {
            return ValueMark.None;
        }

        var lastYear = c.Measures.Any(m => m.LastYear?.Provenance.Kind == ProvenanceKind.Reconstructed);
        var panel = c.Measures.Any(m => m.Panel?.Provenance.Kind == ProvenanceKind.Reconstructed);
        if (lastYear || panel)
        {
            var what =
                lastYear && panel ? "reconstructed last-year and panel ratings"
                : lastYear ? "reconstructed last-year ratings"
                : "reconstructed panel ratings";
            return ValueMark.Reconstructed($"Rests on {what}, not on values the source states.");
        }

        if (draft)
        {
            return c.SelfScore is null || c.LastYearScore is null
                ? ValueMark.Computed(
                    "Computed by this tool from the levels the evidence supports, not from ratings on both sides."
                )
                : ValueMark.None;
        }

        return c.PanelScore is null || c.LastYearScore is null
            ? ValueMark.Computed("Computed by this tool from the levels the evidence supports, not from panel ratings.")
            : ValueMark.None;
    }

    public static ValueMark Rating<T>(Rating<T>? rating, string what)
        where T : struct =>
        rating?.Provenance.Kind switch
        {
            ProvenanceKind.Reconstructed => ValueMark.Reconstructed($"{what} reconstructed: {rating.Provenance.Note}"),
            ProvenanceKind.Computed => ValueMark.Computed($"{what} computed: {rating.Provenance.Note}"),
            _ => ValueMark.None,
        };

    /// <summary>
    /// An area rating is the panel's only when stated; otherwise it is this tool's roll-up and says so.
    /// </summary>
    public static ValueMark Area(GovernanceAreaScore area) =>
        area switch
        {
            { StatedRating: { } stated } => Rating(stated, "Area rating"),
            { PanelRating: not null } => ValueMark.Computed(
                "This tool's roll-up of the panel's measure ratings (a rule this tool proposes for the framework); "
                    + "the panel stated no area rating."
            ),
            _ => ValueMark.None,
        };

    /// <summary>A rate of improvement: computed from a series or target, reconstructed, or stated.</summary>
    public static ValueMark Rate(Derived derived) =>
        derived.Value is null ? ValueMark.None
        : derived.How.StartsWith("computed", StringComparison.Ordinal)
            ? ValueMark.Computed($"Compound annual growth rate {derived.How}.")
        : derived.How.StartsWith("reconstructed", StringComparison.Ordinal) ? ValueMark.Reconstructed(derived.How)
        : ValueMark.None;

    /// <summary>
    /// The markers in one grid cell that are reconstructed, as one mark ("last year reconstructed: …").
    /// </summary>
    public static ValueMark Cell(params (bool Here, string Marker, Provenance? Provenance)[] markers)
    {
        var notes = markers
            .Where(m => m.Here && m.Provenance?.Kind == ProvenanceKind.Reconstructed)
            .Select(m => $"{m.Marker} reconstructed: {m.Provenance!.Note}")
            .ToList();
        return notes.Count == 0 ? ValueMark.None : ValueMark.Reconstructed(string.Join(" ", notes));
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
