using System.Text.Json;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Contracts;

/// <summary>
/// The `wcc score --format json` contract (schema version 1). Keys are camelCase and always present (null when
/// unknown); arrays follow the framework's order; numbers are rounded to 2 decimals so output is stable.
/// </summary>
public static class ScoreJson
{
    /// <summary>
    /// The contract's version: raised only when a key is renamed or removed (a new key may be added without it).
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>The `wcc score --format json` document for <paramref name="scores"/>, in the order given.</summary>
    public static string Write(IReadOnlyList<AssessmentScore> scores) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartArray("assessments");
            foreach (var score in scores)
            {
                WriteAssessment(json, score);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteAssessment(Utf8JsonWriter json, AssessmentScore score)
    {
        var a = score.Assessment;
        json.WriteStartObject();
        json.WriteString("folder", a.Folder);
        json.WriteString("organisation", a.OrganisationCode);
        json.WriteString("organisationName", a.OrganisationName);
        json.WriteString("sha", a.Sha);
        json.WriteString("year", a.Year);
        json.WriteString("framework", a.FrameworkId);
        json.WriteString("status", a.Status.Word);
        json.WriteBoolean("synthetic", a.Synthetic);
        WriteCounts(json, score.Counts);
        WriteCompleteness(json, score.Completeness);
        json.WriteStartArray("competencies");
        score.Competencies.ToList().ForEach(c => WriteCompetency(json, c));
        json.WriteEndArray();
        json.WriteStartArray("governance");
        score.Governance.ToList().ForEach(g => WriteArea(json, g));
        json.WriteEndArray();
        json.WriteStartArray("outcomes");
        score.Outcomes.ToList().ForEach(o => OutcomeJson.Write(json, o));
        json.WriteEndArray();
        WriteFindings(json, score.Findings);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, ScoreCounts counts)
    {
        json.WriteStartObject("counts");
        json.WriteNumber("competencies", counts.Competencies);
        json.WriteNumber("metOrExceededSelf", counts.MetOrExceededSelf);
        json.WriteNumber("comparedWithSelf", counts.ComparedWithSelf);
        json.WriteNumber("improvedOnLastYear", counts.ImprovedOnLastYear);
        json.WriteNumber("comparedWithLastYear", counts.ComparedWithLastYear);
        json.WriteNumber("addedThisYear", counts.AddedThisYear);
        WriteFlagCount(json, "outcomesSlipped", counts.OutcomesSlipped);
        WriteFlagCount(json, "outcomesBottomQuartile", counts.OutcomesBottomQuartile);
        WriteTally(json, "governancePanel", counts.GovernancePanel);
        WriteTally(json, "governanceEvidenced", counts.GovernanceEvidenced);
        json.WriteEndObject();
    }

    private static void WriteCompleteness(Utf8JsonWriter json, AssessmentCompleteness c)
    {
        json.WriteStartObject("completeness");
        json.WriteNumber("competencyMeasures", c.CompetencyMeasures);
        json.WriteNumber("competencyMeasuresWithEvidence", c.CompetencyMeasuresWithEvidence);
        json.WriteNumber("competencyMeasuresSelfRated", c.CompetencyMeasuresSelfRated);
        json.WriteNumber("governanceMeasures", c.GovernanceMeasures);
        json.WriteNumber("governanceMeasuresWithEvidence", c.GovernanceMeasuresWithEvidence);
        json.WriteNumber("governanceMeasuresSelfRated", c.GovernanceMeasuresSelfRated);
        Numbers(json, "competenciesWithEvidence", c.CompetenciesWithEvidence);
        Texts(json, "areasWithEvidence", c.AreasWithEvidence);
        Numbers(json, "untouchedCompetencies", c.UntouchedCompetencies);
        Texts(json, "untouchedAreas", c.UntouchedAreas);
        Texts(json, "unreadFiles", c.UnreadFiles);
        json.WriteEndObject();

        static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<int> items)
        {
            json.WriteStartArray(name);
            items.ToList().ForEach(json.WriteNumberValue);
            json.WriteEndArray();
        }

        static void Texts(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
        {
            json.WriteStartArray(name);
            items.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }
    }

    /// <summary>
    /// The count (null when not recorded: unknown is not 0), then how it is known, the rows known to carry the
    /// flag, and the source of a stated count.
    /// </summary>
    private static void WriteFlagCount(Utf8JsonWriter json, string name, OutcomeFlagCount count)
    {
        Number(json, name, count.Count);
        json.WriteString(name + "Basis", OutcomeFlagCount.BasisWord(count.Basis));
        json.WriteStartArray(name + "Rows");
        count.Rows.ToList().ForEach(json.WriteNumberValue);
        json.WriteEndArray();
        json.WriteString(name + "Source", count.Source?.ToString());
    }

    private static void WriteTally(Utf8JsonWriter json, string name, RagTally tally)
    {
        json.WriteStartObject(name);
        json.WriteNumber("red", tally.Red);
        json.WriteNumber("amber", tally.Amber);
        json.WriteNumber("green", tally.Green);
        json.WriteEndObject();
    }

    private static void WriteCompetency(Utf8JsonWriter json, CompetencyScore c)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Definition.Id);
        json.WriteNumber("number", c.Definition.Number);
        json.WriteString("name", c.Definition.ShortName);
        Number(json, "evidencedScore", c.EvidencedScore);
        Number(json, "selfScore", c.SelfScore);
        Number(json, "panelScore", c.PanelScore);
        Number(json, "lastYearScore", c.LastYearScore);
        Number(json, "evidencedLastYear", c.EvidencedLastYear);
        Bool(json, "metOrExceededSelf", c.MetOrExceededSelf);
        Bool(json, "improvedOnLastYear", c.ImprovedOnLastYear);
        json.WriteBoolean("addedThisYear", c.AddedThisYear);
        json.WriteStartArray("measures");
        foreach (var m in c.Measures)
        {
            json.WriteStartObject();
            json.WriteString("id", m.Definition.Id);
            json.WriteString("name", m.Definition.Name);
            json.WriteNumber("evidencedLevel", m.EvidencedLevel);
            WriteRating(json, "self", m.Self, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteRating(json, "panel", m.Panel, v => v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteRating(json, "lastYear", m.LastYear, v =>
                v.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            WriteGap(json, "gapToNext", m.Gap);
            WriteGap(json, "reached", m.Reached);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter json, GovernanceAreaScore g)
    {
        json.WriteStartObject();
        json.WriteString("id", g.Definition.Id);
        json.WriteString("name", g.Definition.Name);
        json.WriteString("rating", g.Rating?.Word());
        json.WriteString("statedRating", g.StatedRating?.Value.Word());
        json.WriteString(
            "ratingBasis",
            g.StatedRating is not null ? "stated"
                : g.PanelRating is not null ? "rolled up by this tool"
                : null
        );
        json.WriteString("panelRollup", g.PanelRating?.Word());
        json.WriteString("evidencedRollup", g.EvidencedRating.Word());
        WriteTally(json, "panelTally", g.PanelTally);
        json.WriteString("selfRollup", g.SelfRating?.Word());
        WriteTally(json, "selfTally", g.SelfTally);
        json.WriteStartArray("measures");
        foreach (var m in g.Measures)
        {
            json.WriteStartObject();
            json.WriteString("id", m.Definition.Id);
            json.WriteNumber("number", m.Definition.Number);
            json.WriteString("name", m.Definition.Name);
            json.WriteString("evidenced", m.Evidenced.Word());
            WriteRating(json, "self", m.Record.Self, v => ((Rag)v).Word());
            WriteRating(json, "panel", m.Record.Panel, v => ((Rag)v).Word());
            WriteRating(json, "lastYear", m.Record.LastYear, v => ((Rag)v).Word());
            json.WriteString("nextRating", m.Next?.Word());
            WriteGap(json, "gapToNext", m.Gap);
            WriteGap(json, "reached", m.Reached);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void WriteRating<T>(Utf8JsonWriter json, string name, Rating<T>? rating, Func<T, string> show)
        where T : struct
    {
        if (rating is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        if (rating.Value is int level)
        {
            json.WriteNumber("value", level);
        }
        else
        {
            json.WriteString("value", show(rating.Value));
        }

        json.WriteString("provenance", rating.Provenance.Kind.ToString().ToLowerInvariant());
        json.WriteString("note", rating.Provenance.Note);
        json.WriteString("at", rating.Location.ToString());
        json.WriteEndObject();
    }

    /// <summary>
    /// Criteria with their reasons: those that failed at the next level, or those that held up to this one.
    /// </summary>
    private static void WriteGap(Utf8JsonWriter json, string name, IReadOnlyList<CriterionResult> gap)
    {
        json.WriteStartArray(name);
        foreach (var item in gap)
        {
            json.WriteStartObject();
            json.WriteString("criterion", item.Criterion.Description);
            json.WriteString("reason", item.Reason);
            json.WriteString("at", item.At?.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            json.WriteString("at", f.Location.ToString());
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static void Number(Utf8JsonWriter json, string name, double? value)
    {
        // Scores are finite by construction; null, never NaN or Infinity (which JSON cannot hold), if one is not.
        if (value is null || !double.IsFinite(value.Value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, Math.Round(value.Value, 2, MidpointRounding.AwayFromZero));
        }
    }

    internal static void Bool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteBoolean(name, value.Value);
        }
    }
}
