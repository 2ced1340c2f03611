using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>Whether one criterion held for a measure, with the reason in words and where the deciding value is.</summary>
public sealed record CriterionResult(Criterion Criterion, string Target, bool Held, string Reason, SourceLocation? At)
{
    /// <summary>"key stakeholder survey at least 4.5; is 4.14 — competencies/c01.yaml:14".</summary>
    public string Explain() => At is null ? $"{Criterion.Description}; {Reason}" : $"{Criterion.Description}; {Reason} — {At.File}:{At.Line}";
}
