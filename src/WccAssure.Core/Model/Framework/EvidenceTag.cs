namespace WccAssure.Core.Model.Framework;

/// <summary>A kind of support an evidence item can claim; level criteria require tags.</summary>
public sealed record EvidenceTag(string Id, string Description);
