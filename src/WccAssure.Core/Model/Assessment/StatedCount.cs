using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// A count the source states without saying which rows it covers, e.g. "6 outcomes have slipped". It is kept
/// as stated because the per-row flags may be lost: counting missing flags would print an unknown as 0.
/// </summary>
public sealed record StatedCount(int Count, SourceRef? Source, SourceLocation Location);
