using System.Globalization;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Results;

namespace WccAssure.Core.Changes;

/// <summary>
/// Values as the diff shows them (as the reports print them, with their provenance), and the changes between two
/// sides' values or items of text.
/// </summary>
internal static class ChangeValues
{
    public static ChangedValue? Stated(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new(text.Trim(), ProvenanceKind.Stated);

    public static ChangedValue? Source(SourceRef? source) => Stated(source?.ToString());

    public static ChangedValue? Words(string? text) =>
        text is null ? null : new(text, ProvenanceKind.Stated) { IsWords = true };

    /// <summary>A number as a source gave it: its value, the placeholder it printed, or n/a.</summary>
    public static ChangedValue? Number(StatedNumber? number) =>
        number is null ? null : new(number.Placeholder ?? Figure(number.Value), number.Provenance.Kind);

    public static ChangedValue? Metric(MetricValue? metric) =>
        metric is null
            ? null
            : new(
                metric.Flag is { } flag ? (flag ? "true" : "false") : metric.Placeholder ?? Figure(metric.Number),
                metric.Provenance.Kind
            );

    /// <summary>A rate wcc derived: its value in percent a year, or why it could not be computed.</summary>
    public static ChangedValue? Rate(Derived derived) =>
        derived.Value is { } value
            ? new(value.ToString("0.00", CultureInfo.InvariantCulture) + "% a year", ProvenanceKind.Computed)
        : derived.NotComputable is null ? null
        : new("not computable", ProvenanceKind.Computed);

    public static string Figure(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "n/a";

    /// <summary>A change when the two sides differ: in words for <see cref="ChangedValue.IsWords"/> values.</summary>
    public static IEnumerable<Change> Compare(
        ChangeSection section,
        string subject,
        string aspect,
        ChangedValue? before,
        ChangedValue? after,
        SourceLocation? where
    )
    {
        if (before != after)
        {
            yield return new Change(section, subject, aspect, before, after, where);
        }
    }

    /// <summary>A paragraph that changed, shown as the words that differ with a few either side.</summary>
    public static IEnumerable<Change> Paragraph(
        ChangeSection section,
        string subject,
        string aspect,
        string? before,
        string? after,
        SourceLocation? where
    )
    {
        if (WordExcerpt.Words(before) == WordExcerpt.Words(after))
        {
            yield break;
        }

        var (b, a) = WordExcerpt.Of(before, after);
        yield return new Change(section, subject, aspect, Words(b), Words(a), where);
    }

    /// <summary>
    /// Items of text (strengths, recommendations, observations…) added or removed, by their words; an item kept
    /// whose citation changed says so.
    /// </summary>
    public static IEnumerable<Change> Items(
        ChangeSection section,
        string subject,
        string aspect,
        IEnumerable<NarrativeItem> before,
        IEnumerable<NarrativeItem> after
    )
    {
        var (removed, added, same) = Pairing.ByWords(before, after, i => i.Text);
        foreach (var (b, a) in same)
        {
            foreach (
                var change in Compare(
                    section,
                    subject,
                    $"source of {aspect} \"{WordExcerpt.Short(a.Text)}\"",
                    Source(b.Source),
                    Source(a.Source),
                    a.Source?.Location ?? a.Location
                )
            )
            {
                yield return change;
            }
        }

        foreach (var item in added)
        {
            yield return new Change(section, subject, aspect, null, Words(WordExcerpt.Short(item.Text)), item.Location);
        }

        foreach (var item in removed)
        {
            yield return new Change(section, subject, aspect, Words(WordExcerpt.Short(item.Text)), null, null);
        }
    }
}
