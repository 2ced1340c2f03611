namespace WccAssure.Core.Diagnostics;

/// <summary>Collects findings so that every problem is reported at once rather than the first only.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> findings = [];

    public IReadOnlyList<Finding> Findings => findings;

    public bool HasErrors => findings.Exists(f => f.Severity == Severity.Error);

    public void Error(SourceLocation at, string message) => findings.Add(new(Severity.Error, at, message));

    public void Warning(SourceLocation at, string message) => findings.Add(new(Severity.Warning, at, message));

    public void AddRange(IEnumerable<Finding> more) => findings.AddRange(more);

    /// <summary>Findings in file, line, column order so output is stable whatever order checks ran in.</summary>
    public IReadOnlyList<Finding> Sorted() =>
        [
            .. findings
                .Distinct()
                .OrderBy(f => f.Location.File, StringComparer.Ordinal)
                .ThenBy(f => f.Location.Line)
                .ThenBy(f => f.Location.Column)
                .ThenBy(f => f.Message, StringComparer.Ordinal),
        ];
}
