using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>A governance measure: the rating its evidence supports, with the trace for Green and Amber.</summary>
public sealed record GovernanceMeasureScore(
    GovernanceMeasureDefinition Definition,
    MeasureRecord<Rag> Record,
    Rag Evidenced,
    IReadOnlyList<CriterionResult> Trace
)
{
    /// <summary>
    /// The criteria that failed for the next rating up: what an author must add to reach it (none at Green).
    /// </summary>
    public IReadOnlyList<CriterionResult> Gap =>
        Evidenced == Rag.Green
            ? []
            :
            [
                .. Trace.Where(t =>
                    !t.Held && t.Target == CriterionTarget.ForRating(Evidenced == Rag.Red ? Rag.Amber : Rag.Green)
                ),
            ];

    /// <summary>Why the evidenced rating was reached: the criteria that held for it (none for Red).</summary>
    public IReadOnlyList<CriterionResult> Reached =>
        Evidenced == Rag.Red
            ? []
            :
            [
                .. Trace.Where(t =>
                    t.Held && (t.Target == CriterionTarget.ForRating(Rag.Amber) || Evidenced == Rag.Green)
                ),
            ];

    /// <summary>The rating the gap leads to.</summary>
    public Rag? Next => Evidenced == Rag.Green ? null : Evidenced + 1;
}
