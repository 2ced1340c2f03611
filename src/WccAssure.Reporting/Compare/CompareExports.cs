using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The league table as CSV (spreadsheet-safe; ids as column names for scripts) and the pack as a workbook.
/// </summary>
internal static class CompareExports
{
    public static IReadOnlyList<string> Header(ComparisonPack pack) =>
        [
            "rank",
            "sha_rank",
            "code",
            "organisation",
            "sha",
            "year",
            "status",
            "synthetic",
            "basis",
            "provenance",
            .. pack.Competencies.Select(c => $"c{c.Number}"),
            .. pack.Areas.Select(a => a.ToLowerInvariant()),
            "competency_points",
            "governance_points",
            "total",
        ];

    public static IEnumerable<IReadOnlyList<string>> Rows(ComparisonPack pack) =>
        pack.League.Select(r =>
            (IReadOnlyList<string>)
                [
                    Int(r.Rank),
                    Int(r.ShaRank),
                    r.Code,
                    r.Name,
                    r.Sha,
                    r.Year,
                    r.Status.Word,
                    r.Synthetic ? "yes" : "no",
                    CompareViewBuilder.Word(r.Basis),
                    r.Provenance,
                    .. r.Competencies.Select(v => v is { } s ? Formats.Score(s) : ""),
                    .. r.Areas.Select(a => a?.Word() ?? ""),
                    Formats.Score(r.CompetencyPoints),
                    Int(r.GovernancePoints),
                    Formats.Score(r.Total),
                ]
        );

    public static string Csv(ComparisonPack pack) => Rendering.Csv.Join([Header(pack), .. Rows(pack)]);

    public static byte[] Xlsx(ComparisonPack pack) => CompareWorkbook.Build(pack);

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
