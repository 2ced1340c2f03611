using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model.Framework;

/// <summary>A small expression from the framework file (NCalc syntax), kept with where it was written.</summary>
public sealed record Condition(string Expression, SourceLocation Location);
