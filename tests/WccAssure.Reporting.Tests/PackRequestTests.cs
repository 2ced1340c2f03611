using System.Text;
using WccAssure.Reporting.Runs;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// What `wcc compare` decides before it writes a pack: whether the request names anything, and one row per organisation
/// and year.
/// </summary>
public class PackRequestTests
{
    [Fact]
    public void A_pack_is_rendered_in_memory_with_its_outcome_brief()
    {
        var scores = new[]
        {
            Fixture.Score("assessments/trafford/2008-09"),
            Fixture.Score("assessments/stockport/2009-10"),
        };
        var outcome = new PackRequest(null, null, "out/compare").Render(scores, null, Fixture.Templates);
        Assert.Null(outcome.Problem);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.Notes);
        Assert.Equal("out/compare", outcome.Folder!.Path);
        Assert.Contains(outcome.Folder.Files, f => f.Name == "compare.html");
    }

    [Fact]
    public void A_year_no_assessment_has_is_a_problem_with_the_request()
    {
        var outcome = new PackRequest("1999-00", null, "out/compare").Render(
            [Fixture.Score("assessments/trafford/2008-09")],
            null,
            Fixture.Templates
        );
        Assert.NotNull(outcome.Problem);
        Assert.Contains("1999-00", outcome.Problem, StringComparison.Ordinal);
        Assert.Null(outcome.Folder);
    }

    [Fact]
    public void Nothing_scored_renders_no_pack_so_the_last_one_stays()
    {
        var outcome = new PackRequest(null, null, "out/compare").Render([], null, Fixture.Templates);
        Assert.Equal((null, 0, null), (outcome.Problem, outcome.Errors.Count, outcome.Folder));
    }

    [Fact]
    public void The_page_words_its_scoring_legend_for_the_framework_of_the_league_year()
    {
        var scores = new[] { Fixture.Score("assessments/trafford/2008-09") };
        var outcome = new PackRequest(null, null, "out/compare").Render(scores, null, Fixture.Templates);
        var page = Encoding.UTF8.GetString(outcome.Folder!.Files.Single(f => f.Name == "compare.html").Content);
        Assert.Contains("each the mean of its", page, StringComparison.Ordinal);
        Assert.Contains("for each of the 16 governance measures", page, StringComparison.Ordinal);
        Assert.DoesNotContain("as the framework sets", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_assessment_replaces_a_synthetic_one_and_says_so()
    {
        var real = Fixture.Score("assessments/trafford/2008-09");
        var synthetic = real with
        {
            Assessment = real.Assessment with { Folder = "synthetic/trafford/2008-09", Synthetic = true },
        };
        var outcome = new PackRequest(null, null, "out/compare").Render([synthetic, real], null, Fixture.Templates);
        Assert.NotNull(outcome.Folder);
        Assert.Equal(
            [
                $"note: {real.Assessment.OrganisationCode} 2008-09: the real assessment {real.Assessment.Folder} "
                    + $"replaces the synthetic synthetic/trafford/2008-09",
            ],
            outcome.Notes
        );
    }

    [Fact]
    public void The_shipped_templates_are_found_beside_the_seeds()
    {
        var (templates, errors) = ReportRun.LoadTemplates(null, Testing.TestRuns.InRepository());
        Assert.Empty(errors);
        Assert.NotNull(templates);
    }
}
