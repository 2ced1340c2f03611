using WccAssure.Core.Model;

namespace WccAssure.Core.Changes;

/// <summary>
/// One value as it stood on one side of a diff: what it says, and where it came from, so a reconstructed or
/// computed value is marked as such in the diff as everywhere else it is printed.
/// </summary>
public sealed record ChangedValue(string Text, ProvenanceKind Provenance)
{
    /// <summary>Words an author wrote (a rationale, an excerpt of one): printed in quotes, never as a value.</summary>
    public bool IsWords { get; init; }
}
