using WccAssure.Core.Diagnostics;
using WccAssure.Core.Results;

namespace WccAssure.Core.Comparison;

/// <summary>
/// One organisation and year is one row of a pack. When a real assessment and a synthetic one meet, the real one
/// stands and the synthetic one is listed as replaced; two real ones (or two synthetic ones) for the same
/// organisation and year cannot both be right, so that is an error naming both folders.
/// </summary>
public sealed record PackSelection(IReadOnlyList<AssessmentScore> Chosen, IReadOnlyList<ReplacedRow> Replaced, IReadOnlyList<Finding> Conflicts)
{
    public static PackSelection Of(IReadOnlyList<AssessmentScore> scores)
    {
        var chosen = new List<AssessmentScore>();
        var replaced = new List<ReplacedRow>();
        var conflicts = new List<Finding>();
        foreach (var group in scores
            .GroupBy(s => (Code: s.Assessment.OrganisationCode.ToUpperInvariant(), s.Assessment.Year))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Year, StringComparer.Ordinal))
        {
            var real = group.Where(s => !s.Assessment.Synthetic).OrderBy(s => s.Assessment.Folder, StringComparer.Ordinal).ToList();
            var synthetic = group.Where(s => s.Assessment.Synthetic).OrderBy(s => s.Assessment.Folder, StringComparer.Ordinal).ToList();
            var candidates = real.Count > 0 ? real : synthetic;
            if (candidates.Count > 1)
            {
                var folders = string.Join(" and ", candidates.Select(s => s.Assessment.Folder));
                conflicts.Add(new Finding(Severity.Error, candidates[1].Assessment.Location,
                    $"{group.Key.Code} {group.Key.Year} is assessed twice ({folders}); a pack has one row per organisation and year, so leave one folder out"));
                continue;
            }

            chosen.Add(candidates[0]);
            if (real.Count > 0)
            {
                replaced.AddRange(synthetic.Select(s => new ReplacedRow(real[0].Assessment.OrganisationCode, group.Key.Year, s.Assessment.Folder, real[0].Assessment.Folder)));
            }
        }

        return new PackSelection(chosen, replaced, conflicts);
    }
}
