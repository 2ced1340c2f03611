namespace WccAssure.Core.Tests;

/// <summary>
/// `status: panel` promises the panel's ratings: each measure without one is an error, named where it is written.
/// </summary>
public class PanelStatusTests
{
    [Fact]
    public void A_panel_assessment_missing_a_competency_and_a_governance_rating_names_each_measure()
    {
        var folder = Repo.CopyOf(
            "assessments/south-staffordshire/2009-10",
            System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wcc-panel-status-" + Guid.NewGuid().ToString("N"))
        );
        try
        {
            Cut(folder, "competencies/c03.yaml", "    panel: 2\n");
            Cut(folder, "governance/board.yaml", "    panel: green\n");
            var loaded = new Loading.AssessmentLoader(Repo.Seeds).Load(folder);
            Assert.False(loaded.IsValid);
            Assert.Equal(
                [
                    $"{folder}/competencies/c03.yaml:5:5: error: status is panel but measure 3a (Influence on local "
                        + $"health opinions and aspirations) has no panel rating; add 'panel:' (wcc panel-sheet and "
                        + $"panel-apply), or keep status: self-assessment",
                    $"{folder}/governance/board.yaml:8:5: error: status is panel but Board measure 1 (Organisation) "
                        + $"has no panel rating; add 'panel:' (wcc panel-sheet and panel-apply), or keep status: "
                        + $"self-assessment",
                ],
                loaded
                    .Findings.Where(f => f.Message.StartsWith("status is panel", StringComparison.Ordinal))
                    .Select(f => f.ToString())
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_self_assessment_needs_no_panel_rating()
    {
        Assert.True(Repo.Load("tests/fixtures/valid").IsValid);
        Assert.True(Repo.Load("assessments/stockport/2009-10").IsValid);
    }

    /// <summary>Removes the first occurrence of <paramref name="line"/>.</summary>
    private static void Cut(string folder, string file, string line)
    {
        var path = System.IO.Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(line, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} has no '{line.Trim()}'");
        File.WriteAllText(path, text.Remove(at, line.Length));
    }
}
