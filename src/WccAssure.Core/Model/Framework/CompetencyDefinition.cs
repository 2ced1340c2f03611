namespace WccAssure.Core.Model.Framework;

/// <summary>One competency of the framework with its measures (three in WCC), each rated at levels 1–4.</summary>
/// <param name="Id">The id assessments name it by, also its file's name ("c01").</param>
/// <param name="Number">Its number in the framework (1–11), as reports print it.</param>
/// <param name="ShortName">The few words tables and pictures label it with ("Local leader of NHS").</param>
/// <param name="Name">Its full name ("Locally lead the NHS").</param>
/// <param name="Statement">What a PCT that has it does ("Are recognised as the local leader of the NHS").</param>
/// <param name="Measures">Its measures, in the framework's order.</param>
public sealed record CompetencyDefinition(
    string Id,
    int Number,
    string ShortName,
    string Name,
    string Statement,
    IReadOnlyList<MeasureDefinition> Measures
)
{
    /// <summary>The measure with id <paramref name="id"/> ("a"), or null when the competency has none.</summary>
    public MeasureDefinition? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
