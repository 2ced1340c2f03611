using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;

namespace WccAssure.Core.Changes;

/// <summary>
/// Evidence given on one side only, compared by its words: added when only the later assessment has it.
/// </summary>
public sealed record EvidenceChange(string Subject, bool Added, string Text, SourceLocation Where);
