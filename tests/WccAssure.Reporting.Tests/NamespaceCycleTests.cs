using System.Text.RegularExpressions;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// Reporting's folders (one namespace each) form layers a newcomer can read bottom up: a folder that uses another
/// must not be used by it, directly or round a longer loop. Read from the source: a folder uses another when one of
/// its files has a using of it, names it in full, or names one of its types as Folder.Type.
/// </summary>
public partial class NamespaceCycleTests
{
    /// <summary>
    /// The loop that is still there, to be untangled with the view work of issue #23: the rendering engine and the
    /// view records refer to each other. It may shrink; no other folder may join it and no other loop may appear.
    /// </summary>
    private static readonly string[] KnownTangle = ["Compare", "Pictures", "Rendering", "View", "Word"];

    private static readonly string Source = Path.Combine(Fixture.Root, "src", "WccAssure.Reporting");

    [Fact]
    public void No_folder_of_Reporting_is_on_a_cycle_outside_the_known_tangle()
    {
        var uses = Uses();
        var loops = uses
            .Keys.Select(f => Loop(uses, f))
            .Where(l => l.Count > 1)
            .Select(l => string.Join(" ↔ ", l))
            .Distinct()
            .ToList();
        var outside = loops.Where(l => l.Split(" ↔ ").Any(f => !KnownTangle.Contains(f))).ToList();
        Assert.True(outside.Count == 0, $"a loop of folders outside the known tangle: {string.Join("; ", outside)}");
        Assert.Contains("Runs", uses.Keys);
    }

    [Fact]
    public void Runs_and_Compare_do_not_use_each_other_and_Output_uses_no_other_folder()
    {
        var uses = Uses();
        Assert.Contains("Compare", uses["Runs"]); // the scan sees a real use, so the next line can fail
        Assert.DoesNotContain("Runs", Reach(uses, "Compare"));
        Assert.Empty(uses["Output"]);
        Assert.Contains("Output", uses["Compare"]);
    }

    [Fact]
    public void The_scan_sees_a_loop_when_there_is_one()
    {
        var uses = new Dictionary<string, IReadOnlySet<string>>
        {
            ["A"] = new HashSet<string> { "B" },
            ["B"] = new HashSet<string> { "C" },
            ["C"] = new HashSet<string> { "A" },
            ["D"] = new HashSet<string> { "A" },
        };
        Assert.Equal(["A", "B", "C"], Loop(uses, "B"));
        Assert.Equal(["D"], Loop(uses, "D"));
    }

    /// <summary>The folders each folder uses (itself left out).</summary>
    private static Dictionary<string, IReadOnlySet<string>> Uses()
    {
        var folders = Directory
            .GetDirectories(Source)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => f is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var types = folders.ToDictionary(
            f => f,
            f =>
                Files(f)
                    .SelectMany(file => Declared().Matches(File.ReadAllText(file)))
                    .Select(m => m.Groups[1].Value)
                    .ToHashSet()
        );
        return folders.ToDictionary(
            f => f,
            f =>
                (IReadOnlySet<string>)
                    Files(f)
                        .SelectMany(file => Referenced(Code(File.ReadAllText(file)), folders, types))
                        .Where(other => other != f)
                        .ToHashSet()
        );
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories);

    private static IEnumerable<string> Referenced(
        string code,
        List<string> folders,
        Dictionary<string, HashSet<string>> types
    ) =>
        folders.Where(other =>
            code.Contains($"WccAssure.Reporting.{other}.", StringComparison.Ordinal)
            || Regex.IsMatch(code, $@"using WccAssure\.Reporting\.{other}\b")
            || Regex.Matches(code, $@"(?<![\w.]){other}\.([A-Z]\w*)").Any(m => types[other].Contains(m.Groups[1].Value))
        );

    /// <summary>The file without its comments and string literals, so prose that names a folder is not a use.</summary>
    private static string Code(string text) => Strings().Replace(Comments().Replace(text, ""), "\"\"");

    /// <summary>The folders on a loop through <paramref name="folder"/> (itself alone when none), in order.</summary>
    private static List<string> Loop(IReadOnlyDictionary<string, IReadOnlySet<string>> uses, string folder) =>
        [
            .. Reach(uses, folder)
                .Where(other => Reach(uses, other).Contains(folder))
                .Append(folder)
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];

    private static HashSet<string> Reach(IReadOnlyDictionary<string, IReadOnlySet<string>> uses, string from)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>(uses[from]);
        while (next.TryPop(out var folder))
        {
            if (seen.Add(folder) && uses.TryGetValue(folder, out var more))
            {
                foreach (var other in more)
                {
                    next.Push(other);
                }
            }
        }

        return seen;
    }

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+([A-Z]\w*)")]
    private static partial Regex Declared();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comments();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Strings();
}
