using WccAssure.Core.Csv;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Loading;

/// <summary>The 152 PCTs of 2009/10 (seeds/organisations.csv), looked up by code.</summary>
public sealed class OrganisationRegister
{
    private static readonly string[] Header = ["code", "name", "sha"];
    private readonly Dictionary<string, Organisation> byCode;

    /// <summary>
    /// A register of <paramref name="organisations"/>, in the order given; codes are matched ignoring case.
    /// </summary>
    public OrganisationRegister(IEnumerable<Organisation> organisations)
    {
        All = [.. organisations];
        byCode = All.Where(o => o.Code.Length > 0).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every organisation, in register order.</summary>
    public IReadOnlyList<Organisation> All { get; }

    /// <summary>The organisation whose code is <paramref name="code"/> (any case, e.g. "5hg"), or null.</summary>
    public Organisation? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// .NET reads command-line bytes that are not UTF-8 as U+FFFD; a search would drop them and match the rest, so
    /// such text is refused instead of matching an organisation the user did not type.
    /// </summary>
    public const string NotUtf8 =
        "the text holds bytes that are not UTF-8 (shown as \uFFFD), so it cannot be matched; type it again in UTF-8";

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

        var matches = All.Where(o =>
                words.All(w =>
                    Words($"{o.Code} {o.Name} {o.Sha}").Any(part => part.StartsWith(w, StringComparison.Ordinal))
                )
            )
            .ToList();
        if (matches.Count > 0)
        {
            return matches;
        }

        return
        [
            .. All.Where(o =>
                words.All(w =>
                    Words(o.Name)
                        .Any(part =>
                            Diagnostics.Suggestions.Distance(w, part) <= Diagnostics.Suggestions.Threshold(w.Length)
                        )
                )
            ),
        ];
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '-', '(', ')', '&', '.', '\'', '/'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The register, or an empty one with the reasons as findings (bad rows are reported and left out).
    /// </summary>
    public static OrganisationRegister Load(string csvPath, string displayName, FindingSink findings)
    {
        var rows = CsvFile.Read(csvPath, displayName, findings) ?? [];
        if (rows.Count > 0 && !CsvFile.Names(rows[0]).SequenceEqual(Header))
        {
            findings.Error(SourceLocation.StartOf(displayName), $"the header should be {string.Join(",", Header)}");
            return new OrganisationRegister([]);
        }

        var organisations = new List<Organisation>();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != 3 || row[1].Length == 0)
            {
                findings.Error(
                    new SourceLocation(displayName, row.Line, row.Count > 3 ? row.Cells[3].Column : 1),
                    $"expected code,name,sha, found {row.Count} cell(s) (a name with a comma must be in double quotes)"
                );
                continue;
            }

            if (row[0].Length > 0 && !codes.TryAdd(row[0], row.Line))
            {
                findings.Error(
                    new SourceLocation(displayName, row.Line, 1),
                    $"code {row[0]} is already used on line {codes[row[0]]}"
                );
                continue;
            }

            organisations.Add(new Organisation(row[0], row[1], row[2]));
        }

        return new OrganisationRegister(organisations);
    }
}
