using System.Text.RegularExpressions;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;
using WccAssure.Reporting.Pictures;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// One presentation layer: scores compared and banded once, framework facts read from the framework, and the
/// pictures drawn from the view's numbers and ratings rather than from its text.
/// </summary>
public sealed partial class PresentationTests
{
    private static readonly Lazy<AssessmentScore> Score = new(() =>
        Fixture.Score("assessments/south-staffordshire/2009-10")
    );

    [Theory]
    [InlineData(3.0, 3)]
    [InlineData(2.9999999999, 3)]
    [InlineData(2.99, 2)]
    [InlineData(0.3 / 0.1, 3)]
    public void A_score_stands_at_its_band_within_the_tolerance(double score, int level) =>
        Assert.Equal(level, ScoreBand.Level(score));

    [Fact]
    public void Scores_within_the_tolerance_compare_equal()
    {
        Assert.Equal(0, ScoreBand.Compare(0.1 + 0.2, 0.3));
        Assert.Equal(1, ScoreBand.Compare(2.34, 2.33));
        Assert.Equal(-1, ScoreBand.Compare(2.33, 2.34));
        Assert.Equal("same", Formats.Movement(0.1 + 0.2, 0.3));
    }

    [Fact]
    public void The_survey_thresholds_and_counts_come_from_the_framework()
    {
        var framework = Score.Value.Framework;
        Assert.Equal("4.5 out of 6 for level 3, 5.5 for level 4", FrameworkWords.Thresholds(framework));
        Assert.Equal(16, FrameworkWords.GovernanceMeasures(framework));
        Assert.Equal("sixteen", FrameworkWords.Count(16));
        Assert.Equal("mean", FrameworkWords.Rollup(framework));
    }

    [Fact]
    public void A_framework_rolling_up_the_lowest_level_is_described_so_in_the_legend_and_the_note()
    {
        var lowest = Score.Value with
        {
            Framework = Score.Value.Framework with
            {
                Rollup = Score.Value.Framework.Rollup with { Competency = CompetencyRollup.Minimum },
            },
        };
        var view = ReportViewBuilder.Build(lowest, "");
        Assert.StartsWith("Scores are the lowest of", view.Scorecard.Legend, StringComparison.Ordinal);
        Assert.Contains(
            "a competency's score as the lowest of its measures",
            view.FrameworkNote,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(" mean ", view.FrameworkNote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorecard_picture_draws_the_numbers_and_ratings_not_the_text()
    {
        var row = new ScorecardRow(1, "Leader", "shown as text", "–", "–", "–", "") { PanelScore = 4 };
        var area = new ScorecardArea("Strategy", "words only", Rag.Amber, "");
        var svg = ScorecardChart.Svg([row], [area]);
        Assert.Matches(BarTo4().ToString(), svg);
        Assert.Contains($"fill=\"{Palette.Amber}\"", svg, StringComparison.Ordinal);
        Assert.Contains($"fill=\"{Palette.TextOn(Rag.Amber)}\">Strategy: words only", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_panel_edition_is_built_without_the_authors_sections()
    {
        var panel = ReportViewBuilder.Build(Score.Value, "", ReportAudience.Panel);
        var author = ReportViewBuilder.Build(Score.Value, "", ReportAudience.Author);
        Assert.True(panel.ForPanel);
        Assert.False(author.ForPanel);
        Assert.Empty(panel.Gaps);
        Assert.NotEmpty(author.Gaps);
        Assert.All(panel.Provenance, p => Assert.Equal("", p.At));
        Assert.Contains(author.Provenance, p => p.At.StartsWith("competencies/", StringComparison.Ordinal));
    }

    /// <summary>A bar starts at 330, and level 4 of the scale sits at 620.</summary>
    [GeneratedRegex("<rect class=\"bar\" x=\"330\" y=\"[0-9]+\" width=\"290\"")]
    private static partial Regex BarTo4();
}
