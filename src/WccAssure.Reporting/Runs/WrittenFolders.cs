using WccAssure.Reporting.Output;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// The folders a run wrote, in order, and why any others could not be written (those kept their previous content).
/// </summary>
public sealed record WrittenFolders(IReadOnlyList<OutputFolder> Written, IReadOnlyList<string> Problems);
