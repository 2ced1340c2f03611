using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Comparison;

public sealed record CompetencyColumn(string Id, int Number, string Name);
