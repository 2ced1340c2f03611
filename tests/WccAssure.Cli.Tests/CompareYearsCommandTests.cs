using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace WccAssure.Cli.Tests;

/// <summary>
/// `wcc compare` over folders of several years: every year is used and said, each organisation's years stand side
/// by side (Stockport 2008-09 beside 2009-10) with the SHA means by year, and no file of the pack records where
/// this machine keeps its files.
/// </summary>
public partial class CompareYearsCommandTests
{
    [Fact]
    public void Compare_assessments_shows_stockports_two_years_side_by_side_with_sha_means_by_year()
    {
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        var (code, stdout, error) = Wcc.Run("compare", "assessments", "--out", output);
        Assert.True(code == 0, error);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(
            "years side by side: 2008-09 (3 organisations), 2009-10 (2 organisations, the league's year)",
            lines
        );
        Assert.Contains(lines, l =>
            Regex.IsMatch(
                l,
                @"^5F7 Stockport PCT: 2008-09 total \d+\.\d\d, mean competency score \d\.\d\d \(\w+\) → "
                    + @"2009-10 total \d+\.\d\d, mean competency score \d\.\d\d \(\w+\)$"
            )
        );

        var html = File.ReadAllText(Path.Combine(output, "compare.html"));
        Assert.Contains("Years: 2008/09 (3 organisations), 2009/10 (2 organisations, the league&#x27;s year).", html);
        var years = Section(html, "organisation-years");
        Assert.Contains(
            "<th class=\"year\" colspan=\"4\">2008/09</th><th class=\"year\" colspan=\"4\">2009/10</th>",
            years
        );
        var stockport = Regex.Match(years, "<tr><td>5F7</td><td>Stockport PCT</td>(.*?)</tr>").Groups[1].Value;
        // Both years filled, the 2009-10 total the league's: four cells a year, then the trend.
        var cells = Regex.Matches(stockport, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(8, cells.Count);
        Assert.DoesNotContain("–", cells);
        var csv = File.ReadAllLines(Path.Combine(output, "league.csv"));
        var league = csv.Single(l => l.Contains(",5F7,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(league[^1], cells[7]);
        Assert.Contains("role=\"img\" aria-label=\"Mean competency score: 2008/09 ", stockport);

        var shas = Section(html, "sha-years");
        Assert.Matches(
            "<tr><td>North West</td><td class=\"num\">2</td>(<td class=\"num\">[0-9.]+</td>){3}<td "
                + "class=\"num\">1</td>",
            shas
        );
        Assert.Matches("<tr><td>West Midlands</td>(<td class=\"num\">–</td>){4}<td class=\"num\">1</td>", shas);
        Assert.Contains("<tr class=\"overall\"><td>All organisations compared</td><td class=\"num\">3</td>", shas);
    }

    [Fact]
    public void No_file_of_the_pack_records_an_absolute_path_of_this_machine()
    {
        var synthetic = Path.Combine(Path.GetTempPath(), "wcc-synth-" + Guid.NewGuid().ToString("N"));
        var output = Path.Combine(Path.GetTempPath(), "wcc-compare-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, Wcc.Run("synth", "--out", synthetic, "--seed", "5").Code);
        // The synthetic set by its absolute path, with real folders that replace two of its rows.
        var (code, stdout, error) = Wcc.Run(
            "compare",
            Path.Combine(Wcc.Root, "assessments"),
            synthetic,
            "--out",
            output
        );
        Assert.True(code == 0, error);
        Assert.Contains("replaces the synthetic", stdout);
        Assert.Contains(
            "outcome benchmarks from benchmarks-synthetic.csv (the synthetic set's own, found beside its folders",
            stdout
        );
        var files = Directory.GetFiles(output);
        Assert.Equal(
            ["compare.html", "league.csv", "league.xlsx"],
            files.Select(Path.GetFileName).Order(StringComparer.Ordinal)
        );
        foreach (var (name, text) in files.SelectMany(Texts))
        {
            foreach (
                var root in new[]
                {
                    synthetic,
                    Wcc.Root,
                    Path.GetTempPath().TrimEnd('/'),
                    Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
                }.Where(r => r.Length > 1)
            )
            {
                Assert.False(text.Contains(root, StringComparison.Ordinal), $"{name} records {root}");
            }
        }
    }

    /// <summary>A page or CSV as text; a workbook as the text of each part of its package.</summary>
    private static IEnumerable<(string Name, string Text)> Texts(string file)
    {
        if (!file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            yield return (Path.GetFileName(file), File.ReadAllText(file));
            yield break;
        }

        using var zip = ZipFile.OpenRead(file);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            yield return ($"{Path.GetFileName(file)}:{entry.FullName}", reader.ReadToEnd());
        }
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no #{id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
