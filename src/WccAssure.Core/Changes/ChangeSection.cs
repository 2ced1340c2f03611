using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;

namespace WccAssure.Core.Changes;

public enum ChangeSection
{
    Assessment,
    Competencies,
    CompetencyScores,
    Governance,
    GovernanceAreas,
    Outcomes,
}
