namespace WccAssure.Cli.Tests.Tiers;

/// <summary>The tests of the installed native tool: the longest of the slow tier, so they start first.</summary>
[CollectionDefinition(Name)]
[StartsFirst]
public sealed class NativeToolTests
{
    public const string Name = "The installed native tool";
}
