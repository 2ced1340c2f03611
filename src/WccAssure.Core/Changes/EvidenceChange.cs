using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Changes;

/// <summary>
/// Evidence given on one side only, compared by its words: added when only the later assessment has it.
/// </summary>
public sealed record EvidenceChange(string Subject, bool Added, string Text, SourceLocation Where);
