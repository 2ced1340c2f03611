using System.Text;
using WccAssure.Core.Changes;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Results;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Panel;

/// <summary>
/// wcc panel-apply without the writing: reads the panel's values out of the workbook, writes them into the files'
/// text in place, validates the assessment as it would then be (in memory, nothing on disk yet) and says what would
/// change, in the same words as wcc diff with the rationales beside the ratings.
/// </summary>
public static class PanelApplication
{
    /// <summary>
    /// What applying <paramref name="workbook"/> to the assessment in <paramref name="folder"/> would do; with
    /// <paramref name="force"/>, a workbook exported before the assessment last changed is applied anyway.
    /// </summary>
    public static PanelApplyResult Plan(AssessmentEngine engine, WorkbookCells workbook, string folder, bool force)
    {
        var before = engine.Run(BatchRequest.Folder(folder)).OnlyEvaluation;
        if (before.Score is not { } score)
        {
            return new([], before.Findings, null, []);
        }

        var reading = new PanelReturn(workbook, score, AssessmentFingerprint.Of(folder), force);
        var edits = reading.Read();
        if (reading.Refusals.Count > 0)
        {
            return new(reading.Refusals, [], null, []);
        }

        var findings = new FindingSink();
        var edited = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (file, measures) in edits.Where(e => e.Edits.Count > 0))
        {
            if (Edit(Path.Combine(folder, file), $"{score.Assessment.Folder}/{file}", measures, findings) is { } bytes)
            {
                edited[file] = bytes;
            }
        }

        if (findings.HasErrors)
        {
            return new([], findings.Sorted(), null, []);
        }

        var after =
            edited.Count == 0
                ? before
                : engine.Run(BatchRequest.Folder(folder) with { Edited = edited }).OnlyEvaluation;
        if (after.Score is not { } result)
        {
            return new([], after.Findings, null, []);
        }

        var changes = AssessmentChanges.Between([score, result]).Changes!;
        changes = changes with
        {
            Values = [.. changes.Values.Concat(Rationales(score, result)).OrderBy(c => c.Section)],
        };
        return new([], after.Findings, changes, [.. edited.Select(e => (Path.Combine(folder, e.Key), e.Value))]);
    }

    /// <summary>The file's new bytes: its byte order mark, if it had one, and the edited text.</summary>
    private static byte[]? Edit(string path, string display, IReadOnlyList<MeasureEdit> edits, FindingSink findings)
    {
        var bytes = File.ReadAllBytes(path);
        if (YamlFileReader.DecodeUtf8(bytes, display, findings) is not { } text)
        {
            return null;
        }

        var (edited, problems) = YamlInPlaceEditor.Apply(display, text, edits);
        findings.AddRange(problems);
        if (edited is null)
        {
            return null;
        }

        var mark = bytes.AsSpan().StartsWith("\uFEFF"u8) ? "\uFEFF"u8.ToArray() : [];
        return [.. mark, .. Encoding.UTF8.GetBytes(edited)];
    }

    /// <summary>
    /// The rationales the workbook rewrote, as changes of the measures they explain (wcc diff compares ratings only).
    /// </summary>
    private static IEnumerable<Change> Rationales(AssessmentScore before, AssessmentScore after)
    {
        foreach (var (c, m) in after.Competencies.SelectMany(c => c.Measures.Select(m => (c, m))))
        {
            var was = before
                .Assessment.Competency(c.Definition.Id)
                ?.Measures.FirstOrDefault(r => r.Id == m.Definition.Id)
                ?.Rationale;
            if (was != m.Record.Rationale)
            {
                yield return Rationale(
                    ChangeSection.Competencies,
                    $"{c.Definition.Number}{m.Definition.Id} {m.Definition.Name}",
                    was,
                    m.Record.Rationale,
                    m.Record.Location
                );
            }
        }

        foreach (var (area, m) in after.Governance.SelectMany(a => a.Measures.Select(m => (a, m))))
        {
            var was = before
                .Assessment.Area(area.Definition.Id)
                ?.Measures.FirstOrDefault(r => r.Id == m.Definition.Id)
                ?.Rationale;
            if (was != m.Record.Rationale)
            {
                yield return Rationale(
                    ChangeSection.Governance,
                    $"{area.Definition.Name} {m.Definition.Number}. {m.Definition.Name}",
                    was,
                    m.Record.Rationale,
                    m.Record.Location
                );
            }
        }
    }

    private static Change Rationale(
        ChangeSection section,
        string subject,
        string? before,
        string? after,
        SourceLocation at
    ) => new(section, subject, "rationale", Quoted(before), Quoted(after), at);

    /// <summary>A rationale is a paragraph: its first words, on one line, say which it is.</summary>
    private static ChangedValue? Quoted(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var cut =
            words.Length <= 40 ? words.Length
            : words.LastIndexOf(' ', 40) is > 10 and var space ? space
            : 40;
        return new(
            $"\"{words[..cut].TrimEnd(',', ';', ':', ' ')}{(cut < words.Length ? "…" : "")}\"",
            ProvenanceKind.Stated
        );
    }
}
