using System.Globalization;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.Rendering;

/// <summary>The scorecard as CSV: one row per measure with its ratings, and one per governance area.</summary>
internal static class ScorecardCsv
{
    public static readonly string[] Header =
    [
        "organisation",
        "year",
        "kind",
        "group",
        "measure",
        "name",
        "self",
        "evidenced",
        "panel",
        "last_year",
        "reconstructed",
        "provenance",
        "synthetic",
    ];

    public static string Write(AssessmentScore score)
    {
        var a = score.Assessment;
        var rows = new List<IEnumerable<string>> { Header };
        foreach (var c in score.Competencies)
        {
            rows.AddRange(
                c.Measures.Select(m =>
                    Row(
                        a.OrganisationCode,
                        a.Year,
                        "competency",
                        c.Definition.Id,
                        m.Definition.Id,
                        m.Definition.Name,
                        m.Self,
                        m.EvidencedLevel.ToString(CultureInfo.InvariantCulture),
                        m.Panel,
                        m.LastYear
                    )
                )
            );
        }

        foreach (var g in score.Governance)
        {
            rows.AddRange(
                g.Measures.Select(m =>
                    Row(
                        a.OrganisationCode,
                        a.Year,
                        "governance",
                        g.Definition.Id,
                        m.Definition.Id,
                        m.Definition.Name,
                        m.Record.Self,
                        m.Evidenced.Word(),
                        m.Record.Panel,
                        m.Record.LastYear
                    )
                )
            );
            rows.Add([
                a.OrganisationCode,
                a.Year,
                "governance-area",
                g.Definition.Id,
                "",
                g.Definition.Name,
                "",
                g.EvidencedRating.Word(),
                g.Rating?.Word() ?? "",
                "",
                g.StatedRating?.Provenance.Kind == ProvenanceKind.Reconstructed ? "panel" : "",
                AreaProvenance(g),
            ]);
        }

        // Every row says whether the data are synthetic, so a row copied out of the file still carries the label.
        var synthetic = a.Synthetic ? "yes" : "no";
        return Csv.Join(rows.Select((row, i) => i == 0 ? row : row.Append(synthetic)));
    }

    /// <summary>Says in words where each value of an area row comes from; "evidenced" is always this tool's.</summary>
    private static string AreaProvenance(GovernanceAreaScore g) =>
        g switch
        {
            { StatedRating: { Provenance.Kind: ProvenanceKind.Reconstructed } } =>
                "panel: reconstructed; evidenced: computed by this tool",
            { StatedRating: not null } => "panel: stated; evidenced: computed by this tool",
            { PanelRating: not null } =>
                "panel: rolled up by this tool from the panel's measure ratings; evidenced: computed by this tool",
            _ => "evidenced: computed by this tool",
        };

    private static string[] Row<T>(
        string org,
        string year,
        string kind,
        string group,
        string id,
        string name,
        Rating<T>? self,
        string evidenced,
        Rating<T>? panel,
        Rating<T>? last
    )
        where T : struct =>
        [
            org,
            year,
            kind,
            group,
            id,
            name,
            Value(self),
            evidenced,
            Value(panel),
            Value(last),
            string.Join(
                " ",
                new[] { ("self", self), ("panel", panel), ("last_year", last) }
                    .Where(p => p.Item2?.Provenance.Kind == ProvenanceKind.Reconstructed)
                    .Select(p => p.Item1)
            ),
            string.Join(
                "; ",
                new[] { ("self", self), ("panel", panel), ("last_year", last) }
                    .Where(p => p.Item2 is not null)
                    .Select(p => $"{p.Item1}: {p.Item2!.Provenance.Kind.ToString().ToLowerInvariant()}")
                    .Append("evidenced: computed by this tool")
            ),
        ];

    private static string Value<T>(Rating<T>? rating)
        where T : struct =>
        rating is null ? ""
        : rating.Value is Rag rag ? rag.Word()
        : RatingWords.Show(rating.Value);
}
