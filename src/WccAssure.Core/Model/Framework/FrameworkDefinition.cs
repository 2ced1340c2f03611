namespace WccAssure.Core.Model.Framework;

/// <summary>One year's WCC framework, loaded from seeds/frameworks: the rules live here, not in code.</summary>
public sealed record FrameworkDefinition(
    string Id,
    string Name,
    string Year,
    string? PreviousYear,
    IReadOnlyList<LevelMeaning> Levels,
    RollupRules Rollup,
    IReadOnlyList<MetricDefinition> Metrics,
    IReadOnlyList<EvidenceTag> Tags,
    IReadOnlyList<CompetencyDefinition> Competencies,
    IReadOnlyList<GovernanceAreaDefinition> Governance,
    OutcomeCatalogue Outcomes
)
{
    /// <summary>The competency with id <paramref name="id"/> ("c01"), or null when the framework has none.</summary>
    public CompetencyDefinition? Competency(string id) => Competencies.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// The governance area with id <paramref name="id"/> ("finance"), or null when the framework has none.
    /// </summary>
    public GovernanceAreaDefinition? Area(string id) => Governance.FirstOrDefault(a => a.Id == id);

    /// <summary>
    /// The metric with id <paramref name="id"/> that criteria conditions name, or null when the framework has none.
    /// </summary>
    public MetricDefinition? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id);
}
