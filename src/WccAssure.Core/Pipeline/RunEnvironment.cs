using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Pipeline;

/// <summary>
/// What a run takes from outside its arguments: the seeds (null when none were found: a command that needs them
/// says <see cref="SeedLibrary.NotFound"/>), the templates folder used when `--templates` is not given, the
/// Chromium the user chose (null: the usual places are looked in), the folder display paths are shown relative to
/// (where wcc ran), and the stage timer if timings were asked for. Only the program's entry point reads the
/// process's environment variables and working folder, to build this once; everything below is handed it, so a
/// library never depends on process-wide state and a test builds the environment it needs.
/// </summary>
public sealed record RunEnvironment(SeedLibrary? Seeds, string TemplatesFolder, string? Chromium, string BaseFolder)
{
    /// <summary>The stage timer, when the environment asked for timings (WCC_TIMINGS=1).</summary>
    public StageTimer? Timings { get; init; }

    /// <summary>
    /// templates/ sits beside seeds/, in the repository and in a published copy alike; without seeds, beside where
    /// they would be in <paramref name="baseFolder"/>.
    /// </summary>
    public static string TemplatesBeside(string? seedsFolder, string baseFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seedsFolder ?? "seeds", baseFolder))!, "templates");
}
