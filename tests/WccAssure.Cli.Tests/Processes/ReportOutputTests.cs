namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Valid assessments whose text tries to act in a report: live links and remote images, a pipe or backslash that
/// shifts a table row, control and directional characters. The report is written, and every file in it is inert.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class ReportOutputTests
{
    [Fact]
    public void Links_to_scripts_data_and_local_files_and_remote_images_are_inert_in_every_report_file()
    {
        using var scratch = new Scratch();
        scratch.DeclareSource();
        scratch.Rationale(
            string.Join(
                "\n",
                [
                    "[click](javascript:alert(1)) and [CLICK](JaVaScRiPt:alert(2))",
                    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [file](file:///etc/passwd)",
                    "[vb](vbscript:msgbox(1)) and ![tracker](https://example.org/pixel.png) and "
                        + "![local](file:///etc/hosts)",
                    "<javascript:alert(3)> <https://example.org> [ref][evil] \\[escaped](javascript:alert(4))",
                    "",
                    "[evil]: javascript:alert(5)",
                ]
            )
        );
        scratch.Replace(
            "assessment.yaml",
            "commentary: {}",
            """
            commentary:
              strengths:
                - {text: "![remote](http://example.org/x.png) [go](data:text/html,x)", source: plan L1}
              headlines:
                - {title: "[title](javascript:alert(6))", observations: ["[o](vbscript:x)"], source: plan L2}
            """
        );
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);
        InertOutput.AssertFolder(scratch.ReportFolder);
        WccProcess.Run("compare", scratch.Folder, "--out", Path.Combine(scratch.Work, "compare")).AssertExit(0);
        InertOutput.AssertFolder(Path.Combine(scratch.Work, "compare"));
    }

    [Theory]
    [InlineData("a | b")]
    [InlineData("ends in a backslash \\")]
    [InlineData("escaped \\| pipe and \\\\| double")]
    [InlineData("|||")]
    public void A_pipe_or_backslash_in_author_text_keeps_every_markdown_table_row_in_its_columns(string text)
    {
        using var scratch = new Scratch();
        var quoted = System.Text.Json.JsonSerializer.Serialize(text);
        scratch.MeasureA($"panel: {{level: 2, provenance: reconstructed, note: {quoted}}}", $"rationale: {quoted}");
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            $$$"""
            localIndicators:
              - {id: local-one, name: {{{quoted}}}, polarity: higher}
            outcomes:
              - {number: 1, priority: local, indicator: local-one, historic: {cagr: 1.5}}
            """
        );
        WccProcess.Run("report", scratch.Folder, "--out", scratch.Out).AssertExit(0);
        InertOutput.AssertFolder(scratch.ReportFolder);
        var markdown = File.ReadAllText(Path.Combine(scratch.ReportFolder, "report.md"));
        Assert.Contains("reconstructed", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_and_directional_characters_never_reach_a_report_raw_and_a_citation_is_not_reversed()
    {
        using var scratch = new Scratch();
        scratch.DeclareSource();
        var hostile = "red \u001B[31m bell \u0007 back \u0008 override \u202E reversed \u2067 isolate \u0085 next";
        scratch.MeasureA($"rationale: {System.Text.Json.JsonSerializer.Serialize(hostile)}", "source: plan L7");
        scratch.Replace(
            "assessment.yaml",
            "commentary: {}",
            $$"""
            commentary:
              strengths: [{text: {{System.Text.Json.JsonSerializer.Serialize("\u202Eunclosed")}}, source: plan L9}]
              headlines: [{title: {{System.Text.Json.JsonSerializer.Serialize(
                "title \u202E\u001B[2J"
            )}}, observations: [], source: plan L3}]
            """
        );
        scratch.Replace(
            "outcomes.yaml",
            "outcomes: []",
            $$$"""
            localIndicators:
              - {id: local-one, name: {{{System.Text.Json.JsonSerializer.Serialize(
                "name \u2066\u0007"
            )}}}, polarity: lower}
            outcomes:
              - {number: 1, priority: local, indicator: local-one, historic: {cagr: 1.5}}
            """
        );
        WccProcess
            .Run(
                "report",
                scratch.Folder,
                "--out",
                scratch.Out,
                "--compare",
                Path.Combine(scratch.Work, "pack"),
                "--docx"
            )
            .AssertExit(0);
        Assert.True(File.Exists(Path.Combine(scratch.ReportFolder, "report.docx")));
        InertOutput.AssertFolder(scratch.ReportFolder);
        InertOutput.AssertFolder(Path.Combine(scratch.Work, "pack"));
        WccProcess.Run("score", scratch.Folder).AssertExit(0);
        foreach (var file in new[] { "report.md", "report.html" })
        {
            var text = File.ReadAllText(Path.Combine(scratch.ReportFolder, file));
            Assert.Contains("\\u202E", text, StringComparison.Ordinal);
            Assert.Contains("plan L9", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hostile_text_in_an_organisation_free_field_does_not_reach_the_scorecard_or_the_pack_raw()
    {
        using var scratch = new Scratch();
        scratch.MeasureA("panel: {level: 2, provenance: reconstructed, note: \"=cmd|' /C calc'!A0 \\e[2J\"}");
        WccProcess
            .Run("report", scratch.Folder, "--out", scratch.Out, "--compare", Path.Combine(scratch.Work, "pack"))
            .AssertExit(0);
        InertOutput.AssertFolder(scratch.ReportFolder);
        InertOutput.AssertFolder(Path.Combine(scratch.Work, "pack"));
    }
}
