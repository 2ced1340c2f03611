namespace WccAssure.Core.Model.Framework;

public sealed record CompetencyDefinition(
    string Id,
    int Number,
    string ShortName,
    string Name,
    string Statement,
    IReadOnlyList<MeasureDefinition> Measures
)
{
    public MeasureDefinition? Measure(string id) => Measures.FirstOrDefault(m => m.Id == id);
}
