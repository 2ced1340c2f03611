using WccAssure.Core.Diagnostics;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Scaffold;
using WccAssure.Core.Schemas;
using WccAssure.Core.Synthetic;

namespace WccAssure.Core.Tests;

/// <summary>
/// `wcc init` and `wcc synth` check everything before they make a folder, and never write over one in use.
/// </summary>
public sealed class FolderPlanTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "wcc-plan-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_scaffold_is_made_for_a_code_of_the_register_and_validates_as_it_stands()
    {
        var target = Path.Combine(work, "5PK");
        var (plan, problem) = new ScaffoldRequest("5pk", "2009-10", target).Plan(Repo.Seeds);
        Assert.Null(problem);
        Assert.Equal("5PK", plan!.Organisation.Code);
        Assert.Equal(
            $"created {target} for {plan.Organisation.Name} ({plan.Framework.Id}); next: wcc validate {target}",
            plan.Summary
        );
        plan.Write();
        var request = new BatchRequest([target]) { Reading = PathReading.Check };
        var batch = new AssessmentEngine(Repo.Seeds).Run(request).Batch!;
        Assert.Equal(0, FindingCounts.Of(batch.NamedFindings).Errors);
    }

    [Fact]
    public void A_scaffold_is_named_after_the_code_and_year_by_default()
    {
        var (plan, _) = new ScaffoldRequest("5PK", "2009-10").Plan(Repo.Seeds);
        Assert.Equal("5PK-2009-10", plan!.Target);
    }

    [Fact]
    public void An_unknown_code_is_refused_with_the_nearest_codes_or_the_way_to_search()
    {
        var (plan, problem) = new ScaffoldRequest("ZZ9", "2009-10", work).Plan(Repo.Seeds);
        Assert.Null(plan);
        Assert.StartsWith("organisation 'ZZ9' is not ", problem, StringComparison.Ordinal);
        Assert.Equal(
            "organisation 'qqqqqqqq' is not in the register (seeds/organisations.csv); wcc orgs TEXT searches it",
            new ScaffoldRequest("qqqqqqqq", "2009-10", work).Plan(Repo.Seeds).Problem
        );
    }

    [Fact]
    public void A_year_without_a_framework_and_a_folder_in_use_are_refused()
    {
        Assert.StartsWith(
            "no framework for year '1999-00' (frameworks: ",
            new ScaffoldRequest("5PK", "1999-00", work).Plan(Repo.Seeds).Problem,
            StringComparison.Ordinal
        );
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "notes.txt"), "mine");
        Assert.Equal(
            $"{work} already exists and is not empty; choose another --out",
            new ScaffoldRequest("5PK", "2009-10", work).Plan(Repo.Seeds).Problem
        );
        Assert.Equal(
            $"{work} already exists and is not empty; choose another --out",
            new SyntheticRequest(work, 1, 2, "2009-10").Plan(Repo.Seeds).Problem
        );
    }

    [Fact]
    public void A_synthetic_set_takes_the_first_organisations_of_the_register()
    {
        var (plan, problem) = new SyntheticRequest(work, 3, 2, "2009-10").Plan(Repo.Seeds);
        Assert.Null(problem);
        Assert.Equal(2, plan!.Organisations.Count);
        Assert.StartsWith($"created {work}: 2 synthetic assessments (", plan.Summary, StringComparison.Ordinal);
        plan.Write();
        Assert.True(File.Exists(Path.Combine(work, SyntheticNationalSet.DataSetFile)));
    }

    [Fact]
    public void A_synthetic_set_needs_at_least_one_organisation_and_a_framework()
    {
        Assert.Equal(
            "--count must be at least 1, not 0",
            new SyntheticRequest(work, 1, 0, "2009-10").Plan(Repo.Seeds).Problem
        );
        Assert.Equal(
            "no framework for year '1999-00'",
            new SyntheticRequest(work, 1, null, "1999-00").Plan(Repo.Seeds).Problem
        );
    }

    [Fact]
    public void The_schema_set_is_the_general_schemas_and_a_folder_per_framework_year()
    {
        var files = SchemaSet.Files(Repo.Seeds);
        Assert.Equal(JsonSchemas.Kinds.Count * (1 + Repo.Seeds.FrameworkIds.Count()), files.Count);
        Assert.Contains(files, f => f.Name == "wcc-2009-10/competency.schema.json");
        var written = SchemaSet.Write(Repo.Seeds, work).ToList();
        Assert.Equal(files.Count, written.Count);
        Assert.All(written, path => Assert.True(File.Exists(path)));
    }

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
