using WccAssure.Core.Results;

namespace WccAssure.Core.Comparison;

/// <summary>
/// One organisation and year is one row of a pack. When a real assessment and a synthetic one meet, the real one
/// stands and the synthetic one is listed as replaced. Two of a kind for one organisation and year never get here:
/// the engine refuses both folders (its batch rule, the one place that rule lives).
/// </summary>
public sealed record PackSelection(IReadOnlyList<AssessmentScore> Chosen, IReadOnlyList<ReplacedRow> Replaced)
{
    /// <summary>
    /// The rows of <paramref name="scores"/>, which are one batch's: at most one real and one synthetic assessment
    /// per organisation and year.
    /// </summary>
    public static PackSelection Of(IReadOnlyList<AssessmentScore> scores)
    {
        var chosen = new List<AssessmentScore>();
        var replaced = new List<ReplacedRow>();
        foreach (
            var group in scores
                .GroupBy(s => (Code: s.Assessment.OrganisationCode.ToUpperInvariant(), s.Assessment.Year))
                .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Year, StringComparer.Ordinal)
        )
        {
            var real = group.Where(s => !s.Assessment.Synthetic).ToList();
            var synthetic = group
                .Where(s => s.Assessment.Synthetic)
                .OrderBy(s => s.Assessment.Folder, StringComparer.Ordinal)
                .ToList();
            var stands = real.Count > 0 ? real : synthetic;
            if (stands.Count > 1)
            {
                throw new ArgumentException(
                    $"{group.Key.Code} {group.Key.Year} comes twice; a pack is made of one batch, "
                        + "which has one folder per organisation and year",
                    nameof(scores)
                );
            }

            chosen.Add(stands[0]);
            replaced.AddRange(
                synthetic
                    .Where(_ => real.Count > 0)
                    .Select(s => new ReplacedRow(
                        real[0].Assessment.OrganisationCode,
                        group.Key.Year,
                        s.Assessment.Folder,
                        real[0].Assessment.Folder
                    ))
            );
        }

        return new PackSelection(chosen, replaced);
    }
}
