namespace WccAssure.Core.Model.Assessment;

/// <summary>A note on one aspect of organisational development: alignment, execution or renewal.</summary>
public sealed record AspectNote(string Aspect, NarrativeItem Note);
