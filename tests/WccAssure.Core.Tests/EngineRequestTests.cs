using WccAssure.Core.Diagnostics;
using WccAssure.Core.Pipeline;

namespace WccAssure.Core.Tests;

/// <summary>The options of the engine's one entry point, and the findings it keeps once, in one order.</summary>
public class EngineRequestTests
{
    private static readonly AssessmentEngine Engine = new(Repo.Seeds);

    [Fact]
    public void The_report_and_the_command_line_read_one_sorted_list_of_findings()
    {
        var evaluation = Engine
            .Run(BatchRequest.Folder(Repo.Path("assessments", "stockport", "2009-10")))
            .OnlyEvaluation;
        Assert.NotEmpty(evaluation.Findings);
        Assert.Same(evaluation.Findings, evaluation.Score!.Findings);
        var sorted = new FindingSink();
        sorted.AddRange(evaluation.Findings.Reverse());
        Assert.Equal(sorted.Sorted(), evaluation.Findings);
    }

    [Fact]
    public void A_draft_is_scored_only_when_asked_for_and_still_counts_as_failed()
    {
        var broken = BatchRequest.Folder(Repo.Path("tests", "fixtures", "broken"));
        var refused = Engine.Run(broken).OnlyEvaluation;
        var draft = Engine.Run(broken with { AllowDraft = true }).OnlyEvaluation;

        Assert.Null(refused.Score);
        Assert.NotNull(draft.Score);
        Assert.True(draft.Failed);
        Assert.Equal(refused.Counts.Errors, draft.Counts.Errors);
        Assert.Empty(Engine.Run(broken with { AllowDraft = true }).Batch!.Scores);
    }

    [Fact]
    public void Versions_of_one_assessment_are_not_refused_as_duplicates()
    {
        var folder = Repo.Path("assessments", "trafford", "2008-09");
        var request = new BatchRequest([folder, folder]) { Reading = PathReading.AsGiven };
        Assert.True(Engine.Run(request).Batch!.AnyFailed);
        Assert.False(Engine.Run(request with { Versions = true }).Batch!.AnyFailed);
    }

    [Fact]
    public void A_folder_as_given_is_not_expanded_into_the_assessments_below_it()
    {
        var organisation = Repo.Path("assessments", "stockport");
        Assert.Equal(2, Engine.Run(new BatchRequest([organisation])).Batch!.Evaluations.Count);
        Assert.True(Engine.Run(BatchRequest.Folder(organisation)).OnlyEvaluation.Failed);
    }

    [Fact]
    public void Errors_and_warnings_are_counted_by_severity()
    {
        var at = SourceLocation.StartOf("a.yaml");
        Finding[] findings =
        [
            new(Severity.Warning, at, "w"),
            new(Severity.Error, at, "e"),
            new(Severity.Warning, at, "v"),
        ];
        Assert.Equal(new FindingCounts(1, 2), FindingCounts.Of(findings));
    }
}
