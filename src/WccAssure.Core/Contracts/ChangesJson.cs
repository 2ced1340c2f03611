using System.Text.Json;
using WccAssure.Core.Changes;

namespace WccAssure.Core.Contracts;

/// <summary>
/// The `wcc diff --format json` contract (schema version 1): the two assessments, every changed value with both
/// sides (null where a value is not there) and their provenance, and the evidence given on one side only. Keys are
/// camelCase and always present; changes follow the later assessment's framework order.
/// </summary>
public static class ChangesJson
{
    /// <summary>
    /// The contract's version: raised only when a key is renamed or removed (a new key may be added without it).
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>The `wcc diff --format json` document for <paramref name="changes"/>.</summary>
    public static string Write(AssessmentChanges changes) =>
        JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            Side(json, "before", changes.Before);
            Side(json, "after", changes.After);
            json.WriteStartObject("sourceDocuments");
            json.WriteBoolean("differ", changes.Documents.Differ);
            Strings(json, "onlyBefore", changes.Documents.OnlyBefore);
            Strings(json, "onlyAfter", changes.Documents.OnlyAfter);
            json.WriteEndObject();
            json.WriteNumber("count", changes.Count);
            json.WriteStartArray("changes");
            foreach (var change in changes.Values)
            {
                json.WriteStartObject();
                json.WriteString("section", Camel(change.Section.ToString()));
                json.WriteString("subject", change.Subject);
                json.WriteString("aspect", change.Aspect);
                Value(json, "before", change.Before);
                Value(json, "after", change.After);
                json.WriteBoolean("words", (change.Before ?? change.After)?.IsWords == true);
                json.WriteString("location", change.Where?.ToString());
                json.WriteStartArray("notCarriedForward");
                foreach (var evidence in changes.NotCarriedForward(change))
                {
                    json.WriteStartObject();
                    json.WriteString("text", evidence.Text);
                    json.WriteString("location", evidence.Where.ToString());
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (var evidence in changes.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("subject", evidence.Subject);
                json.WriteString("change", evidence.Added ? "added" : "removed");
                json.WriteString("text", evidence.Text);
                json.WriteString("location", evidence.Where.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Side(Utf8JsonWriter json, string name, AssessmentSide side)
    {
        json.WriteStartObject(name);
        json.WriteString("folder", side.Folder);
        json.WriteString("organisation", side.OrganisationCode);
        json.WriteString("organisationName", side.OrganisationName);
        json.WriteString("year", side.Year);
        json.WriteBoolean("synthetic", side.Synthetic);
        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, string name, ChangedValue? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("value", value.Text);
        json.WriteString("provenance", Camel(value.Provenance.ToString()));
        json.WriteEndObject();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
