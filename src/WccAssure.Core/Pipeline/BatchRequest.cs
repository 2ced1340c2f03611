using WccAssure.Core.Loading;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What <see cref="AssessmentEngine.Run"/> is asked to evaluate: the paths the user named (assessment folders,
/// folders holding them, or files of one), the benchmarks to fill, and the options that set one command's run apart
/// from another's.
/// </summary>
public sealed record BatchRequest(IReadOnlyList<string> Paths)
{
    /// <summary>The data set that fills the outcome benchmarks (see <see cref="BenchmarkRequest"/>).</summary>
    public BenchmarkRequest Benchmarks { get; init; } = new();

    /// <summary>How <see cref="Paths"/> become folders; expanded as a person names them by default.</summary>
    public PathReading Reading { get; init; } = PathReading.Expand;

    /// <summary>
    /// The paths are versions of one assessment (`wcc diff` of two drafts), compared rather than reported: one
    /// organisation and year may appear twice, since nothing is written per organisation to be overwritten.
    /// </summary>
    public bool Versions { get; init; }

    /// <summary>
    /// Score what could be read of an assessment with errors (<see cref="LoadResult.Draft"/>): only the preview asks,
    /// and its evaluation still counts as failed.
    /// </summary>
    public bool AllowDraft { get; init; }

    /// <summary>
    /// Parsed files to reuse while their bytes are unchanged (the preview re-renders after every save).
    /// </summary>
    public YamlParseCache? ParseCache { get; init; }

    /// <summary>
    /// Files of the folder named, by path relative to it with '/', read from these bytes instead of the disk:
    /// `wcc panel-apply` validates the files it would write before it writes them.
    /// </summary>
    public IReadOnlyDictionary<string, byte[]>? Edited { get; init; }

    /// <summary>One assessment folder, evaluated as given.</summary>
    public static BatchRequest Folder(string folder) => new([folder]) { Reading = PathReading.AsGiven };

    /// <summary>The folders to load, each with the file named when a person named one file of it.</summary>
    internal IReadOnlyList<AssessmentTarget> Targets() =>
        Reading switch
        {
            PathReading.AsGiven => [.. Paths.Select(p => new AssessmentTarget(p, null))],
            PathReading.Check => AssessmentFolders.Expand(Paths),
            _ =>
            [
                .. AssessmentFolders
                    .Expand(Paths)
                    .Select(t => t.Folder)
                    .Distinct(StringComparer.Ordinal)
                    .Select(f => new AssessmentTarget(f, null)),
            ],
        };
}
