using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Assessment;

public sealed record SeriesPoint(string Period, StatedNumber Value, SourceRef? Source, SourceLocation Location);
