using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.View;

public sealed record SourceView(string Id, string Title, string Document);
