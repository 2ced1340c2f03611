using System.Text.RegularExpressions;

namespace WccAssure.Reporting.View;

/// <summary>
/// The provenance rows grouped by kind and reason, in the order each reason first appears. A reason that only
/// extends another ("…for every year-1 measure; on that assumption c09 did not improve.") joins it, and what it
/// adds is kept beside its value, so a paragraph shared by thirty values is still said once.
/// </summary>
internal static partial class ProvenanceGroups
{
    private static readonly string[] Kinds = ["reconstructed", "computed", "unsourced"];

    public static IReadOnlyList<ProvenanceGroup> Of(IReadOnlyList<ProvenanceRow> rows)
    {
        var order = rows.Select((r, i) => (r, i)).GroupBy(p => p.r).ToDictionary(g => g.Key, g => g.First().i);
        var exact = rows.GroupBy(r => (r.Kind, Note: LineCitation().Replace(r.Note, ""))).Select(Exact).ToList();
        var groups = new List<(string Kind, string Note, List<ProvenanceItem> Items)>();
        foreach (var (kind, note, members) in exact)
        {
            var shared = exact
                .Where(b => b.Kind == kind && b.Note.Length < note.Length && Extends(note, b.Note))
                .Select(b => b.Note)
                .OrderByDescending(n => n.Length)
                .FirstOrDefault();
            var key = shared ?? note;
            var extra = shared is null ? "" : Capitalise(note[shared.Length..].TrimStart(';', ' '));
            var at = groups.FindIndex(g => g.Kind == kind && g.Note == key);
            if (at < 0)
            {
                groups.Add((kind, key, []));
                at = groups.Count - 1;
            }

            groups[at]
                .Items.AddRange(
                    members.Select(m => new ProvenanceItem(m.Row.What, m.Row.Value, m.Row.At)
                    {
                        Order = order[m.Row],
                        Line = m.Line,
                        Remark = extra,
                    })
                );
        }

        // Reconstructed values first, then computed, then unsourced text: one heading per kind in the annex.
        var ordered = groups.OrderBy(g => Array.IndexOf(Kinds, g.Kind) is var i and >= 0 ? i : Kinds.Length).ToList();
        return
        [
            .. ordered.Select(
                (g, i) =>
                    new ProvenanceGroup(
                        g.Kind,
                        Symbol(g.Kind),
                        g.Note.Length == 0 ? "No reason was recorded." : g.Note,
                        [.. g.Items.OrderBy(item => item.Order)]
                    )
                    {
                        KindTitle =
                            i > 0 && ordered[i - 1].Kind == g.Kind
                                ? ""
                                : Title(g.Kind, ordered.Where(o => o.Kind == g.Kind).Sum(o => o.Items.Count)),
                    }
            ),
        ];
    }

    /// <summary>
    /// Reasons that differ only in the source line they cite ("… in this row (L164); …") are one reason, said
    /// without the line, which stays beside each value.
    /// </summary>
    private static (string Kind, string Note, List<(ProvenanceRow Row, string Line)> Rows) Exact(
        IGrouping<(string Kind, string Note), ProvenanceRow> group
    )
    {
        if (group.Select(r => r.Note).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return (group.Key.Kind, group.First().Note, [.. group.Select(r => (r, ""))]);
        }

        return (group.Key.Kind, group.Key.Note, [.. group.Select(r => (r, Lines(r.Note)))]);
    }

    private static string Lines(string note) =>
        string.Join(", ", LineCitation().Matches(note).Select(m => m.Value.Trim()));

    /// <summary>"A; B." extends "A.": the shorter reason, less its full stop, followed by a semicolon.</summary>
    private static bool Extends(string note, string shorter) =>
        shorter.EndsWith('.')
        && note.StartsWith(string.Concat(shorter.AsSpan(0, shorter.Length - 1), ";"), StringComparison.Ordinal);

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Title(string kind, int count) =>
        kind switch
        {
            "reconstructed" => $"Reconstructed from the source ({count})",
            "computed" => $"Computed or rolled up ({count})",
            "unsourced" => $"Text that names no source ({count})",
            _ => $"{Capitalise(kind)} ({count})",
        };

    private static string Symbol(string kind) =>
        kind switch
        {
            "reconstructed" => ValueMark.ReconstructedSymbol,
            "computed" => ValueMark.ComputedSymbol,
            _ => "",
        };

    [GeneratedRegex(@" ?\(L\d+(?:[-–]\d+)?\)")]
    private static partial Regex LineCitation();
}
