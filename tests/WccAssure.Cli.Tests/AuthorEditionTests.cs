using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using WccAssure.Cli.Tests.Processes;
using WccAssure.Core.Loading;
using WccAssure.Preview;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Tests;

/// <summary>
/// The author's edition of a self-assessment as an author runs it: `wcc init`, a little evidence, `wcc report`,
/// `wcc score` and the preview. It speaks as the PCT's draft, never as a panel's report; unknown is never shown
/// as a zero standing; every evidence item written can be proof-read; a file that does not read keeps its place.
/// </summary>
public partial class AuthorEditionTests
{
    /// <summary>
    /// Panel wording, and zero standings for work not yet done, that an author's draft must never print.
    /// </summary>
    private static readonly string[] PanelWording =
    [
        "Panel scorecard",
        "Measures (panel)",
        "No self or panel ratings",
        "panel score",
        "✓ panel",
        "(no panel score)",
        "The panel found",
        "compares the panel score",
    ];

    private static readonly string[] ZeroStanding = ["0 of 0", "0 green, 0 amber, 0 red", "Not rated"];

    private static string Stockport(string year) => Path.Combine(Wcc.Root, "assessments", "stockport", year);

    [Fact]
    public void A_fresh_init_draft_has_no_panel_wording_and_shows_untouched_work_as_not_yet_done()
    {
        using var work = new Work();
        var (html, markdown) = work.Report(work.Init());

        foreach (var phrase in PanelWording.Concat(ZeroStanding).Append("1.00"))
        {
            Assert.DoesNotContain(phrase, Text(html), StringComparison.Ordinal);
            Assert.DoesNotContain(phrase, markdown, StringComparison.Ordinal);
        }

        Assert.Contains("\n## Self-assessment scorecard\n", markdown, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#scorecard\">Self-assessment scorecard</a>", html, StringComparison.Ordinal);
        Assert.Contains(
            "\n| Competency | Self-rating | Last year | Evidenced | Movement on last year |\n",
            markdown,
            StringComparison.Ordinal
        );

        // No evidence and no last year: "no evidence yet", and movement empty rather than a lone mark.
        Assert.Contains(
            "\n| 1. Local leader of NHS | – | – | no evidence yet |  |\n",
            markdown,
            StringComparison.Ordinal
        );
        Assert.Contains("\n| Strategy | Not yet rated | not yet rated |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n| 1. Vision and goals |  |  |  | no evidence yet |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- a. _No rationale or evidence yet._\n", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "\n- No self-ratings are recorded yet: the levels shown are those the evidence supports.\n",
            markdown,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n- **a. Reputation as the local leader of the NHS** _no evidence items yet_\n",
            markdown,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<p class=\"completeness\">Completeness: no evidence and no self-ratings yet in any of the 33 competency "
                + "measures and 16 governance measures.</p>",
            html,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("2008-09", "30", "1–10")]
    [InlineData("2009-10", "33", "1–11")]
    public void The_Stockport_drafts_have_no_panel_wording_and_show_every_evidence_text(
        string year,
        string measures,
        string competencies
    )
    {
        using var work = new Work();
        var (html, markdown) = work.Report(Stockport(year));
        foreach (var phrase in PanelWording.Concat(ZeroStanding))
        {
            Assert.DoesNotContain(phrase, Text(html), StringComparison.Ordinal);
            Assert.DoesNotContain(phrase, markdown, StringComparison.Ordinal);
        }

        var loaded = new AssessmentLoader(new SeedLibrary(Path.Combine(Wcc.Root, "seeds"))).Load(Stockport(year));
        var items = loaded
            .Assessment!.Competencies.SelectMany(c => c.Measures)
            .SelectMany(m => m.Evidence)
            .Concat(loaded.Assessment.Governance.SelectMany(g => g.Measures).SelectMany(m => m.Evidence))
            .ToList();
        Assert.True(items.Count > 50, $"only {items.Count} evidence items read");
        var page = Squeeze(Text(html));
        var plain = Squeeze(Markdig.Markdown.ToPlainText(markdown));
        foreach (var item in items)
        {
            Assert.Contains(Squeeze(item.Text), page, StringComparison.Ordinal);
            Assert.Contains(Squeeze(item.Text), plain, StringComparison.Ordinal);
            Assert.Contains(Squeeze($"tags: {string.Join(", ", item.Tags)}"), page, StringComparison.Ordinal);
            Assert.Contains(Squeeze($"source: {item.Source}"), page, StringComparison.Ordinal);
        }

        Assert.Contains(
            $"**Completeness: evidence for {measures} of {measures} competency measures (competencies {competencies}) "
                + $"and 16 of 16 governance measures (Strategy, Finance and Board); self-ratings for 0 of {measures} "
                + $"competency measures and 0 of 16 governance measures; nothing is untouched.**",
            markdown,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_worked_draft_rolls_up_the_self_ratings_and_lists_its_evidence_escaped()
    {
        using var work = new Work();
        var folder = work.Worked();
        var (html, markdown) = work.Report(folder);
        var line =
            Array.FindIndex(File.ReadAllLines(Path.Combine(folder, "competencies", "c01.yaml")), l =>
                l.Contains("Unscheduled", StringComparison.Ordinal)
            ) + 1;

        Assert.Contains(
            "\n| Finance | Amber† (this tool's roll-up of the self-ratings) | 0 green, 5 amber, 0 red |\n",
            markdown,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n## Governance – Finance: Amber†\n\nArea rating rolled up by this tool from the self-ratings; the "
                + "evidence supports Red.",
            markdown,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "title=\"This tool&#x27;s roll-up of the self-ratings of the area&#x27;s measures",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("\n| 1. Local leader of NHS | 2.33 | – | 1.33 |  |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- Self-rated in full: 1 of 11 competencies.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("No self-ratings are recorded yet", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "<li>Unscheduled care redesign &lt;led&gt; by the PCT &amp; partners, agreed by the board. <span "
                + "class=\"tags\">tags: documented, in-practice</span> "
                + $"<span class=\"cite\">source: board-minutes p4</span> <span "
                + $"class=\"cite\">competencies/c01.yaml:{line}</span></li>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n  - Unscheduled care redesign &lt;led&gt; by the PCT &amp; partners, agreed by the board. (tags: "
                + "documented, in-practice) "
                + $"_(source: board-minutes p4)_ _(competencies/c01.yaml:{line})_\n",
            markdown,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("<led>", html, StringComparison.Ordinal);
        Assert.Contains(
            "Completeness: evidence for 1 of 33 competency measures (competency 1) and 1 of 16 governance measures "
                + "(Finance); self-ratings for 3 of 33 competency measures and 5 of 16 governance measures; "
                + "untouched: competencies 2–11, Strategy and Board.",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_panel_edition_keeps_the_evidence_out_unless_asked()
    {
        using var work = new Work();
        var folder = Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10");
        var (html, markdown) = work.Report(folder, "--audience", "panel");
        Assert.DoesNotContain("Evidence recorded", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Evidence recorded", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Completeness:", html, StringComparison.Ordinal);

        var (withEvidence, _) = work.Report(folder, "--audience", "panel", "--evidence");
        var item = new AssessmentLoader(new SeedLibrary(Path.Combine(Wcc.Root, "seeds")))
            .Load(folder)
            .Assessment!.Competencies.SelectMany(c => c.Measures)
            .SelectMany(m => m.Evidence)
            .First();
        Assert.Contains("<h3>Evidence recorded</h3>", withEvidence, StringComparison.Ordinal);
        Assert.Contains(Squeeze(item.Text), Squeeze(Text(withEvidence)), StringComparison.Ordinal);

        // The panel's edition cites no YAML lines, evidence or not.
        Assert.DoesNotContain("competencies/c01.yaml:", withEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_prints_the_completeness_line_and_no_count_over_nothing_in_text_and_json()
    {
        using var work = new Work();
        var folder = work.Worked();
        var text = WccProcess.Run("score", folder).AssertExit(ExitCodes.Success).Output;
        Assert.Contains(
            "\nCompleteness: evidence for 1 of 33 competency measures (competency 1) and 1 of 16 governance measures "
                + "(Finance); self-ratings for 3 of 33 competency measures and 5 of 16 governance measures; "
                + "untouched: competencies 2–11, Strategy and Board.\n",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Met or exceeded self-assessment: not yet rated; improved on last year: not yet rated; added this year: 1 "
                + "(competency 11); ",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("; governance (self-rating): 0 green, 5 amber, 0 red\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0 of 0", text, StringComparison.Ordinal);

        var json = WccProcess.Run("score", folder, "--format", "json").AssertExit(ExitCodes.Success).Output;
        using var document = JsonDocument.Parse(json);
        var assessment = document.RootElement.GetProperty("assessments")[0];
        var completeness = assessment.GetProperty("completeness");
        Assert.Equal(
            "{\"competencyMeasures\":33,\"competencyMeasuresWithEvidence\":1,\"competencyMeasuresSelfRated\":3,"
                + "\"governanceMeasures\":16,\"governanceMeasuresWithEvidence\":1,\"governanceMeasuresSelfRated\":5,"
                + "\"competenciesWithEvidence\":[1],\"areasWithEvidence\":[\"Finance\"],"
                + "\"untouchedCompetencies\":[2,3,4,5,6,7,8,9,10,11],\"untouchedAreas\":[\"Strategy\",\"Board\"],"
                + "\"unreadFiles\":[]}",
            JsonSerializer.Serialize(completeness)
        );
        var finance = assessment.GetProperty("governance")[1];
        Assert.Equal("amber", finance.GetProperty("selfRollup").GetString());
        Assert.Equal(5, finance.GetProperty("selfTally").GetProperty("amber").GetInt32());
    }

    [Fact]
    public void A_file_with_a_yaml_error_keeps_its_section_in_the_preview_as_a_placeholder_naming_the_finding()
    {
        using var work = new Work();
        var folder = work.Worked();
        var board = Path.Combine(folder, "governance", "board.yaml");
        var lines = File.ReadAllLines(board);
        var at = Array.FindIndex(lines, l => l == "  organisation:");
        Assert.True(at >= 0, "the scaffold's board.yaml has no 'organisation:' measure");
        lines[at] = "  organisation";
        File.WriteAllLines(board, lines);

        var seeds = new SeedLibrary(Path.Combine(Wcc.Root, "seeds"));
        var templates = ReportTemplates.Load(Path.Combine(Wcc.Root, "templates")).Templates!;
        var build = new PreviewRenderer(folder, seeds, templates, []).Build();
        Assert.True(build.IsDraft);
        var finding = $"governance/board.yaml:{at + 1}:15";
        Assert.Contains(
            "<section class=\"governance page\" id=\"governance-3\">\n<h2>Governance – Board</h2>\n<p "
                + "class=\"unread\">This file could not be read, so this "
                + $"section is empty until it is fixed: {finding}: missing colon after &#x27;organisation&#x27;: "
                + $"write &#x27;organisation:&#x27;</p>",
            build.Html,
            StringComparison.Ordinal
        );
        Assert.Contains("<li><a href=\"#governance-3\">Governance – Board</a>", build.Html, StringComparison.Ordinal);
        Assert.Contains(
            $"<li class=\"error\"><a href=\"#governance-3\"><code>{finding}</code></a> error: ",
            build.Html,
            StringComparison.Ordinal
        );
        Assert.Contains("; could not be read: governance/board.yaml.</p>", build.Html, StringComparison.Ordinal);

        // The draft banner prints: only the valid state's banner is left off paper.
        Assert.Contains(
            "@media print{#wcc-preview.valid{display:none}#wcc-preview.draft{position:static;",
            build.Html,
            StringComparison.Ordinal
        );

        // The preview is the author's edition whatever the status: the evidence is there to proof-read.
        Assert.Contains("<h3>Evidence recorded</h3>", build.Html, StringComparison.Ordinal);
        foreach (var phrase in PanelWording.Concat(ZeroStanding))
        {
            Assert.DoesNotContain(phrase, Text(build.Html), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The words of a page as a reader sees them: tags and the style and script blocks out, entities decoded.
    /// </summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(Blocks().Replace(html, " "), " "));

    private static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex("<(style|script)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    /// <summary>A scratch folder for `wcc init` drafts and the reports rendered from them.</summary>
    private sealed class Work : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "wcc-author-" + Guid.NewGuid().ToString("N"));
        private int reports;

        /// <summary>A fresh `wcc init` draft for Bolton PCT, 2009-10.</summary>
        public string Init()
        {
            var folder = Path.Combine(root, "bolton", "2009-10");
            var (code, _, error) = Wcc.Run("init", "5HQ", "--year", "2009-10", "--out", folder);
            Assert.True(code == ExitCodes.Success, error);
            return folder;
        }

        /// <summary>
        /// The fresh draft with what an author writes first: two sources, c01 self-rated with evidence, Finance
        /// self-rated.
        /// </summary>
        public string Worked()
        {
            var folder = Init();
            Edit(
                folder,
                "assessment.yaml",
                "sources: []",
                """
                sources:
                  - {id: strategic-plan, title: "NHS Bolton Strategic Plan 2009-2014"}
                  - {id: board-minutes, title: "Board minutes"}
                """
            );
            Edit(
                folder,
                "competencies/c01.yaml",
                "  a:\n    evidence: []",
                """
                  a:
                    self: 3
                    evidence:
                      - text: "Unscheduled care redesign <led> by the PCT & partners, agreed by the board."
                        tags: [documented, in-practice]
                        source: board-minutes p4
                """.TrimEnd('\n')
            );
            Edit(folder, "competencies/c01.yaml", "  b:\n    evidence: []", "  b:\n    self: 2\n    evidence: []");
            Edit(folder, "competencies/c01.yaml", "  c:\n    evidence: []", "  c:\n    self: 2\n    evidence: []");
            foreach (
                var measure in new[]
                {
                    "historical-financial-management",
                    "planning-assumptions",
                    "base-case-sustainability",
                    "scenario-sustainability",
                }
            )
            {
                Edit(
                    folder,
                    "governance/finance.yaml",
                    $"  {measure}:\n    evidence: []",
                    $"  {measure}:\n    self: amber\n    evidence: []"
                );
            }

            Edit(
                folder,
                "governance/finance.yaml",
                "  robust-financial-management:\n    evidence: []",
                """
                  robust-financial-management:
                    self: amber
                    metrics:
                      use_of_resources: 2
                    evidence:
                      - text: "Auditors scored use of resources at 2."
                        tags: [documented]
                        source: board-minutes p9
                """.TrimEnd('\n')
            );
            var (code, output, error) = Wcc.Run("validate", folder);
            Assert.True(code == ExitCodes.Success, output + error);
            return folder;
        }

        /// <summary>
        /// `wcc report FOLDER --out … [options]` (the author's edition by default for a draft): its HTML and Markdown.
        /// </summary>
        public (string Html, string Markdown) Report(string folder, params string[] options)
        {
            var output = Path.Combine(root, "out" + Interlocked.Increment(ref reports));
            var (code, text, error) = Wcc.Run(["report", folder, "--out", output, .. options]);
            Assert.True(code == ExitCodes.Success, text + error);
            var written = Assert.Single(Directory.GetDirectories(output));
            return (
                File.ReadAllText(Path.Combine(written, "report.html")),
                File.ReadAllText(Path.Combine(written, "report.md"))
            );
        }

        public void Dispose()
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }
        }

        private static void Edit(string folder, string file, string from, string to)
        {
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.Contains(from, text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
