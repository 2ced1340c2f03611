using WccAssure.Core.Diagnostics;

namespace WccAssure.Preview;

/// <summary>
/// One rendering of the assessment as the preview shows it: the page, the findings it shows at the top, whether
/// it is a draft (rendered despite errors), how long it took, and a version that goes up with every rendering so
/// an open page knows it is behind.
/// </summary>
internal sealed record PreviewBuild(
    int Version,
    string Html,
    IReadOnlyList<Finding> Findings,
    bool IsDraft,
    double RenderMilliseconds
)
{
    public FindingCounts Counts => FindingCounts.Of(Findings);
}
