using System.Text;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Schemas;

namespace WccAssure.Core.Scaffold;

/// <summary>
/// The files of a new assessment folder, pre-filled with the framework's measures and level descriptors as
/// comments, so an author sees what each level asks for while writing the evidence. The framework's JSON
/// Schemas go into the folder's own .schemas/ and every file points there by a relative path, so editor
/// completion works wherever the folder is created or later moved.
/// </summary>
internal static class AssessmentScaffold
{
    public const string SchemaFolder = ".schemas";

    public static IReadOnlyList<(string Path, string Content)> Files(
        Organisation organisation,
        FrameworkDefinition framework
    )
    {
        var files = new List<(string, string)> { ("assessment.yaml", Header(organisation, framework)) };
        files.AddRange(FrameworkSchemas.Generate(framework).Select(s => ($"{SchemaFolder}/{s.Name}", s.Content)));
        files.AddRange(framework.Competencies.Select(c => ($"competencies/{c.Id}.yaml", Competency(c))));
        files.AddRange(framework.Governance.Select(a => ($"governance/{a.Id}.yaml", Area(a))));
        files.Add(("outcomes.yaml", Outcomes(framework)));
        return files;
    }

    private static string Header(Organisation organisation, FrameworkDefinition framework) =>
        $"""
            # yaml-language-server: $schema=.schemas/assessment.schema.json
            # {organisation.Name} — WCC self-assessment {framework.Year}. See README "Authoring an assessment".
            organisation: {organisation.Code}
            year: {framework.Year}
            framework: {framework.Id}
            status: self-assessment
            sources: []   # the documents evidence comes from: - {"{"}id: plan, title: "…", document: file.txt{"}"}
            commentary: {"{}"}

            """;

    private static string Competency(CompetencyDefinition competency)
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=../.schemas/competency.schema.json\n");
        text.Append($"# Competency {competency.Number}: {competency.Statement}\n");
        text.Append($"competency: {competency.Id}\nmeasures:\n");
        foreach (var measure in competency.Measures)
        {
            text.Append($"  # {measure.Id}. {measure.Name}\n");
            foreach (var level in measure.Levels)
            {
                text.Append($"  #   level {level.Level}: {OneLine(level.Descriptor)}\n");
                foreach (var criterion in level.Criteria)
                {
                    text.Append($"  #     needs: {Needs(criterion)}\n");
                }
            }

            text.Append($"  {measure.Id}:\n    evidence: []\n");
        }

        return text.ToString();
    }

    private static string Area(GovernanceAreaDefinition area)
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=../.schemas/governance.schema.json\n");
        text.Append($"# Governance: {area.Name}\narea: {area.Id}\nmeasures:\n");
        foreach (var measure in area.Measures)
        {
            text.Append($"  # {measure.Number}. {measure.Name}\n");
            foreach (var (rating, criteria) in new[] { ("green", measure.Green), ("amber", measure.Amber) })
            {
                foreach (var criterion in criteria)
                {
                    text.Append($"  #   {rating} needs: {Needs(criterion)}\n");
                }
            }

            text.Append($"  {measure.Id}:\n    evidence: []\n");
        }

        return text.ToString();
    }

    private static string Outcomes(FrameworkDefinition framework) =>
        "# yaml-language-server: $schema=.schemas/outcomes.schema.json\n"
        + $"# Indicators in the {framework.Id} catalogue: "
        + $"{string.Join(", ", framework.Outcomes.Indicators.Select(i => i.Id))}\nselectionDate: "
        + $"{framework.Year}\noutcomes: []\n";

    /// <summary>
    /// What a criterion asks for and how to write it: the evidence tags one item must cite, or the metric condition
    /// (its ids are the keys to write under metrics:).
    /// </summary>
    private static string Needs(Criterion criterion) =>
        OneLine(criterion.Description)
        + (
            criterion.IsTagCriterion ? $" (one evidence item tagged {string.Join(" and ", criterion.Tags)})"
            : criterion.When is { } when ? $" (metrics: {OneLine(when.Expression)})"
            : ""
        );

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
