using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Results;

/// <summary>
/// Whether one criterion held for a measure, with the reason in words and where the deciding value is.
/// </summary>
public sealed record CriterionResult(
    Criterion Criterion,
    CriterionTarget Target,
    bool Held,
    string Reason,
    SourceLocation? At
)
{
    /// <summary>
    /// "key stakeholder survey at least 4.5; is 4.14 — competencies/c01.yaml:14", the file named relative to
    /// <paramref name="folder"/> when given (the assessment folder, which the reader already knows).
    /// </summary>
    public string Explain(string? folder = null) =>
        At is null
            ? $"{Criterion.Description}; {Reason}"
            : $"{Criterion.Description}; {Reason} — {DisplayPath.Within(At.File, folder)}:{At.Line}";
}
