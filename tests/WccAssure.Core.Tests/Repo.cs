using WccAssure.Core.Loading;
using WccAssure.Core.Results;
using WccAssure.Core.Rules;

namespace WccAssure.Core.Tests;

/// <summary>Paths into the repository and the shared seed library for tests.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static readonly SeedLibrary Seeds = new(System.IO.Path.Combine(Root, "seeds"));

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static LoadResult Load(string relativeFolder) =>
        new AssessmentLoader(Seeds).Load(Path(relativeFolder.Split('/')));

    public static AssessmentScore Score(string relativeFolder)
    {
        var loaded = Load(relativeFolder);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Findings));
        return AssessmentScorer.Score(loaded.Assessment!, ScoringContext.Resolve(Seeds, loaded.Assessment!, loaded.Framework!));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "WccAssure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
