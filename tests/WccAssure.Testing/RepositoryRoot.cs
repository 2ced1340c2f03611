namespace WccAssure.Testing;

/// <summary>The checkout the tests run from: the folder above the build output that holds WccAssure.sln.</summary>
public static class RepositoryRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "WccAssure.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found: run from inside the repository");
    }
}
