using WccAssure.Core.Loading;

namespace WccAssure.Core.Tests;

/// <summary>
/// What a person types — an organisation folder, a tree, one file — becomes the assessment folders it stands for.
/// </summary>
public class AssessmentFoldersTests
{
    [Fact]
    public void An_organisation_folder_stands_for_its_year_folders()
    {
        var folder = Repo.Path("assessments", "stockport");
        var targets = AssessmentFolders.Expand(folder);
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(AssessmentFolders.IsAssessment(t.Folder), t.Folder));
        Assert.Equal(
            Directory
                .GetDirectories(folder)
                .Where(AssessmentFolders.IsAssessment)
                .Order(StringComparer.Ordinal)
                .Select(d => d.Replace('\\', '/')),
            targets.Select(t => t.Folder)
        );
    }

    [Fact]
    public void A_tree_stands_for_every_assessment_below_it_in_a_stable_order()
    {
        var targets = AssessmentFolders.Expand(Repo.Path("assessments"));
        var expected = Directory
            .GetFiles(Repo.Path("assessments"), "assessment.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)!.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, targets.Select(t => t.Folder));
        Assert.All(targets, t => Assert.Null(t.File));
    }

    [Fact]
    public void A_file_stands_for_its_assessment_checked_for_that_file()
    {
        var folder = ValidationTests.CopyOfValid();
        var target = Assert.Single(AssessmentFolders.Expand(Path.Combine(folder, "competencies", "c01.yaml")));
        Assert.Equal(new AssessmentTarget(folder, "competencies/c01.yaml"), target);
        Assert.Equal(
            new AssessmentTarget(folder, "assessment.yaml"),
            Assert.Single(AssessmentFolders.Expand(Path.Combine(folder, "assessment.yaml")))
        );
    }

    [Fact]
    public void An_assessment_folder_stands_for_itself_and_an_empty_folder_says_there_is_no_assessment()
    {
        var folder = ValidationTests.CopyOfValid();
        Assert.Equal(new AssessmentTarget(folder, null), Assert.Single(AssessmentFolders.Expand(folder + "/")));
        var empty = Directory.CreateTempSubdirectory("wcc-empty-").FullName;
        var finding = Assert.Single(
            new AssessmentLoader(Repo.Seeds).Load(Assert.Single(AssessmentFolders.Expand(empty)).Folder).Findings
        );
        Assert.Equal(
            "no assessment here or below: an assessment folder holds assessment.yaml (wcc init creates one)",
            finding.Message
        );
    }
}
