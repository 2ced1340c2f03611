using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Tests;

/// <summary>Problems in the source documents are reported as warnings about the evidence, with their place.</summary>
public class EvidenceFindingTests
{
    private static IReadOnlyList<Finding> Warnings(string folder) =>
        [.. Repo.Load(folder).Findings.Where(f => f.Severity == Severity.Warning)];

    [Fact]
    public void A_total_that_disagrees_with_its_parts_is_reported()
    {
        var finding = Assert.Single(Warnings("assessments/west-hertfordshire/2008-09"), f =>
            f.Message.Contains("add up to", StringComparison.Ordinal)
        );
        Assert.Contains("645270", finding.Message);
        Assert.Contains("647050", finding.Message);
        Assert.EndsWith("assessment.yaml", finding.Location.File);
    }

    [Fact]
    public void A_placeholder_and_targets_without_baselines_are_reported()
    {
        var warnings = Warnings("assessments/west-hertfordshire/2008-09");
        Assert.Contains(warnings, f =>
            f.Message.Contains("'XX%'", StringComparison.Ordinal)
            && f.Location.File.EndsWith("outcomes.yaml", StringComparison.Ordinal)
        );
        Assert.Contains(warnings, f => f.Message.Contains("no baseline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { 9.6, 6.3, 15.9 }, 0.15)]
    [InlineData(new[] { 100.0, 200.0, 300.0 }, 1.5)]
    public void Sum_tolerance_follows_the_printed_precision(double[] values, double expected) =>
        Assert.Equal(expected, EvidenceChecks.SumTolerance(values), 6);
}
