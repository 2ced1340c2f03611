using System.Text.Json;
using WccAssure.Core.Contracts;
using WccAssure.Core.Results;

namespace WccAssure.Core.Tests;

/// <summary>Unknown is not zero: counts of slipped and bottom-quartile outcomes say how they are known.</summary>
public class OutcomeCountTests
{
    [Fact]
    public void South_Staffordshire_keeps_the_stated_counts_without_inventing_rows()
    {
        var counts = Repo.Score("assessments/south-staffordshire/2009-10").Counts;
        Assert.Equal(6, counts.OutcomesSlipped.Count);
        Assert.Equal(CountBasis.Stated, counts.OutcomesSlipped.Basis);
        Assert.Empty(counts.OutcomesSlipped.Rows);
        Assert.Equal(5, counts.OutcomesBottomQuartile.Count);
        Assert.Equal("panel-report L266", counts.OutcomesBottomQuartile.Source?.ToString());
        Assert.StartsWith("6 (stated", counts.OutcomesSlipped.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_recorded_is_null_in_the_json_and_never_zero()
    {
        var score = Repo.Score("assessments/stockport/2009-10");
        Assert.Equal(CountBasis.NotRecorded, score.Counts.OutcomesSlipped.Basis);
        Assert.Equal("not recorded", score.Counts.OutcomesSlipped.Describe());
        using var json = JsonDocument.Parse(ScoreJson.Write([score]));
        var counts = json.RootElement.GetProperty("assessments")[0].GetProperty("counts");
        Assert.Equal(JsonValueKind.Null, counts.GetProperty("outcomesSlipped").ValueKind);
        Assert.Equal("not recorded", counts.GetProperty("outcomesSlippedBasis").GetString());
        Assert.Equal(JsonValueKind.Null, counts.GetProperty("outcomesBottomQuartile").ValueKind);
    }

    [Fact]
    public void The_json_says_why_a_level_was_reached_and_which_area_ratings_are_rolled_up()
    {
        using var json = JsonDocument.Parse(ScoreJson.Write([Repo.Score("assessments/south-staffordshire/2009-10")]));
        var assessment = json.RootElement.GetProperty("assessments")[0];
        var c04c = assessment.GetProperty("competencies")[3].GetProperty("measures")[2];
        Assert.Contains(c04c.GetProperty("reached").EnumerateArray(), r =>
            r.GetProperty("reason").GetString() == "is 4.57"
        );
        var areas = assessment
            .GetProperty("governance")
            .EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("ratingBasis").GetString());
        Assert.Equal("stated", areas["strategy"]);
        Assert.Equal("rolled up by this tool", areas["finance"]);
        Assert.Equal("rolled up by this tool", areas["board"]);
    }
}
