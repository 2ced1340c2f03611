namespace WccAssure.Testing;

/// <summary>
/// The test tiers (README, "Run the tests"). The fast tier is every test that runs in this process on files it
/// makes: it is what a developer runs after each change. A test joins the slow tier when it starts another program
/// (wcc as its users run it, Chromium, LibreOffice, the pack-and-install of the native tool) or repeats thousands of
/// runs (the mutation test); CI runs both tiers.
/// </summary>
public static class Tier
{
    /// <summary>The trait's name: `dotnet test --filter "Tier!=Slow"` runs the fast tier.</summary>
    public const string Name = "Tier";

    /// <summary>The slow tier's value of the trait.</summary>
    public const string Slow = "Slow";
}
