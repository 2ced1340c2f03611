using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>
/// Checks about the evidence itself rather than the file format: totals that disagree with their parts,
/// placeholders printed instead of numbers, targets without a baseline. They are warnings: the file is valid,
/// the source is not.
/// </summary>
internal static class EvidenceChecks
{
    /// <summary>
    /// Stated figures are rounded to their printed precision, so each of the parts and the total may be off by
    /// half a unit of the last digit; a larger gap is a real disagreement.
    /// </summary>
    public static double SumTolerance(IEnumerable<double> values)
    {
        var list = values.ToList();
        var decimals = list.Max(v => Decimals(v));
        return 0.5 * Math.Pow(10, -decimals) * list.Count + Results.ScoreBand.Tolerance;
    }

    private static int Decimals(double value)
    {
        var text = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot < 0 || text.Contains('E', StringComparison.Ordinal) ? 0 : text.Length - dot - 1;
    }

    public static void Run(AssessmentRecord assessment, FindingSink findings)
    {
        CheckFigures(assessment.Figures, findings);
        foreach (var number in StatedNumbers(assessment).Where(n => n.IsPlaceholder))
        {
            findings.Warning(
                number.Location,
                $"the source printed '{NodeValues.Shorten(number.Placeholder!)}' where a number belongs; the value is "
                    + $"unknown"
            );
        }

        CheckSources(assessment, findings);
        foreach (var split in assessment.Outcomes.Outcomes.SelectMany(o => o.Splits))
        {
            if (split.Aspiration is { Cagr: null, Baseline: null, Target: not null } aspiration)
            {
                findings.Warning(
                    aspiration.Location,
                    "the target has no baseline, so its rate of improvement cannot be computed"
                );
            }
        }
    }

    /// <summary>
    /// Evidence and rationale say where they come from: without a source a reviewer cannot check them, and
    /// the report could not honestly say every value is stated by a source.
    /// </summary>
    private static void CheckSources(AssessmentRecord assessment, FindingSink findings)
    {
        var measures = assessment
            .Competencies.SelectMany(c => c.Measures.Select(m => (m.Rationale, m.Source, m.Evidence, m.Location)))
            .Concat(
                assessment.Governance.SelectMany(g =>
                    g.Measures.Select(m => (m.Rationale, m.Source, m.Evidence, m.Location))
                )
            );
        foreach (var (rationale, source, evidence, location) in measures)
        {
            if (rationale is not null && source is null)
            {
                findings.Warning(
                    location,
                    "the rationale has no 'source:'; say where it comes from, e.g. 'panel-report L338'"
                );
            }

            foreach (var item in evidence.Where(e => e.Source is null))
            {
                findings.Warning(
                    item.Location,
                    "this evidence item has no 'source:'; say where it comes from, e.g. 'panel-report L338'"
                );
            }
        }
    }

    private static void CheckFigures(IReadOnlyList<Figure> figures, FindingSink findings)
    {
        // A repeated id is already reported where it is declared; the first one stands here so the sums are still
        // checked.
        var byId = figures
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var figure in figures.Where(f => f.SumOf.Count > 0))
        {
            var parts = figure.SumOf.Select(id => byId.GetValueOrDefault(id)).ToList();
            foreach (var unknown in figure.SumOf.Where(id => !byId.ContainsKey(id)))
            {
                findings.Error(
                    figure.Location,
                    $"figure '{NodeValues.Shorten(figure.Id)}' sums '{NodeValues.Shorten(unknown)}', which is not a "
                        + $"figure of this assessment"
                );
            }

            if (figure.Value.Value is not { } total || parts.Any(p => p?.Value.Value is null))
            {
                continue;
            }

            var values = parts.Select(p => p!.Value.Value!.Value).ToList();
            var sum = values.Sum();
            if (Math.Abs(sum - total) > SumTolerance([.. values, total]))
            {
                findings.Warning(
                    figure.Location,
                    $"'{figure.Name}' is stated as {NodeValues.Format(total)} but its parts "
                        + $"({string.Join(", ", figure.SumOf)}) add up to {NodeValues.Format(sum)}"
                );
            }
        }
    }

    private static IEnumerable<StatedNumber> StatedNumbers(AssessmentRecord assessment)
    {
        foreach (var figure in assessment.Figures)
        {
            yield return figure.Value;
        }

        foreach (
            var metric in assessment
                .Competencies.SelectMany(c => c.Measures)
                .SelectMany(m => m.Metrics)
                .Concat(assessment.Governance.SelectMany(g => g.Measures).SelectMany(m => m.Metrics))
        )
        {
            yield return new StatedNumber(metric.Number, metric.Placeholder, metric.Provenance, metric.Location);
        }

        foreach (var split in assessment.Outcomes.Outcomes.SelectMany(o => o.Splits))
        {
            var numbers = new[]
            {
                split.Historic?.Cagr,
                split.Aspiration?.Cagr,
                split.Aspiration?.Baseline?.Value,
                split.Aspiration?.Target?.Value,
            }.Concat(split.Historic?.Series.Select(p => p.Value) ?? []);
            foreach (var number in numbers.OfType<StatedNumber>())
            {
                yield return number;
            }
        }
    }
}
