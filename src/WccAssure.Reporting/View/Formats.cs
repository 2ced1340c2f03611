using System.Globalization;
using WccAssure.Core.Model;

namespace WccAssure.Reporting.View;

/// <summary>How numbers and ratings are written in reports.</summary>
public static class Formats
{
    public const string None = "–";

    public static string Score(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? None;

    public static string Rate(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "n/a";

    public static string Level<T>(Rating<T>? rating)
        where T : struct =>
        rating is null ? None : Show(rating.Value) + (rating.Provenance.Kind == ProvenanceKind.Reconstructed ? "*" : "");

    public static string Show<T>(T value) => value is Rag rag ? rag.Title() : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    public static string RagClass(Rag? rag) => rag is null ? "none" : rag.Value.Word();

    public static string Priority(string priority) => priority switch
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

        return DateTime.TryParseExact(date, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day) ? day.ToString("d MMMM yyyy", culture)
            : DateTime.TryParseExact(date, "yyyy-MM", culture, DateTimeStyles.None, out var month) ? month.ToString("MMMM yyyy", culture)
            : date;
    }

    public static string Movement(double? now, double? before) =>
        now is null || before is null ? "" : now > before + 1e-9 ? "up" : now < before - 1e-9 ? "down" : "same";
}
