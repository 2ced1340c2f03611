using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Model;

/// <summary>A rating (a level 1–4 or a RAG) with its provenance and where it was written.</summary>
public sealed record Rating<T>(T Value, Provenance Provenance, SourceLocation Location)
    where T : struct;
