using System.Globalization;
using System.Text.RegularExpressions;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Reporting.View;

/// <summary>
/// The framework's facts as the reports word them: the roll-up, the level range, counts of measures and the survey
/// thresholds all read from the framework, so a framework with other rules is described as it is.
/// </summary>
internal static partial class FrameworkWords
{
    /// <summary>"mean" or "lowest": how a competency's score is rolled up from its measure levels.</summary>
    public static string Rollup(FrameworkDefinition framework) =>
        framework.Rollup.Competency == CompetencyRollup.Minimum ? "lowest" : "mean";

    /// <summary>The framework's levels as a range, "1–4".</summary>
    public static string LevelRange(FrameworkDefinition framework) =>
        framework.Levels.Count == 0
            ? "1–4"
            : $"{framework.Levels.Min(l => l.Level)}–{framework.Levels.Max(l => l.Level)}";

    /// <summary>The framework's highest level (4 when it names none).</summary>
    public static int TopLevel(FrameworkDefinition framework) =>
        framework.Levels.Count == 0 ? 4 : framework.Levels.Max(l => l.Level);

    /// <summary>How many levels a competency measure is rated on.</summary>
    public static int LevelCount(FrameworkDefinition framework) =>
        framework.Levels.Count == 0 ? 4 : framework.Levels.Count;

    /// <summary>The number of measures each competency has, when every competency has the same number.</summary>
    public static int? MeasuresEach(FrameworkDefinition framework) =>
        framework.Competencies.Select(c => c.Measures.Count).Distinct().ToList() is [var count] ? count : null;

    public static int GovernanceMeasures(FrameworkDefinition framework) =>
        framework.Governance.Sum(a => a.Measures.Count);

    /// <summary>Small counts in words, as the report's prose writes them.</summary>
    public static string Count(int n) => n is >= 1 and <= 20 ? Words[n - 1] : n.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Words =
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];

    /// <summary>
    /// "4.5 out of 6 for level 3, 5.5 for level 4": the survey score each level's criteria ask for at least, when every
    /// survey metric (one whose name says survey) is out of the same maximum and each level asks one score; else null.
    /// </summary>
    public static string? Thresholds(FrameworkDefinition framework)
    {
        var found = framework
            .Competencies.SelectMany(c => c.Measures)
            .SelectMany(m => m.Levels)
            .SelectMany(l => l.Criteria.Select(c => (l.Level, Match: AtLeast().Match(c.When?.Expression ?? ""))))
            .Where(x => x.Match.Success)
            .Select(x => (x.Level, Metric: framework.Metric(x.Match.Groups[1].Value), Value: x.Match.Groups[2].Value))
            .Where(x => x.Metric?.Name.Contains("survey", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();
        var levels = found.Select(x => (x.Level, x.Value)).Distinct().OrderBy(x => x.Level).ToList();
        if (
            found.Select(x => x.Metric!.Max).Distinct().ToList() is not [{ } max]
            || levels.Count == 0
            || levels.DistinctBy(x => x.Level).Count() < levels.Count
        )
        {
            return null;
        }

        var outOf = $" out of {max.ToString(CultureInfo.InvariantCulture)}";
        return string.Join(", ", levels.Select((x, i) => $"{x.Value}{(i == 0 ? outOf : "")} for level {x.Level}"));
    }

    [GeneratedRegex(@"^\s*([a-z_][a-z0-9_]*)\s*>=\s*([0-9]+(?:\.[0-9]+)?)\s*$")]
    private static partial Regex AtLeast();
}
