using Xunit.Abstractions;

[assembly: TestCollectionOrderer("WccAssure.Cli.Tests.Tiers.LongestFirst", "WccAssure.Cli.Tests")]

namespace WccAssure.Cli.Tests.Tiers;

/// <summary>
/// Starts the collections marked <see cref="StartsFirstAttribute"/> before the rest. The pack-and-install of the
/// native tool takes about three minutes on its own, mostly compiling: started last, the whole suite waits for it
/// after everything else has finished; started first, it runs beside the other slow tests (issue 23).
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => StartsFirst(collection) ? 0 : 1);

    private static bool StartsFirst(ITestCollection collection) =>
        collection.CollectionDefinition?.GetCustomAttributes(typeof(StartsFirstAttribute)).Any() == true;
}
