using Xunit.Sdk;

namespace WccAssure.Cli.Tests.Tiers;

public class LongestFirstTests
{
    [Fact]
    public void The_native_tool_starts_before_collections_found_ahead_of_it_and_the_rest_keep_their_order()
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(LongestFirstTests).Assembly));
        var first = new TestCollection(assembly, null, "Test collection for A");
        var second = new TestCollection(assembly, null, "Test collection for B");
        var native = new TestCollection(assembly, Reflector.Wrap(typeof(NativeToolTests)), NativeToolTests.Name);

        var ordered = new LongestFirst().OrderTestCollections([first, second, native]).ToList();

        Assert.Equal([native, first, second], ordered);
    }

    [Fact]
    public void This_assembly_orders_its_collections_with_longest_first()
    {
        var orderer = typeof(LongestFirstTests)
            .Assembly.GetCustomAttributesData()
            .Single(a => a.AttributeType == typeof(TestCollectionOrdererAttribute));

        Assert.Equal(typeof(LongestFirst).FullName, orderer.ConstructorArguments[0].Value);
        Assert.Equal(typeof(LongestFirst).Assembly.GetName().Name, orderer.ConstructorArguments[1].Value);
    }
}
