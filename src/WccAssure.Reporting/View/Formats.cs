using System.Globalization;
using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Reporting.View;

/// <summary>How numbers and ratings are written in reports.</summary>
internal static class Formats
{
    public const string None = "–";

    public static string Score(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? None;

    /// <summary>
    /// A score at the two places <see cref="Score"/> prints, rounded as it rounds (half away from 0).
    /// </summary>
    public static double AsPrinted(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Rate(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    public static string RagClass(Rag? rag) => rag is null ? "none" : rag.Value.Word();

    public static string Priority(string priority) =>
        priority switch
        {
            OutcomePriorities.National => "National",
            OutcomePriorities.NewlySelected => "Newly selected",
            _ => "Local",
        };

    /// <summary>"2010-05" as "May 2010", "2010-05-12" as "12 May 2010"; anything else unchanged.</summary>
    public static string DateInWords(string? date)
    {
        var culture = CultureInfo.InvariantCulture;
        if (date is null)
        {
            return "";
        }

        return DateTime.TryParseExact(date, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day)
                ? day.ToString("d MMMM yyyy", culture)
            : DateTime.TryParseExact(date, "yyyy-MM", culture, DateTimeStyles.None, out var month)
                ? month.ToString("MMMM yyyy", culture)
            : date;
    }

    public static string Movement(double? now, double? before) =>
        now is null || before is null ? "" : Direction(ScoreBand.Compare(now.Value, before.Value));

    /// <summary>"up", "down" or "same": the class word of a movement, from <see cref="ScoreBand.Compare"/>.</summary>
    public static string Direction(int comparison) =>
        comparison > 0 ? "up"
        : comparison < 0 ? "down"
        : "same";
}
