namespace WccAssure.Core.Results;

/// <summary>How a count of flagged outcomes (slipped, bottom quartile) is known.</summary>
public enum CountBasis
{
    /// <summary>Nothing is known: no stated count and no row carries the flag either way. Never shown as 0.</summary>
    NotRecorded,

    /// <summary>
    /// The source states the count; <see cref="OutcomeFlagCount.Rows"/> may name fewer rows, or none.
    /// </summary>
    Stated,

    /// <summary>
    /// Counted from per-row flags; <see cref="OutcomeFlagCount.Complete"/> says whether every row has one.
    /// </summary>
    Flags,
}
