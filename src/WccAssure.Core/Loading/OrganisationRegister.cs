using Microsoft.VisualBasic.FileIO;

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

    public static OrganisationRegister Load(string csvPath)
    {
        using var parser = new TextFieldParser(csvPath) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var rows = new List<Organisation>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields();
            if (fields is { Length: >= 3 })
            {
                rows.Add(new Organisation(fields[0].Trim(), fields[1].Trim(), fields[2].Trim()));
            }
        }

        return new OrganisationRegister(rows);
    }
}
