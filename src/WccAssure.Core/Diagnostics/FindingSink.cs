namespace WccAssure.Core.Diagnostics;

/// <summary>Collects findings so that every problem is reported at once rather than the first only.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> findings = [];

    /// <summary>Every finding so far, in the order found; <see cref="Sorted"/> gives the order outputs use.</summary>
    public IReadOnlyList<Finding> Findings => findings;

    /// <summary>Whether any finding is an error, so the input cannot be used as it is.</summary>
    public bool HasErrors => findings.Exists(f => f.Severity == Severity.Error);

    /// <summary>Adds an error at <paramref name="at"/>.</summary>
    public void Error(SourceLocation at, string message) => findings.Add(new(Severity.Error, at, message));

    /// <summary>Adds a warning at <paramref name="at"/>.</summary>
    public void Warning(SourceLocation at, string message) => findings.Add(new(Severity.Warning, at, message));

    /// <summary>Adds findings made elsewhere, such as a loader's of its own file.</summary>
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
