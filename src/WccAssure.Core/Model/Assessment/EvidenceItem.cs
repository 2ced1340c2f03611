using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>One piece of evidence for a measure and the framework tags it supports.</summary>
public sealed record EvidenceItem(string Text, IReadOnlyList<string> Tags, SourceRef? Source, SourceLocation Location)
{
    /// <summary>When the evidence is from, as written (2009-07 or 2009-07-31), when the author gives it.</summary>
    public string? Date { get; init; }
}
