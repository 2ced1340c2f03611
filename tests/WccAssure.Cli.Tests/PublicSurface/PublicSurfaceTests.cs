using System.Reflection;
using WccAssure.Core.Model;
using WccAssure.Core.Yaml;
using WccAssure.Preview;
using WccAssure.Reporting.Runs;

namespace WccAssure.Cli.Tests.PublicSurface;

/// <summary>
/// What a library makes public is its design: the CLI and the other libraries may lean on it, and everything else
/// can change without them noticing (issue 23). A type that turns public by accident widens that promise unseen, so
/// each library's public types are checked against a list in this folder, which is changed on purpose in review.
/// </summary>
public class PublicSurfaceTests
{
    public static TheoryData<string> Libraries =>
        new() { "WccAssure.Core", "WccAssure.Reporting", "WccAssure.Preview" };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_public_types_are_the_approved_ones(string library)
    {
        var actual = LibraryAssembly(library)
            .GetExportedTypes()
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicSurface", $"{library}.approved.txt");
        var approved = File.ReadAllLines(approvedPath).Where(line => line.Length > 0).ToList();

        var added = actual.Except(approved, StringComparer.Ordinal).ToList();
        var removed = approved.Except(actual, StringComparer.Ordinal).ToList();
        if (added.Count == 0 && removed.Count == 0)
            return;

        // The list as it stands, for a reviewer who means the change: copy it over the approved one.
        var receivedPath = approvedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);
        File.WriteAllLines(receivedPath, actual);
        Assert.Fail(
            $"{library}'s public types differ from PublicSurface/{library}.approved.txt.\n"
                + $"Added ({added.Count}): {string.Join(", ", added)}\n"
                + $"Removed ({removed.Count}): {string.Join(", ", removed)}\n"
                + "If the change is meant, update the approved list on purpose (the current list is in "
                + $"{receivedPath}); otherwise make the added types internal."
        );
    }

    [Fact]
    public void The_model_is_approved_and_the_readers_are_not()
    {
        var approved = File.ReadAllLines(
            Path.Combine(AppContext.BaseDirectory, "PublicSurface", "WccAssure.Core.approved.txt")
        );

        Assert.Contains(typeof(Rag).FullName!, approved);
        Assert.DoesNotContain(typeof(YamlFileReader).FullName!, approved);
        Assert.False(typeof(YamlFileReader).IsPublic);
    }

    private static Assembly LibraryAssembly(string library) =>
        library switch
        {
            "WccAssure.Core" => typeof(Rag).Assembly,
            "WccAssure.Reporting" => typeof(ReportRun).Assembly,
            "WccAssure.Preview" => typeof(PreviewRequest).Assembly,
            _ => throw new ArgumentOutOfRangeException(nameof(library), library, "not a library of src"),
        };
}
