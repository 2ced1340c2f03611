using WccAssure.Core.Loading;
using WccAssure.Core.Results;
using WccAssure.Testing;

namespace WccAssure.Core.Tests;

/// <summary>Paths into the repository and the shared seed library for tests.</summary>
internal static class Repo
{
    public static readonly string Root = RepositoryRoot.Path;

    public static readonly SeedLibrary Seeds = new(System.IO.Path.Combine(Root, "seeds"));

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static LoadResult Load(string relativeFolder) =>
        new AssessmentLoader(Seeds).Load(Path(relativeFolder.Split('/')));

    public static AssessmentScore Score(string relativeFolder) => ScoreAt(Path(relativeFolder.Split('/')));

    /// <summary>Loads and scores a folder anywhere (a test's edited copy), which must be valid.</summary>
    public static AssessmentScore ScoreAt(string folder)
    {
        var evaluation = Scoring.Evaluate(Seeds, folder);
        Assert.False(evaluation.Failed, string.Join("\n", evaluation.Findings));
        return evaluation.Score!;
    }

    /// <summary>
    /// Copies a folder of the repository (e.g. "assessments/trafford/2008-09") to <paramref name="target"/>, for a test
    /// to edit.
    /// </summary>
    public static string CopyOf(string relative, string target)
    {
        var source = Path(relative.Split('/'));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
