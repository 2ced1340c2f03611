using WccAssure.Core.Changes;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Panel;

/// <summary>
/// What applying a workbook would do: the refusals (each naming its sheet and cell), or the findings of the
/// assessment as it is or as it would become, or the changes and the new bytes of every file that changes.
/// Nothing is written here; the caller writes <see cref="Files"/> all together or not at all.
/// </summary>
public sealed record PanelApplyResult(
    IReadOnlyList<string> Refusals,
    IReadOnlyList<Finding> Findings,
    AssessmentChanges? Changes,
    IReadOnlyList<(string Path, byte[] Content)> Files
)
{
    /// <summary>
    /// Whether nothing may be written: the workbook was refused, or the assessment as it is or would become does not
    /// validate.
    /// </summary>
    public bool Refused => Refusals.Count > 0 || Changes is null;
}
