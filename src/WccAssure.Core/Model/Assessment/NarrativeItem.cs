using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

/// <summary>A piece of Markdown text with its citation.</summary>
public sealed record NarrativeItem(string Text, SourceRef? Source, SourceLocation Location);
