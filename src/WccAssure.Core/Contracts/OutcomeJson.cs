using System.Text.Json;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Contracts;

/// <summary>The outcome part of the score JSON contract.</summary>
internal static class OutcomeJson
{
    public static void Write(Utf8JsonWriter json, OutcomeScore outcome)
    {
        json.WriteStartObject();
        json.WriteNumber("number", outcome.Record.Number);
        json.WriteString("priority", outcome.Record.Priority);
        json.WriteString("judgement", outcome.Judgement);
        json.WriteString("judgementText", outcome.JudgementText);
        json.WriteString("judgementReason", outcome.JudgementReason);
        ScoreJson.Bool(json, "slipped", outcome.Record.Slipped);
        json.WriteString("quartile", outcome.Quartile?.Word);
        json.WriteString("benchmarkSource", outcome.BenchmarkSource);
        // What clusterCagr compares with: "ONS cluster", or "SHA" when the data set had no cluster membership.
        json.WriteString("peerGroup", outcome.BenchmarkSource is null ? null : outcome.PeerGroup.Heading());
        json.WriteString("change", outcome.Record.Change);
        json.WriteStartArray("splits");
        foreach (var split in outcome.Splits)
        {
            json.WriteStartObject();
            json.WriteString("label", split.Record.Label);
            json.WriteString("indicator", split.Indicator?.Id);
            json.WriteString("indicatorName", split.Indicator?.Name);
            json.WriteString("polarity", split.Indicator?.Polarity.Word());
            WriteDerived(json, "historicCagr", split.Historic);
            ScoreJson.Number(json, "nationalCagr", split.National);
            ScoreJson.Number(json, "clusterCagr", split.Cluster);
            ScoreJson.Number(json, "topDecileCagr", split.TopDecile);
            WriteDerived(json, "aspirationCagr", split.Aspiration);
            json.WriteString("versusNational", split.VersusNational);
            json.WriteString("versusCluster", split.VersusCluster);
            json.WriteString("versusTopDecile", split.VersusTopDecile);
            json.WriteString("judgement", split.SplitJudgement);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDerived(Utf8JsonWriter json, string name, Derived derived)
    {
        json.WriteStartObject(name);
        ScoreJson.Number(json, "value", derived.Value);
        json.WriteString("how", derived.How);
        json.WriteString("notComputable", derived.NotComputable);
        json.WriteEndObject();
    }
}
