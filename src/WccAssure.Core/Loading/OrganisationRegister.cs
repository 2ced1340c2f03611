namespace WccAssure.Core.Loading;

/// <summary>The 152 PCTs of 2009/10 (seeds/organisations.csv), looked up by code.</summary>
public sealed class OrganisationRegister
{
    private readonly Dictionary<string, Organisation> byCode;

    public OrganisationRegister(IEnumerable<Organisation> organisations)
    {
        All = [.. organisations];
        byCode = All.Where(o => o.Code.Length > 0).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Organisation> All { get; }

    public Organisation? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// Organisations whose code, name or SHA hold every word of <paramref name="text"/> ("wigan", "bolton pct",
    /// "5hg", "north west"), in register order; when none does, those with a name word a slip of the keyboard away.
    /// </summary>
    public IReadOnlyList<Organisation> Search(string text)
    {
        if (Find(text.Trim()) is { } exact)
        {
            return [exact];
        }

        var words = Words(text).Where(w => w != "pct").ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var matches = All.Where(o => words.All(w => Words($"{o.Code} {o.Name} {o.Sha}").Any(part => part.StartsWith(w, StringComparison.Ordinal)))).ToList();
        if (matches.Count > 0)
        {
            return matches;
        }

        return [.. All.Where(o => words.All(w => Words(o.Name).Any(part => Diagnostics.Suggestions.Distance(w, part) <= Diagnostics.Suggestions.Threshold(w.Length))))];
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '-', '(', ')', '&', '.', '\'', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Read with the small CSV reader rather than the VB TextFieldParser, whose assembly alone cost a cold `wcc validate` tens of milliseconds.</summary>
    public static OrganisationRegister Load(string csvPath) =>
        new(Benchmarks.CsvReader.Rows(csvPath)
            .Where(row => row.Cells.Length >= 3)
            .Select(row => new Organisation(row.Cells[0], row.Cells[1], row.Cells[2])));
}
