namespace WccAssure.Core.Changes;

/// <summary>Where in an assessment a change lies; `wcc diff` lists the sections in this order.</summary>
public enum ChangeSection
{
    /// <summary>assessment.yaml: status, panel date, sources, commentary, figures and findings.</summary>
    Assessment,

    /// <summary>A competency measure: its levels, rationale, source and metrics.</summary>
    Competencies,

    /// <summary>A competency as a whole: its mean scores and recommendations.</summary>
    CompetencyScores,

    /// <summary>A governance measure: its ratings, rationale, source and metrics.</summary>
    Governance,

    /// <summary>A governance area as a whole: its ratings and recommendations.</summary>
    GovernanceAreas,

    /// <summary>An outcome: its indicator, rates, benchmarks, aspiration and judgement.</summary>
    Outcomes,
}
