namespace WccAssure.Core.Results;

/// <summary>The counts a panel report states.</summary>
public sealed record ScoreCounts(
    int Competencies,
    int MetOrExceededSelf,
    int ComparedWithSelf,
    int ImprovedOnLastYear,
    int ComparedWithLastYear,
    int AddedThisYear,
    OutcomeFlagCount OutcomesSlipped,
    OutcomeFlagCount OutcomesBottomQuartile,
    RagTally GovernancePanel,
    RagTally GovernanceEvidenced
);
