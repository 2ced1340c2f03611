using System.Globalization;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>The completeness of a draft in one sentence, the same in the report, the preview and `wcc score`.</summary>
internal static class CompletenessText
{
    /// <summary>
    /// "Completeness: evidence for 4 of 33 competency measures (competencies 1 and 2) and 5 of 16 governance
    /// measures (Finance); self-ratings for 3 of 33 competency measures and 5 of 16 governance measures;
    /// untouched: competencies 3–11, Strategy and Board."
    /// </summary>
    public static string Line(AssessmentCompleteness c)
    {
        if (
            c.CompetencyMeasuresWithEvidence
                + c.CompetencyMeasuresSelfRated
                + c.GovernanceMeasuresWithEvidence
                + c.GovernanceMeasuresSelfRated
            == 0
        )
        {
            return $"Completeness: no evidence and no self-ratings yet in any of the {c.CompetencyMeasures} "
                + $"competency measures and {c.GovernanceMeasures} governance measures"
                + (c.UnreadFiles.Count == 0 ? "." : $"; could not be read: {Join(c.UnreadFiles)}.");
        }

        var evidence =
            $"evidence for {c.CompetencyMeasuresWithEvidence} of {c.CompetencyMeasures} competency measures"
            + (c.CompetenciesWithEvidence.Count > 0 ? $" ({Competencies(c.CompetenciesWithEvidence)})" : "")
            + $" and {c.GovernanceMeasuresWithEvidence} of {c.GovernanceMeasures} governance measures"
            + (c.AreasWithEvidence.Count > 0 ? $" ({Join(c.AreasWithEvidence)})" : "");
        var self =
            $"self-ratings for {c.CompetencyMeasuresSelfRated} of {c.CompetencyMeasures} competency measures"
            + $" and {c.GovernanceMeasuresSelfRated} of {c.GovernanceMeasures} governance measures";
        var untouched = new List<string>();
        if (c.UntouchedCompetencies.Count > 0)
        {
            untouched.Add(Competencies(c.UntouchedCompetencies));
        }

        untouched.AddRange(c.UntouchedAreas);
        var rest = untouched.Count == 0 ? "nothing is untouched" : $"untouched: {Join(untouched)}";
        var unread = c.UnreadFiles.Count == 0 ? "" : $"; could not be read: {Join(c.UnreadFiles)}";
        return $"Completeness: {evidence}; {self}; {rest}{unread}.";
    }

    /// <summary>"competency 3", "competencies 1 and 2", "competencies 3–11", "competencies 1, 4–6 and 9".</summary>
    private static string Competencies(IReadOnlyList<int> numbers)
    {
        var runs = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var start = i;
            while (i + 1 < numbers.Count && numbers[i + 1] == numbers[i] + 1)
            {
                i++;
            }

            runs.Add(
                i - start >= 2 ? $"{N(numbers[start])}–{N(numbers[i])}"
                : i == start ? N(numbers[i])
                : $"{N(numbers[start])}, {N(numbers[i])}"
            );
        }

        var single = numbers.Count == 1;
        return (single ? "competency " : "competencies ") + Join(runs.SelectMany(r => r.Split(", ")).ToList());
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
