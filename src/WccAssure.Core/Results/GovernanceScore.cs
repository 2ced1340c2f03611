using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>A governance measure: the rating its evidence supports, with the trace for Green and Amber.</summary>
public sealed record GovernanceMeasureScore(
    GovernanceMeasureDefinition Definition,
    MeasureRecord<Rag> Record,
    Rag Evidenced,
    IReadOnlyList<CriterionResult> Trace)
{
    public IReadOnlyList<CriterionResult> Gap => Evidenced == Rag.Green ? [] :
        [.. Trace.Where(t => !t.Held && t.Target == CriterionTarget.ForRating(Evidenced == Rag.Red ? Rag.Amber : Rag.Green))];

    /// <summary>Why the evidenced rating was reached: the criteria that held for it (none for Red).</summary>
    public IReadOnlyList<CriterionResult> Reached => Evidenced == Rag.Red ? [] :
        [.. Trace.Where(t => t.Held && (t.Target == CriterionTarget.ForRating(Rag.Amber) || Evidenced == Rag.Green))];

    /// <summary>The rating the gap leads to.</summary>
    public Rag? Next => Evidenced == Rag.Green ? null : Evidenced + 1;
}

/// <summary>A governance area: measure scores and the area ratings rolled up by the framework's rules.</summary>
public sealed record GovernanceAreaScore(
    GovernanceAreaDefinition Definition,
    IReadOnlyList<GovernanceMeasureScore> Measures,
    Rag EvidencedRating,
    Rag? PanelRating,
    Rating<Rag>? StatedRating,
    RagTally PanelTally)
{
    /// <summary>What the report shows: the rating the panel stated, else the roll-up of the panel's measure ratings.</summary>
    public Rag? Rating => StatedRating?.Value ?? PanelRating;

    /// <summary>The self-ratings rolled up by the same rule as the panel's, when every measure has one.</summary>
    public Rag? SelfRating { get; init; }

    public RagTally SelfTally { get; init; } = new(0, 0, 0);

    /// <summary>Whether any measure has evidence or metrics; without any, the evidenced rating is only the floor.</summary>
    public bool HasEvidence => Measures.Any(m => m.Record.HasEvidence);
}

public sealed record RagTally(int Red, int Amber, int Green)
{
    public static RagTally Of(IEnumerable<Rag> ratings)
    {
        var list = ratings.ToList();
        return new(list.Count(r => r == Rag.Red), list.Count(r => r == Rag.Amber), list.Count(r => r == Rag.Green));
    }

    public RagTally Add(RagTally other) => new(Red + other.Red, Amber + other.Amber, Green + other.Green);
}
