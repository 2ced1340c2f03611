using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Text;

namespace WccAssure.Core.Scaffold;

/// <summary>
/// `wcc init CODE --year Y [--out DIR]`: a new assessment folder for an organisation of the register and a framework
/// year, in <paramref name="Output"/> or by default ./CODE-YEAR. It is only ever created, never written over.
/// </summary>
public sealed record ScaffoldRequest(string Code, string Year, string? Output = null)
{
    /// <summary>
    /// The folder and its files, or why it cannot be made (a code or year the seeds do not know, a folder in use).
    /// </summary>
    public (ScaffoldPlan? Plan, string? Problem) Plan(SeedLibrary seeds)
    {
        var organisation = seeds.Register.Find(Code);
        var framework = seeds.FrameworkForYear(Year);
        var target = Output ?? $"{organisation?.Code ?? Code}-{Year}";
        var near = organisation is null
            ? seeds.Register.Search(Code).Take(3).Select(o => $"{o.Code} ({o.Name})").ToList()
            : [];
        var problem = organisation is null
            ? near.Count > 0
                ? $"organisation '{VisibleText.Shorten(Code)}' is not a code in the register; did you mean "
                    + $"{string.Join(" or ", near)}? (wcc orgs TEXT searches it)"
                : $"organisation '{VisibleText.Shorten(Code)}' is not in the register (seeds/organisations.csv); wcc "
                    + $"orgs TEXT searches it"
            : framework is null
                ? $"no framework for year '{VisibleText.Shorten(Year)}' (frameworks: "
                    + $"{string.Join(", ", seeds.FrameworkIds)})"
                : !AtomicFolder.IsFree(target)
                    ? $"{target} already exists and is not empty; choose another --out"
                    : null;
        return problem is null ? (new ScaffoldPlan(target, organisation!, framework!), null) : (null, problem);
    }
}
