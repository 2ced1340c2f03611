using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>A governance area: measure scores and the area ratings rolled up by the framework's rules.</summary>
public sealed record GovernanceAreaScore(
    GovernanceAreaDefinition Definition,
    IReadOnlyList<GovernanceMeasureScore> Measures,
    Rag EvidencedRating,
    Rag? PanelRating,
    Rating<Rag>? StatedRating,
    RagTally PanelTally
)
{
    /// <summary>
    /// What the report shows: the rating the panel stated, else the roll-up of the panel's measure ratings.
    /// </summary>
    public Rag? Rating => StatedRating?.Value ?? PanelRating;

    /// <summary>The self-ratings rolled up by the same rule as the panel's, when every measure has one.</summary>
    public Rag? SelfRating { get; init; }

    /// <summary>
    /// How many measures the self-ratings put at Red, Amber and Green; unrated measures are not counted.
    /// </summary>
    public RagTally SelfTally { get; init; } = new(0, 0, 0);

    /// <summary>
    /// Whether any measure has evidence or metrics; without any, the evidenced rating is only the floor.
    /// </summary>
    public bool HasEvidence => Measures.Any(m => m.Record.HasEvidence);
}
