namespace WccAssure.Benchmarks;

internal static class Repository
{
    public static string Root() => Testing.RepositoryRoot.Path;
}
