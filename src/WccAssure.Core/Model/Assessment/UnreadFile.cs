using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// A competency or governance file of a draft that could not be read (a YAML error, or missing), with the first
/// finding about it, so a preview keeps the file's section as a placeholder instead of dropping it.
/// </summary>
public sealed record UnreadFile(string Id, string Path, Finding? Finding);
