using WccAssure.Core.Benchmarks;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

/// <summary>The peer-group column says "SHA" when the SHA, not an ONS cluster, is what was compared with.</summary>
public class PeerGroupHeadingTests
{
    [Fact]
    public void Stated_benchmarks_are_ons_cluster_as_in_the_panel_report()
    {
        var score = Fixture.Score("assessments/south-staffordshire/2009-10");
        Assert.Equal("ONS cluster", PeerGroupHeading.Of(score.Outcomes));
        Assert.Contains(
            "<th class=\"num\">ONS cluster</th>",
            Fixture.Render("assessments/south-staffordshire/2009-10").Html
        );
    }

    [Fact]
    public void Benchmarks_from_a_data_set_without_clusters_are_headed_sha_in_the_table_and_the_chart()
    {
        var score = Fixture.Score("assessments/south-staffordshire/2009-10");
        var bySha = score with
        {
            Outcomes =
            [
                .. score.Outcomes.Select(o => o with { BenchmarkSource = "data.csv", PeerGroup = PeerGroup.Sha }),
            ],
        };
        Assert.Equal("SHA", PeerGroupHeading.Of(bySha.Outcomes));
        var view = OutcomesViews.Build(bySha);
        Assert.Equal("SHA", view.PeerGroup);
        Assert.Contains(">SHA</text>", view.Svg);
        Assert.DoesNotContain("ONS cluster", view.Svg);

        var mixed = score with { Outcomes = [bySha.Outcomes[0], .. score.Outcomes.Skip(1)] };
        Assert.Equal("ONS cluster or SHA", PeerGroupHeading.Of(mixed.Outcomes));
    }
}
