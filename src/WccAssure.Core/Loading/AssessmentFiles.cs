using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>The files of one assessment folder: read safely, named for findings, strays reported.</summary>
internal sealed class AssessmentFiles(string folder, string display, FindingSink findings, YamlParseCache? cache = null)
{
    public string Display(string relative) => $"{display}/{relative}";

    public YamlNode? Read(string relative)
    {
        var path = ContainedPath.Resolve(folder, relative);
        if (path is null)
        {
            findings.Error(SourceLocation.StartOf(Display(relative)), "this file links outside the assessment folder (or round a loop of links); copy it in instead");
            return null;
        }

        return YamlFileReader.Read(path, Display(relative), findings, cache);
    }

    /// <summary>Reads every other YAML file of the folder for its syntax alone, in a stable order.</summary>
    public void CheckSyntaxOfTheRest()
    {
        var relatives = new List<string> { AssessmentLoader.OutcomesFile };
        foreach (var subfolder in new[] { "competencies", "governance" })
        {
            var directory = ContainedPath.Resolve(folder, subfolder);
            if (directory is not null && Directory.Exists(directory))
            {
                relatives.AddRange(Directory.EnumerateFiles(directory, "*.yaml").Select(f => $"{subfolder}/{Path.GetFileName(f)}"));
            }
        }

        foreach (var relative in relatives.Order(StringComparer.Ordinal))
        {
            if (ContainedPath.Resolve(folder, relative) is { } path && File.Exists(path))
            {
                Read(relative);
            }
        }
    }

    /// <summary>A file the framework does not expect is most likely a misnamed one, so it is an error, not ignored.</summary>
    public void ReportStrays(string subfolder, IEnumerable<string> expected)
    {
        // A subfolder that links elsewhere (governance -> /etc) must not have its listing printed: the expected
        // files in it are already refused as links outside the folder.
        var directory = ContainedPath.Resolve(folder, subfolder);
        if (directory is null || !Directory.Exists(directory))
        {
            return;
        }

        var known = expected.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (!known.Contains(file))
            {
                var expectedNames = known.Order(StringComparer.Ordinal).ToList();
                findings.Error(SourceLocation.StartOf(Display($"{subfolder}/{file}")), Suggestions.DidYouMean(file, expectedNames) is { } advice
                    ? $"not a file of this framework; {advice}"
                    : $"not a file of this framework (expected: {string.Join(", ", expectedNames)})");
            }
        }
    }
}
