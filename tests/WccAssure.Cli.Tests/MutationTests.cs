using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;
using WccAssure.Reporting.Rendering;
using Xunit.Abstractions;

namespace WccAssure.Cli.Tests;

/// <summary>
/// Thousands of small, reproducible random edits to real assessments: whatever an author (or an attacker) does
/// to a file, the library must answer with located findings or a rendered report, never an exception. The library
/// is called directly rather than through the CLI so that 3,000 runs fit in well under a minute.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public partial class MutationTests(ITestOutputHelper log)
{
    /// <summary>
    /// Fixed so that a failure printed by CI can be replayed exactly; set WCC_MUTATION_SEED only to explore.
    /// </summary>
    public static readonly int Seed = FromEnvironment("WCC_MUTATION_SEED", 20091);

    /// <summary>
    /// 20 to 30 s on a developer machine; WCC_MUTATION_ITERATIONS raises it for a longer exploration.
    /// </summary>
    public static readonly int Iterations = FromEnvironment("WCC_MUTATION_ITERATIONS", 3000);

    private static readonly string[] Folders =
    [
        "assessments/south-staffordshire/2009-10",
        "assessments/stockport/2008-09",
    ];

    /// <summary>
    /// Values that trip YAML readers, number parsers and templates: syntax, aliases, tags, overflow, markup.
    /// </summary>
    private static readonly string[] Nasty =
    [
        "",
        "~",
        "[",
        "{",
        "]",
        "}",
        "&a",
        "*a",
        "!!binary x",
        "!!str",
        "99999999999999999999",
        "-1",
        "0",
        "1e309",
        "-1e309",
        "NaN",
        ".nan",
        ".inf",
        "<script>",
        "{{ x }}",
        "{% raw %}",
        "\t",
        "'unterminated",
        "\"unterminated",
        "? x",
        ": x",
        "- x",
        "|",
        ">",
        "%YAML 1.1",
        "---",
        "...",
        "#",
        "x: y: z",
        "=HYPERLINK(\"x\")",
        "@SUM(A1)",
        "true",
        "null",
        "\u00e9",
        "\u202e",
        "\ufeff",
        "2.5",
        "5",
        "1.0e-400",
        "0x1F",
        "-0",
        "\\u0000",
        "1e308",
        "-1e308",
        "0.0000001",
        "4.99999999",
    ];

    private enum EditKind
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        ReplaceScalar,
        InsertTab,
        ChangeIndentation,
        InsertBytes,
        Truncate,
        InsertToken,
    }

    [Fact]
    public void Random_edits_to_real_assessments_end_in_located_findings_or_a_report()
    {
        var root = Path.Combine(Path.GetTempPath(), "wcc-mutation-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = new SeedLibrary(Path.Combine(Wcc.Root, "seeds"));
            var templates = ReportTemplates.Load(Path.Combine(Wcc.Root, "templates")).Templates!;
            var loader = new AssessmentLoader(seeds);
            var files = new List<(string Folder, string Path, byte[] Original)>();
            foreach (var folder in Folders)
            {
                var copy = Path.Combine(root, folder);
                foreach (
                    var file in Directory
                        .EnumerateFiles(Path.Combine(Wcc.Root, folder), "*.yaml", SearchOption.AllDirectories)
                        .Order(StringComparer.Ordinal)
                )
                {
                    var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(Wcc.Root, folder), file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                    files.Add((copy, target, File.ReadAllBytes(file)));
                }
            }

            var random = new Random(Seed);
            var failures = new List<string>();
            var (valid, invalid) = (0, 0);
            var clock = Stopwatch.StartNew();
            for (var iteration = 0; iteration < Iterations; iteration++)
            {
                var (folder, path, original) = files[random.Next(files.Count)];
                var (mutated, edit) = Mutate(original, random);
                File.WriteAllBytes(path, mutated);
                var where =
                    $"seed {Seed}, iteration {iteration}, file {Path.GetRelativePath(root, path)}, edit: {edit}";
                try
                {
                    // The comparison pack (with its workbook) is the slow part; every tenth edit still gives hundreds.
                    var (problem, isValid) = Check(loader, templates, folder, root, withPack: iteration % 10 == 0);
                    if (problem is not null)
                    {
                        failures.Add($"{where}: {problem}");
                    }

                    (valid, invalid) = isValid ? (valid + 1, invalid) : (valid, invalid + 1);
                }
                catch (Exception e)
                {
                    failures.Add($"{where}: {e}");
                }
                finally
                {
                    // Restoring the one edited file is what keeps a run cheap: every edit starts from the real
                    // assessment.
                    File.WriteAllBytes(path, original);
                }
            }

            log.WriteLine(
                $"{Iterations} edits in {clock.Elapsed.TotalSeconds:0.0} s: {valid} still valid and rendered, "
                    + $"{invalid} refused with findings"
            );
            Assert.True(
                failures.Count == 0,
                $"{failures.Count} of {Iterations} edits failed; replay with the seed and iteration:\n"
                    + string.Join("\n\n", failures.Take(10))
            );
            Assert.True(
                invalid > Iterations / 2,
                $"only {invalid} edits were refused: the edits are too gentle to test anything"
            );
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The data sets (--benchmarks, --clusters) are the other input a user hands over: random edits to a synthetic
    /// national set must end in findings located in the CSV, or in a benchmark table whose scores stay finite.
    /// </summary>
    [Fact]
    public void Random_edits_to_a_data_set_end_in_located_findings_or_finite_scores()
    {
        var root = Path.Combine(Path.GetTempPath(), "wcc-mutation-data-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = new SeedLibrary(Path.Combine(Wcc.Root, "seeds"));
            var engine = new Core.Pipeline.AssessmentEngine(seeds);
            var framework = seeds.FrameworkForYear("2009-10")!;
            var organisations = seeds.Register.All.Where(o => o.Code.Length > 0).Take(6).ToList();
            foreach (
                var (path, content) in Core.Synthetic.SyntheticNationalSet.Generate(organisations, framework, 2010)
            )
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), content);
            }

            var dataSet = Directory
                .GetFiles(root, Core.Synthetic.SyntheticNationalSet.DataSetFile, SearchOption.AllDirectories)
                .Single();
            var clusters = Directory
                .GetFiles(root, Core.Synthetic.SyntheticNationalSet.ClustersFile, SearchOption.AllDirectories)
                .Single();
            var folder = Path.GetDirectoryName(
                Directory
                    .GetFiles(root, "assessment.yaml", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .First()
            )!;
            Assert.NotNull(new Core.Pipeline.BenchmarkRequest(dataSet, clusters).Resolve(seeds).Table);

            var random = new Random(Seed + 1);
            var failures = new List<string>();
            var refused = 0;
            var iterations = Math.Max(1, Iterations / 10);
            for (var iteration = 0; iteration < iterations; iteration++)
            {
                var path = random.Next(4) == 0 ? clusters : dataSet;
                var original = File.ReadAllBytes(path);
                var (mutated, edit) = Mutate(original, random);
                File.WriteAllBytes(path, mutated);
                var where = $"seed {Seed + 1}, iteration {iteration}, file {Path.GetFileName(path)}, edit: {edit}";
                try
                {
                    var (table, findings, _) = new Core.Pipeline.BenchmarkRequest(dataSet, clusters).Resolve(seeds);
                    if (Misplaced(findings, root) is { } misplaced)
                    {
                        failures.Add($"{where}: {misplaced}");
                    }
                    else if (table is null)
                    {
                        refused++;
                        if (!findings.Any(f => f.Severity == Severity.Error))
                        {
                            failures.Add($"{where}: refused without an error finding");
                        }
                    }
                    else if (Scored(engine, folder, new(dataSet, clusters)) is { } score)
                    {
                        using var json = System.Text.Json.JsonDocument.Parse(Core.Contracts.ScoreJson.Write([score]));
                        if (Numbers(json.RootElement).Any(n => !double.IsFinite(n)))
                        {
                            failures.Add($"{where}: a score that is not finite");
                        }
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{where}: {e}");
                }
                finally
                {
                    File.WriteAllBytes(path, original);
                }
            }

            log.WriteLine($"{iterations} data-set edits: {refused} refused with findings");
            Assert.True(
                failures.Count == 0,
                $"{failures.Count} of {iterations} edits failed; replay with the seed and iteration:\n"
                    + string.Join("\n\n", failures.Take(10))
            );
            Assert.True(refused > 0, "no edit was refused: the edits are too gentle to test anything");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The contract: invalid with at least one error, every finding at a real place in its file; or valid and rendered.
    /// </summary>
    private static (string? Problem, bool Valid) Check(
        AssessmentLoader loader,
        ReportTemplates templates,
        string folder,
        string root,
        bool withPack
    )
    {
        var loaded = loader.Load(folder);
        if (Misplaced(loaded.Findings, root) is { } misplaced)
        {
            return (misplaced, loaded.IsValid);
        }

        if (loaded.Assessment is null || loaded.Framework is null)
        {
            return (
                loaded.Findings.Any(f => f.Severity == Severity.Error) ? null : "invalid, but without an error finding",
                false
            );
        }

        var score = Testing.Scoring.Score(loader.Seeds, loaded.Assessment, loaded.Framework);
        if (Misplaced(score.Findings, root) is { } misplacedByEngine)
        {
            return (misplacedByEngine, true);
        }

        var (report, error) = RenderedReport.Render(score, templates);
        if (error is not null)
        {
            return ($"valid, but the report failed: {error}", true);
        }

        if (report!.Html.Length == 0 || report.Markdown.Length == 0 || report.Csv.Length == 0)
        {
            return ("valid, but a report part is empty", true);
        }

        // A number the engine could not compute must be shown as "not computable", never drawn or listed as a broken
        // number. Only attributes (the pictures) and CSV cells are checked, not hover titles: author text may say "NaN"
        // and is shown as written.
        var broken =
            BrokenAttribute().IsMatch(report.Html)
            || report
                .Csv.Split("\r\n")
                .SelectMany(l => l.Split(','))
                .Any(c => c is "NaN" or "Infinity" or "-Infinity" or "\u221e" or "-\u221e");
        if (broken)
        {
            return ("valid, but the report draws or lists NaN or infinity", true);
        }

        if (
            new[] { report.Html, report.Markdown, report.Csv }.Any(text =>
                text.Any(c => Core.Text.VisibleText.IsHiddenInReport(c) && c != '\r')
            )
        )
        {
            return ("valid, but a control or directional character reached the report raw", true);
        }

        // score --format json: the documented contract must stay parseable JSON with only finite numbers.
        using (var json = System.Text.Json.JsonDocument.Parse(Core.Contracts.ScoreJson.Write([score])))
        {
            if (Numbers(json.RootElement).Any(n => !double.IsFinite(n)))
            {
                return ("valid, but the JSON holds a number that is not finite", true);
            }
        }

        if (!withPack)
        {
            return (null, true);
        }

        // compare: the page, the CSV and the workbook of a pack holding this one assessment.
        var pack = new Reporting.Runs.PackRequest(null, null, Path.Combine(root, "pack")).Render(
            [score],
            null,
            templates
        );
        if (pack.Folder is null)
        {
            return ($"valid, but the comparison pack failed: {string.Join("; ", pack.Errors)}", true);
        }

        var empty = pack.Folder.Files.Any(f => f.Content.Length == 0);
        return (empty ? "valid, but a comparison pack file is empty" : null, true);
    }

    private static Core.Results.AssessmentScore? Scored(
        Core.Pipeline.AssessmentEngine engine,
        string folder,
        Core.Pipeline.BenchmarkRequest benchmarks
    ) =>
        engine
            .Run(Core.Pipeline.BatchRequest.Folder(folder) with { Benchmarks = benchmarks })
            .Batch?.Evaluations[0]
            .Score;

    private static IEnumerable<double> Numbers(System.Text.Json.JsonElement element) =>
        element.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Number => [element.GetDouble()],
            System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
            System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
            _ => [],
        };

    private static string? Misplaced(IEnumerable<Finding> findings, string root)
    {
        foreach (var finding in findings)
        {
            if (finding.Location.Line < 1 || finding.Location.Column < 1 || finding.Location.File.Length == 0)
            {
                return $"finding without a location: {finding}";
            }

            // A location past the end of its file points nowhere an author can go.
            if (
                finding.Location.File.StartsWith(root, StringComparison.Ordinal)
                && File.Exists(finding.Location.File)
                && finding.Location.Line > LineCount(finding.Location.File) + 1
            )
            {
                return $"finding past the end of its file ({LineCount(finding.Location.File)} lines): {finding}";
            }
        }

        return null;
    }

    [GeneratedRegex("(?<!title)=\"[^\"]*(NaN|Infinity|\u221e)")]
    private static partial Regex BrokenAttribute();

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    private static int LineCount(string path) => File.ReadAllBytes(path).Count(b => b == (byte)'\n');

    private static (byte[] Bytes, string Edit) Mutate(byte[] original, Random random)
    {
        var kind = (EditKind)random.Next(Enum.GetValues<EditKind>().Length);
        switch (kind)
        {
            case EditKind.InsertBytes:
            {
                var at = random.Next(original.Length + 1);
                var inserted = random.Next(2) == 0 ? (byte)0x00 : (byte)0xFF;
                return (
                    [.. original[..at], inserted, .. original[at..]],
                    $"insert byte 0x{inserted:X2} at offset {at}"
                );
            }

            case EditKind.Truncate:
            {
                var at = random.Next(original.Length);
                return (original[..at], $"truncate to {at} bytes");
            }
        }

        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var index = random.Next(lines.Count);
        string edit;
        switch (kind)
        {
            case EditKind.DeleteLine:
                lines.RemoveAt(index);
                edit = $"delete line {index + 1}";
                break;
            case EditKind.DuplicateLine:
                lines.Insert(index, lines[index]);
                edit = $"duplicate line {index + 1}";
                break;
            case EditKind.SwapLines:
            {
                var other = random.Next(lines.Count);
                (lines[index], lines[other]) = (lines[other], lines[index]);
                edit = $"swap lines {index + 1} and {other + 1}";
                break;
            }

            case EditKind.ReplaceScalar:
            {
                var token = Nasty[random.Next(Nasty.Length)];
                var line = lines[index];
                var cut =
                    line.IndexOf(": ", StringComparison.Ordinal) is var colon and >= 0 ? colon + 2
                    : line.TrimStart().StartsWith("- ", StringComparison.Ordinal)
                        ? line.IndexOf("- ", StringComparison.Ordinal) + 2
                    : line.Length - line.TrimStart().Length;
                lines[index] = line[..cut] + token;
                edit = $"replace the value on line {index + 1} with {Quote(token)}";
                break;
            }

            case EditKind.InsertTab:
            {
                var at = random.Next(lines[index].Length + 1);
                lines[index] = lines[index].Insert(at, "\t");
                edit = $"insert a tab on line {index + 1} at column {at + 1}";
                break;
            }

            case EditKind.ChangeIndentation:
            {
                var change = random.Next(2) == 0 ? -random.Next(1, 4) : random.Next(1, 4);
                var indent = lines[index].Length - lines[index].TrimStart(' ').Length;
                lines[index] = new string(' ', Math.Max(0, indent + change)) + lines[index].TrimStart(' ');
                edit = $"change the indentation of line {index + 1} by {change}";
                break;
            }

            default:
            {
                var token = Nasty[random.Next(Nasty.Length)];
                var at = random.Next(lines[index].Length + 1);
                lines[index] = lines[index].Insert(at, token);
                edit = $"insert {Quote(token)} on line {index + 1} at column {at + 1}";
                break;
            }
        }

        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), edit);
    }

    private static string Quote(string token) =>
        "\"" + string.Concat(token.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
