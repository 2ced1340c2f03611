using System.Globalization;
using System.Text;
using WccAssure.Core.Model;

namespace WccAssure.Core.Changes;

/// <summary>
/// `wcc diff` for a person: a line per measure, competency, area or outcome that changed, with each changed value
/// as before → after, and the evidence given on one side only. Values carry the marks the reports use: * for a
/// value a person reconstructed, † for one wcc computed (evidenced levels, means, roll-ups, judgements).
/// </summary>
public static class ChangesText
{
    private static readonly (ChangeSection Section, string Title)[] Sections =
    [
        (ChangeSection.Assessment, "Assessment"),
        (ChangeSection.Competencies, "Competency measures"),
        (ChangeSection.CompetencyScores, "Competency scores"),
        (ChangeSection.Governance, "Governance measures"),
        (ChangeSection.GovernanceAreas, "Governance areas"),
        (ChangeSection.Outcomes, "Outcomes"),
    ];

    /// <summary>
    /// The text `wcc diff` prints, each line ending in "\n", closing with the count and a key to the marks.
    /// </summary>
    public static string Write(AssessmentChanges changes)
    {
        var text = new StringBuilder();
        var (before, after) = (changes.Before, changes.After);
        var synthetic = before.Synthetic || after.Synthetic ? " — SYNTHETIC DATA" : "";
        text.Append(
            CultureInfo.InvariantCulture,
            $"{after.OrganisationName} ({after.OrganisationCode}): {before.Year} → {after.Year}{synthetic}\n"
        );
        text.Append(CultureInfo.InvariantCulture, $"  before: {before.Folder}\n  after:  {after.Folder}\n");
        if (changes.Documents.Differ)
        {
            text.Append("  The two rest on different source documents; ")
                .Append("a level may move because its evidence came from another.\n");
            text.Append("  only before: ").Append(Documents(changes.Documents.OnlyBefore)).Append('\n');
            text.Append("  only after:  ").Append(Documents(changes.Documents.OnlyAfter)).Append('\n');
        }

        foreach (var (section, title) in Sections)
        {
            var lines = changes
                .Values.Where(c => c.Section == section)
                .GroupBy(c => c.Subject)
                .SelectMany(g => Lines(g).Concat(NotCarriedForward(changes, g)))
                .ToList();
            Block(text, title, lines);
        }

        Block(text, "Evidence", [.. changes.Evidence.GroupBy(e => e.Subject).SelectMany(Evidence)]);
        text.Append('\n')
            .Append(
                changes.Count switch
                {
                    0 => "No changes.",
                    1 => "1 change.",
                    var n => n.ToString(CultureInfo.InvariantCulture) + " changes.",
                }
            );
        text.Append(" * reconstructed by a person; † computed by wcc; – not rated.\n");
        return text.ToString();
    }

    private static void Block(StringBuilder text, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append('\n');
        foreach (var line in lines)
        {
            text.Append("  ").Append(line).Append('\n');
        }
    }

    private static string Documents(IReadOnlyList<string> documents) =>
        documents.Count == 0 ? "none" : string.Join("; ", documents);

    /// <summary>Beside a level that fell, the evidence the later side no longer has: often the reason for the
    /// fall.</summary>
    private static IEnumerable<string> NotCarriedForward(
        AssessmentChanges changes,
        IGrouping<string, Change> subject
    ) =>
        subject
            .SelectMany(changes.NotCarriedForward)
            .Distinct()
            .Select(e => $"  not carried forward: \"{Shorten(e.Text)}\" — {e.Where}");

    /// <summary>
    /// A few values on one line, located where the first is written; more, or any words, a line each under the
    /// subject, each with its own place.
    /// </summary>
    private static IEnumerable<string> Lines(IGrouping<string, Change> subject)
    {
        if (subject.Count() <= OnOneLine && !subject.Any(c => (c.Before ?? c.After)?.IsWords == true))
        {
            var values = string.Join("; ", subject.Select(Value));
            var where = subject.Select(c => c.Where).FirstOrDefault(w => w is not null);
            yield return where is null ? $"{subject.Key}: {values}" : $"{subject.Key}: {values} — {where}";
            yield break;
        }

        yield return subject.Key + ":";
        foreach (var change in subject)
        {
            yield return change.Where is null ? $"  {Value(change)}" : $"  {Value(change)} — {change.Where}";
        }
    }

    private const int OnOneLine = 3;

    /// <summary>
    /// A measure's added (+) and removed (−) items, a few of each: between two years nearly every item is new, and
    /// the counts say that; `--format json` lists them all.
    /// </summary>
    private static IEnumerable<string> Evidence(IGrouping<string, EvidenceChange> subject)
    {
        var added = subject.Where(e => e.Added).ToList();
        var removed = subject.Where(e => !e.Added).ToList();
        yield return $"{subject.Key}: {added.Count} added, {removed.Count} removed";
        foreach (var (items, sign) in new[] { (added, '+'), (removed, '−') })
        {
            foreach (var item in items.Take(ItemsShown))
            {
                yield return $"  {sign} \"{Shorten(item.Text)}\" — {item.Where}";
            }

            if (items.Count > ItemsShown)
            {
                yield return $"  {sign} … and {items.Count - ItemsShown} more";
            }
        }
    }

    private const int ItemsShown = 3;

    private static string Value(Change c) =>
        c switch
        {
            { Aspect: "measure" } => c.Before is null
                ? "new in the later assessment's framework"
                : "not in the later assessment's framework",
            { Aspect: "outcome" } => c.Before is null
                ? "newly selected"
                : "dropped (not selected in the later assessment)",
            { Before: null, After.IsWords: true } => $"+ {c.Aspect} {Show(c.After)}",
            { After: null, Before.IsWords: true } => $"− {c.Aspect} {Show(c.Before)}",
            _ => $"{c.Aspect} {Show(c.Before)} → {Show(c.After)}",
        };

    private static string Show(ChangedValue? value) =>
        value is null ? "–"
        : value.IsWords ? $"\"{value.Text}\""
        : value.Text
            + value.Provenance switch
            {
                ProvenanceKind.Reconstructed => "*",
                ProvenanceKind.Computed => "†",
                _ => "",
            };

    /// <summary>
    /// Evidence is a paragraph; its first words say which item it is, and the location gives the rest.
    /// </summary>
    private static string Shorten(string text)
    {
        if (text.Length <= 100)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 99);
        return text[..(cut > 40 ? cut : 99)].TrimEnd(',', ';', '.', ' ') + " …";
    }
}
