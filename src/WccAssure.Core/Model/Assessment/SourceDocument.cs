using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

public sealed record SourceDocument(string Id, string Title, string? Document);
