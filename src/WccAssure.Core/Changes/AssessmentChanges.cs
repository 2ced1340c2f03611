using WccAssure.Core.Results;

namespace WccAssure.Core.Changes;

/// <summary>
/// What changed between two assessments of one organisation: two drafts of a year (what an author changed since
/// the version the panel saw) or two years. Values are compared as the engine scored them, so an edit that moves
/// an evidenced level or a roll-up shows as that, not only as a change of words.
/// </summary>
public sealed record AssessmentChanges(
    AssessmentSide Before,
    AssessmentSide After,
    IReadOnlyList<Change> Values,
    IReadOnlyList<EvidenceChange> Evidence
)
{
    /// <summary>How many changes there are: changed values and evidence given on one side only.</summary>
    public int Count => Values.Count + Evidence.Count;

    /// <summary>
    /// The source documents only one side rests on, when the two differ (two years usually do): a level can move
    /// because its evidence came from another document, and a reviewer must know that before reading on.
    /// </summary>
    public SourceDocuments Documents { get; init; } = SourceDocuments.None;

    /// <summary>The evidence of <paramref name="change"/>'s measure the later side no longer has, when its level
    /// fell.</summary>
    public IReadOnlyList<EvidenceChange> NotCarriedForward(Change change) =>
        change.Fall ? [.. Evidence.Where(e => !e.Added && e.Subject == change.Subject)] : [];

    /// <summary>
    /// The changes between the two scored assessments given, in the order given; or why there are none to show:
    /// not exactly two assessments, or two organisations.
    /// </summary>
    public static (AssessmentChanges? Changes, string? Problem) Between(IReadOnlyList<AssessmentScore> scores)
    {
        if (scores.Count != 2)
        {
            return (
                null,
                $"diff compares two assessments (two folders, or an organisation folder holding two years); found "
                    + $"{scores.Count}"
            );
        }

        var (before, after) = (scores[0], scores[1]);
        if (before.Assessment.OrganisationCode != after.Assessment.OrganisationCode)
        {
            return (
                null,
                $"diff compares two assessments of one organisation: {before.Assessment.Folder} is "
                    + $"{before.Assessment.OrganisationCode}, {after.Assessment.Folder} is "
                    + $"{after.Assessment.OrganisationCode}"
            );
        }

        return (
            new AssessmentChanges(
                Side(before),
                Side(after),
                ChangeFinder.Values(before, after),
                ChangeFinder.Evidence(before, after)
            )
            {
                Documents = SourceDocuments.Between(before.Assessment, after.Assessment),
            },
            null
        );
    }

    private static AssessmentSide Side(AssessmentScore score) =>
        new(
            score.Assessment.Folder,
            score.Assessment.OrganisationCode,
            score.Assessment.OrganisationName,
            score.Assessment.Year,
            score.Assessment.Synthetic
        );
}
