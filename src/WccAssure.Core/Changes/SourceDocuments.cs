using WccAssure.Core.Model.Assessment;

namespace WccAssure.Core.Changes;

/// <summary>The source documents (as titled, with the file read) that only one side of a diff declares.</summary>
public sealed record SourceDocuments(IReadOnlyList<string> OnlyBefore, IReadOnlyList<string> OnlyAfter)
{
    /// <summary>No document on one side only.</summary>
    public static readonly SourceDocuments None = new([], []);

    /// <summary>Whether either side rests on a document the other does not.</summary>
    public bool Differ => OnlyBefore.Count > 0 || OnlyAfter.Count > 0;

    /// <summary>Documents compared by the file read when given, else by title: an id is only a local name.</summary>
    public static SourceDocuments Between(AssessmentRecord before, AssessmentRecord after)
    {
        static string Key(SourceDocument s) => s.Document ?? s.Title;
        var earlier = before.Sources.Select(Key).ToHashSet(StringComparer.Ordinal);
        var later = after.Sources.Select(Key).ToHashSet(StringComparer.Ordinal);
        return new(
            [.. before.Sources.Where(s => !later.Contains(Key(s))).Select(s => AssessmentChangeFinder.Describe(s)!)],
            [.. after.Sources.Where(s => !earlier.Contains(Key(s))).Select(s => AssessmentChangeFinder.Describe(s)!)]
        );
    }
}
