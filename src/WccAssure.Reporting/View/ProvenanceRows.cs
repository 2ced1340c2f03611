using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>Every value in the assessment that a source did not state: the provenance appendix.</summary>
internal static class ProvenanceRows
{
    public static IReadOnlyList<ProvenanceRow> Build(AssessmentScore score) => Build(score, withLocations: true);

    /// <summary>As above; without locations (the panel edition cites no YAML lines) every row's At is empty.</summary>
    public static IReadOnlyList<ProvenanceRow> Build(AssessmentScore score, bool withLocations)
    {
        var folder = withLocations ? score.Assessment.Folder : null;
        var rows = new List<ProvenanceRow>();
        foreach (var c in score.Competencies)
        {
            foreach (var m in c.Measures)
            {
                Add(rows, $"Competency {c.Definition.Number}{m.Definition.Id} self-rating", m.Self, folder);
                Add(rows, $"Competency {c.Definition.Number}{m.Definition.Id} panel rating", m.Panel, folder);
                Add(rows, $"Competency {c.Definition.Number}{m.Definition.Id} last year's rating", m.LastYear, folder);
                AddMetrics(rows, $"Competency {c.Definition.Number}{m.Definition.Id}", m.Record.Metrics, folder);
            }
        }

        foreach (var area in score.Governance)
        {
            Add(rows, $"{area.Definition.Name} area rating", area.StatedRating, folder);
            if (area.StatedRating is null && area.PanelRating is { } rolled)
            {
                rows.Add(
                    new(
                        $"{area.Definition.Name} area rating",
                        RatingWords.Show(rolled),
                        "computed",
                        "The panel's measure ratings rolled up by this tool's proposed area rule (framework file, "
                            + "rollup.governanceArea); the source states no area rating.",
                        ""
                    )
                );
            }

            foreach (var m in area.Measures)
            {
                Add(rows, $"{area.Definition.Name} {m.Definition.Number} self-rating", m.Record.Self, folder);
                Add(rows, $"{area.Definition.Name} {m.Definition.Number} panel rating", m.Record.Panel, folder);
                Add(
                    rows,
                    $"{area.Definition.Name} {m.Definition.Number} last year's rating",
                    m.Record.LastYear,
                    folder
                );
                AddMetrics(rows, $"{area.Definition.Name} {m.Definition.Number}", m.Record.Metrics, folder);
            }
        }

        foreach (var (outcome, split) in score.Outcomes.SelectMany(o => o.Splits.Select(s => (o, s))))
        {
            var what = $"Outcome #{outcome.Record.Number}{(split.Record.Label is { } l ? " " + l : "")}";
            AddComputed(rows, $"{what} historic CAGR", split.Historic, split.Record.Historic?.Location, folder);
            AddComputed(rows, $"{what} aspiration CAGR", split.Aspiration, split.Record.Aspiration?.Location, folder);
        }

        AddUnsourced(rows, score, folder);
        foreach (var outcome in score.Assessment.Outcomes.Outcomes)
        {
            foreach (var split in outcome.Splits)
            {
                var what = $"Outcome #{outcome.Number}{(split.Label is { } l ? " " + l : "")}";
                AddNumber(rows, $"{what} historic CAGR", split.Historic?.Cagr, folder);
                foreach (var point in split.Historic?.Series ?? [])
                {
                    AddNumber(rows, $"{what} value {point.Period}", point.Value, folder);
                }

                AddNumber(rows, $"{what} national CAGR", split.Benchmarks?.National, folder);
                AddNumber(rows, $"{what} cluster CAGR", split.Benchmarks?.Cluster, folder);
                AddNumber(rows, $"{what} top decile CAGR", split.Benchmarks?.TopDecile, folder);
                AddNumber(rows, $"{what} aspiration CAGR", split.Aspiration?.Cagr, folder);
                AddNumber(
                    rows,
                    $"{what} baseline {split.Aspiration?.Baseline?.Period}",
                    split.Aspiration?.Baseline?.Value,
                    folder
                );
                AddNumber(
                    rows,
                    $"{what} target {split.Aspiration?.Target?.Period}",
                    split.Aspiration?.Target?.Value,
                    folder
                );
            }
        }

        foreach (var figure in score.Assessment.Figures)
        {
            AddNumber(rows, $"Figure: {figure.Name}", figure.Value, folder);
        }

        return rows;
    }

    private static void AddComputed(
        List<ProvenanceRow> rows,
        string what,
        Derived derived,
        SourceLocation? location,
        string? folder
    )
    {
        if (derived.Value is { } value && derived.How.StartsWith("computed", StringComparison.Ordinal))
        {
            rows.Add(
                new(
                    what,
                    Formats.Rate(value),
                    "computed",
                    $"Compound annual growth rate {derived.How}.",
                    location is null ? "" : At(location, folder)
                )
            );
        }
    }

    /// <summary>
    /// Evidence and rationale without a source: the report must not claim that every value is sourced.
    /// </summary>
    private static void AddUnsourced(List<ProvenanceRow> rows, AssessmentScore score, string? folder)
    {
        var measures = score
            .Competencies.SelectMany(c =>
                c.Measures.Select(m =>
                    (
                        $"Competency {c.Definition.Number}{m.Definition.Id}",
                        m.Record.Rationale,
                        m.Record.Source,
                        m.Record.Evidence,
                        m.Record.Location
                    )
                )
            )
            .Concat(
                score.Governance.SelectMany(g =>
                    g.Measures.Select(m =>
                        (
                            $"{g.Definition.Name} {m.Definition.Number}",
                            m.Record.Rationale,
                            m.Record.Source,
                            m.Record.Evidence,
                            m.Record.Location
                        )
                    )
                )
            );
        foreach (var (what, rationale, source, evidence, location) in measures)
        {
            if (rationale is not null && source is null)
            {
                rows.Add(
                    new($"{what} rationale", "", "unsourced", "The rationale names no source.", At(location, folder))
                );
            }

            foreach (var item in evidence.Where(e => e.Source is null))
            {
                rows.Add(
                    new(
                        $"{what} evidence item",
                        "",
                        "unsourced",
                        "The evidence item names no source.",
                        At(item.Location, folder)
                    )
                );
            }
        }
    }

    private static void AddNumber(List<ProvenanceRow> rows, string what, StatedNumber? number, string? folder)
    {
        if (number is { Provenance.Kind: not ProvenanceKind.Stated })
        {
            var value = number.Value?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a";
            rows.Add(
                new(what, value, Kind(number.Provenance), number.Provenance.Note ?? "", At(number.Location, folder))
            );
        }
    }

    private static void Add<T>(List<ProvenanceRow> rows, string what, Rating<T>? rating, string? folder)
        where T : struct
    {
        if (rating is { Provenance.Kind: not ProvenanceKind.Stated })
        {
            var value = RatingWords.Show(rating.Value);
            var note = rating.Provenance.Note ?? "";
            rows.Add(new(what, value, Kind(rating.Provenance), note, At(rating.Location, folder)));
        }
    }

    private static void AddMetrics(
        List<ProvenanceRow> rows,
        string what,
        IEnumerable<Core.Model.Assessment.MetricValue> metrics,
        string? folder
    )
    {
        foreach (var metric in metrics.Where(m => m.Provenance.Kind != ProvenanceKind.Stated))
        {
            rows.Add(
                new(
                    $"{what} {metric.MetricId}",
                    Convert.ToString(metric.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Kind(metric.Provenance),
                    metric.Provenance.Note ?? "",
                    At(metric.Location, folder)
                )
            );
        }
    }

    private static string Kind(Provenance provenance) => provenance.Kind.ToString().ToLowerInvariant();

    private static string At(SourceLocation location, string? folder) =>
        folder is null ? "" : $"{DisplayPath.Within(location.File, folder)}:{location.Line}";
}
