namespace WccAssure.Core.Tests;

/// <summary>The drafts built from the PCT plans: figures computed by the tool, gaps reported as gaps.</summary>
public class DraftAssessmentTests
{
    [Theory]
    [InlineData("assessments/stockport/2008-09")]
    [InlineData("assessments/stockport/2009-10")]
    [InlineData("assessments/trafford/2008-09")]
    [InlineData("assessments/west-hertfordshire/2008-09")]
    public void Drafts_validate_and_carry_no_invented_ratings(string folder)
    {
        var score = Repo.Score(folder);
        Assert.Equal("self-assessment", score.Assessment.Status.Word);
        Assert.All(score.Competencies.SelectMany(c => c.Measures), m => Assert.Null(m.Panel));
        Assert.All(score.Competencies.SelectMany(c => c.Measures), m => Assert.Null(m.Self));
        Assert.Equal(0, score.Counts.ComparedWithSelf);
    }

    [Fact]
    public void Stockport_under_75_mortality_aspirations_are_computed_from_the_stated_position_to_the_2008_target()
    {
        var score = Repo.Score("assessments/stockport/2008-09");
        var circulatory = score
            .Outcomes.SelectMany(o => o.Splits)
            .Single(s => s.Indicator?.Id == "circulatory-mortality-u75");
        var cancer = score.Outcomes.SelectMany(o => o.Splits).Single(s => s.Indicator?.Id == "cancer-mortality-u75");
        Assert.Equal((Math.Pow(70.3 / 91.9, 1.0 / 3) - 1) * 100, circulatory.Aspiration.Value!.Value, 9);
        Assert.Equal((Math.Pow(101.8 / 122.2, 1.0 / 3) - 1) * 100, cancer.Aspiration.Value!.Value, 9);
        Assert.Equal("computed from 2005 to 2008", cancer.Aspiration.How);
    }

    [Fact]
    public void Missing_data_is_reported_as_missing_rather_than_guessed()
    {
        var score = Repo.Score("assessments/stockport/2008-09");
        var suicide = score.Outcomes.SelectMany(o => o.Splits).Single(s => s.Indicator?.Id == "suicide-rate");
        Assert.Null(suicide.Aspiration.Value);
        Assert.Equal("no baseline", suicide.Aspiration.NotComputable);
        Assert.Null(suicide.Historic.Value);
        Assert.All(score.Outcomes, o => Assert.Null(o.Judgement));
    }

    [Fact]
    public void Stockport_2009_10_shows_movement_from_its_2008_09_assessment()
    {
        var score = Repo.Score("assessments/stockport/2009-10");
        Assert.NotNull(score.Assessment.PreviousYear);
        Assert.All(score.Competencies.Where(c => c.Definition.Id != "c11"), c => Assert.NotNull(c.EvidencedLastYear));
        Assert.Contains(score.Competencies, c =>
            c.EvidencedLastYear is { } last && Math.Abs(last - c.EvidencedScore) > 1e-9
        );
        Assert.True(score.Competencies.Single(c => c.Definition.Id == "c11").AddedThisYear);
    }
}
