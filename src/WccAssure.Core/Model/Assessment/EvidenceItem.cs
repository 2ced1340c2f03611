using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>One piece of evidence for a measure and the framework tags it supports.</summary>
public sealed record EvidenceItem(string Text, IReadOnlyList<string> Tags, SourceRef? Source, SourceLocation Location);
