using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Tests;

/// <summary>
/// The preview's parse cache: unchanged bytes reuse the tree and its findings; any change is parsed again.
/// </summary>
public class YamlParseCacheTests
{
    [Fact]
    public void Unchanged_bytes_reuse_the_tree_and_its_findings_and_changed_bytes_are_parsed_again()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("wcc-cache-").FullName, "c.yaml");
        var cache = new YamlParseCache();
        File.WriteAllText(file, "a: 1\na: 2\n");
        var first = new FindingSink();
        var tree = YamlFileReader.Read(file, "c.yaml", first, cache);
        var again = new FindingSink();
        Assert.Same(tree, YamlFileReader.Read(file, "c.yaml", again, cache));
        Assert.Equal(first.Findings, again.Findings);
        Assert.Equal("duplicate key 'a' (first at line 1)", Assert.Single(again.Findings).Message);

        // Same length, different bytes: a quick second save must not be taken for no change.
        File.WriteAllText(file, "a: 1\nb: 2\n");
        var changed = new FindingSink();
        var next = YamlFileReader.Read(file, "c.yaml", changed, cache);
        Assert.NotSame(tree, next);
        Assert.Empty(changed.Findings);
        Assert.NotNull(((YamlMapping)next!)["b"]);
    }
}
