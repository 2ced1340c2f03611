namespace WccAssure.Core.Comparison;

/// <summary>
/// The mean of a group of organisations in one year: an SHA, or every organisation of the year given
/// (<see cref="Sha"/> null). The mean competency score is each organisation's competency points over the number of
/// competencies it was scored on (1–4, so years with different frameworks compare; null when none was scored);
/// points depend on the framework.
/// </summary>
public sealed record YearMean(
    string Year,
    string? Sha,
    int Organisations,
    double? MeanCompetencyScore,
    double MeanGovernancePoints,
    double MeanTotal
);
