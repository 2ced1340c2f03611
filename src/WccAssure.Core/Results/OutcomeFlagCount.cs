using WccAssure.Core.Model;

namespace WccAssure.Core.Results;

/// <summary>
/// A count of outcomes with a flag, with how it is known and the rows known to carry it: "6 (stated; rows not
/// recorded)" rather than a 0 counted from flags that were lost.
/// </summary>
public sealed record OutcomeFlagCount(
    int? Count,
    CountBasis Basis,
    IReadOnlyList<int> Rows,
    bool Complete,
    SourceRef? Source
)
{
    /// <summary>
    /// The word the JSON contract writes for <paramref name="basis"/>: "stated", "per-row flags" or "not recorded".
    /// </summary>
    public static string BasisWord(CountBasis basis) =>
        basis switch
        {
            CountBasis.Stated => "stated",
            CountBasis.Flags => "per-row flags",
            _ => "not recorded",
        };

    /// <summary>"6 (stated, panel-report L266; which rows is not recorded)", "2 (#3, #7)", "not recorded".</summary>
    public string Describe()
    {
        var rows = Rows.Count == 0 ? "" : string.Join(", ", Rows.Select(r => $"#{r}"));
        return Basis switch
        {
            CountBasis.Stated => $"{Count} (stated{(Source is null ? "" : $", {Source}")}; "
                + (
                    Rows.Count == 0 ? "which rows is not recorded)"
                    : Rows.Count == Count ? $"{rows})"
                    : $"rows known: {rows})"
                ),
            CountBasis.Flags => Complete
                ? $"{Count}{(Rows.Count == 0 ? "" : $" ({rows})")}"
                : $"at least {Count}{(Rows.Count == 0 ? "" : $" ({rows})")}; some rows not flagged",
            _ => "not recorded",
        };
    }
}
