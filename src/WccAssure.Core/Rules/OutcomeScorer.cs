using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Results;

namespace WccAssure.Core.Rules;

/// <summary>
/// Scores each outcome: historic and aspiration CAGRs, polarity-aware comparisons, the aspiration judgement.
/// </summary>
internal static class OutcomeScorer
{
    public static OutcomeScore Score(
        OutcomeRecord outcome,
        FrameworkDefinition framework,
        IReadOnlyList<IndicatorDefinition> local,
        string organisation,
        BenchmarkTable? benchmarks = null
    )
    {
        var filled = outcome with { Splits = [.. outcome.Splits.Select(s => Fill(s, organisation, benchmarks))] };
        var fromData =
            benchmarks is not null
            && outcome.Splits.Any(s => s.Benchmarks is null && benchmarks.For(s.IndicatorId) is not null);
        var scored = ScoreFilled(filled, framework, local);
        return scored with
        {
            Record = outcome,
            Quartile = outcome.Quartile
                ?? (
                    fromData
                        ? benchmarks!.For(outcome.Splits[0].IndicatorId)?.Quartiles.GetValueOrDefault(organisation)
                        : null
                ),
            BenchmarkSource = fromData ? benchmarks!.Name : null,
            PeerGroup = fromData ? benchmarks!.PeerGroup : Benchmarks.PeerGroup.OnsCluster,
        };
    }

    /// <summary>
    /// An outcome without benchmarks of its own takes them from the data set, computed, never typed in.
    /// </summary>
    private static OutcomeSplitRecord Fill(OutcomeSplitRecord split, string organisation, BenchmarkTable? benchmarks)
    {
        if (split.Benchmarks is not null || benchmarks?.For(split.IndicatorId) is not { } b)
        {
            return split;
        }

        var computed = new Provenance(ProvenanceKind.Computed, $"computed from {benchmarks.Name}", null);
        StatedNumber? Value(double? v) => v is null ? null : new StatedNumber(v, null, computed, split.Location);
        var cluster = benchmarks.ClusterOf(organisation) is { } name
            ? b.Clusters.GetValueOrDefault(name)
            : (double?)null;
        return split with
        {
            Benchmarks = new BenchmarkRecord(
                Value(b.National),
                Value(cluster),
                Value(b.TopDecile),
                null,
                split.Location
            ),
        };
    }

    private static OutcomeScore ScoreFilled(
        OutcomeRecord outcome,
        FrameworkDefinition framework,
        IReadOnlyList<IndicatorDefinition> local
    )
    {
        var splits = outcome.Splits.Select(s => ScoreSplit(s, framework, local)).ToList();
        if (splits.All(s => s.Indicator is null))
        {
            return new OutcomeScore(outcome, splits, null, null, "no indicator selected");
        }

        var values = splits.Select(Variables).ToList();
        var (judgement, reason) = AspirationJudge.Judge(outcome.Priority, values, framework.Outcomes.Aspiration);
        var splitJudgements = values
            .Select(v => AspirationJudge.Judge(outcome.Priority, [v], framework.Outcomes.Aspiration).Judgement)
            .ToList();
        splits = [.. splits.Select((s, i) => s with { SplitJudgement = splitJudgements[i] })];
        return new OutcomeScore(
            outcome,
            splits,
            judgement,
            judgement is null ? null : framework.Outcomes.Aspiration.TextOf(judgement),
            reason
        );
    }

    private static OutcomeSplitScore ScoreSplit(
        OutcomeSplitRecord split,
        FrameworkDefinition framework,
        IReadOnlyList<IndicatorDefinition> local
    )
    {
        var indicator = framework.Outcomes.Indicators.Concat(local).FirstOrDefault(i => i.Id == split.IndicatorId);
        var historic = Historic(split.Historic);
        var national = split.Benchmarks?.National?.Value;
        var cluster = split.Benchmarks?.Cluster?.Value;
        var top = split.Benchmarks?.TopDecile?.Value;
        var sign = indicator?.Polarity.Sign() ?? 1;
        return new OutcomeSplitScore(
            split,
            indicator,
            historic,
            national,
            cluster,
            top,
            Aspiration(split.Aspiration),
            Compare(historic.Value, national, sign),
            Compare(historic.Value, cluster, sign),
            Compare(historic.Value, top, sign),
            null
        );
    }

    private static Derived Historic(HistoricRecord? historic) =>
        historic switch
        {
            null => Derived.Missing("no historic trend given"),
            { Cagr: { } cagr } => Stated(cagr, "stated"),
            { Series.Count: > 0 } => Cagr.OfSeries(historic.Series),
            _ => Derived.Missing("no historic trend given"),
        };

    private static Derived Aspiration(AspirationRecord? aspiration) =>
        aspiration switch
        {
            null => Derived.Missing("no aspiration given"),
            { Cagr: { } cagr } => Stated(cagr, "stated"),
            { Target: not null } => Cagr.Between(aspiration.Baseline, aspiration.Target),
            _ => Derived.Missing("no aspiration given"),
        };

    private static Derived Stated(StatedNumber number, string how) =>
        number switch
        {
            { Placeholder: { } placeholder } => Derived.Missing($"unknown (the source printed '{placeholder}')"),
            { Value: null } => Derived.Missing("not available (n/a in the source)"),
            { Provenance.Kind: ProvenanceKind.Reconstructed } => new Derived(
                number.Value,
                "reconstructed: " + (number.Provenance.Note ?? ""),
                null
            ),
            _ => new Derived(number.Value, how, null),
        };

    /// <summary>Better or worse than a benchmark in the direction that counts for the indicator.</summary>
    private static string? Compare(double? pct, double? benchmark, int sign) =>
        pct is null || benchmark is null ? null
        : ScoreBand.Same(pct.Value, benchmark.Value) ? "same"
        : sign * (pct.Value - benchmark.Value) > 0 ? "better"
        : "worse";

    private static IReadOnlyDictionary<string, object?> Variables(OutcomeSplitScore split)
    {
        double sign = split.Indicator?.Polarity.Sign() ?? 1;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["H"] = sign * split.Historic.Value,
            ["N"] = sign * split.National,
            ["C"] = sign * split.Cluster,
            ["T"] = sign * split.TopDecile,
            ["A"] = sign * split.Aspiration.Value,
        };
    }
}
