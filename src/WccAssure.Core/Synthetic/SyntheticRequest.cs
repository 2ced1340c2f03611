using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Text;

namespace WccAssure.Core.Synthetic;

/// <summary>
/// `wcc synth`: a synthetic national set of <paramref name="Count"/> organisations of the register (null: every
/// PCT) for a framework year, made from a random <paramref name="Seed"/> so the same seed gives the same set.
/// </summary>
public sealed record SyntheticRequest(string Output, int Seed, int? Count, string Year)
{
    /// <summary>
    /// The set to write, or why not (a count below one, a year without a framework, a folder in use).
    /// </summary>
    public (SyntheticPlan? Plan, string? Problem) Plan(SeedLibrary seeds)
    {
        if (Count is < 1)
        {
            return (null, $"--count must be at least 1, not {Count}");
        }

        var framework = seeds.FrameworkForYear(Year);
        var problem =
            framework is null ? $"no framework for year '{VisibleText.Shorten(Year)}'"
            : !AtomicFolder.IsFree(Output) ? $"{Output} already exists and is not empty; choose another --out"
            : null;
        return problem is not null
            ? (null, problem)
            : (
                new SyntheticPlan(
                    Output,
                    [.. seeds.Register.All.Where(o => o.Code.Length > 0).Take(Count ?? int.MaxValue)],
                    framework!,
                    Seed
                ),
                null
            );
    }
}
