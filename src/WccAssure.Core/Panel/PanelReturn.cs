using WccAssure.Core.Model;
using WccAssure.Core.Results;

namespace WccAssure.Core.Panel;

/// <summary>
/// Reads the panel's values out of a workbook made by wcc panel-sheet, checking on the way that it is the workbook of
/// this assessment, laid out as exported: identity, fingerprint, sheets and rows. Every refusal names its cell as
/// "panel.xlsx:Competency 1!G5".
/// </summary>
internal sealed class PanelReturn(WorkbookCells workbook, AssessmentScore score, string fingerprint, bool force)
{
    private readonly List<string> refusals = [];

    public IReadOnlyList<string> Refusals => refusals;

    /// <summary>
    /// The edits by file (relative to the folder), in the framework's order; empty when anything was refused.
    /// </summary>
    public IReadOnlyList<(string File, IReadOnlyList<MeasureEdit> Edits)> Read()
    {
        if (!Identity())
        {
            return [];
        }

        var shapes = PanelLayout.Sheets(score.Framework);
        Sheets(shapes);
        var edits = new List<(string, IReadOnlyList<MeasureEdit>)>();
        foreach (var shape in shapes)
        {
            if (workbook.Sheet(shape.Name) is { } sheet && Rows(sheet, shape))
            {
                edits.Add(
                    (
                        shape.File,
                        [
                            .. shape
                                .Measures.Select((m, i) => Measure(sheet, shape, m, PanelLayout.FirstRow + i))
                                .OfType<MeasureEdit>(),
                        ]
                    )
                );
            }
        }

        return refusals.Count > 0 ? [] : edits;
    }

    private void Refuse(string sheet, string? cell, string message) =>
        refusals.Add($"{workbook.File}:{sheet}{(cell is null ? "" : "!" + cell)}: error: {message}");

    private bool Identity()
    {
        if (workbook.Sheet(PanelLayout.IdentitySheet) is not { } about)
        {
            refusals.Add(
                $"{workbook.File}: error: not a panel workbook: it has no '{PanelLayout.IdentitySheet}' sheet (wcc "
                    + $"panel-sheet writes one)"
            );
            return false;
        }

        var a = score.Assessment;
        foreach (
            var (label, expected) in new[]
            {
                ("Organisation code", a.OrganisationCode),
                ("Year", a.Year),
                ("Framework", a.FrameworkId),
            }
        )
        {
            var cell = PanelLayout.IdentityValue(label);
            if (about.Text(cell) is var found && found != expected)
            {
                Refuse(
                    about.Name,
                    cell,
                    $"this workbook is for {label.ToLowerInvariant()} '{found}', but {a.Folder} is {expected}"
                );
            }
        }

        var printed = about.Text(PanelLayout.IdentityValue("Fingerprint"));
        if (refusals.Count == 0 && printed != fingerprint && !force)
        {
            Refuse(
                about.Name,
                PanelLayout.IdentityValue("Fingerprint"),
                $"{a.Folder} has changed since this workbook was exported (its files' fingerprint differs); export a "
                    + $"new workbook with wcc panel-sheet, or apply this one anyway with --force"
            );
        }

        return refusals.Count == 0;
    }

    private void Sheets(IReadOnlyList<PanelSheetShape> shapes)
    {
        var expected = shapes.Select(s => s.Name).Prepend(PanelLayout.IdentitySheet).ToHashSet(StringComparer.Ordinal);
        foreach (var sheet in workbook.Sheets.Where(s => !expected.Contains(s.Name)))
        {
            Refuse(
                sheet.Name,
                "A1",
                "this sheet is not one of the panel workbook's (was it added, or renamed?); remove it or give it back "
                    + "its name"
            );
        }

        foreach (var shape in shapes.Where(s => workbook.Sheet(s.Name) is null))
        {
            Refuse(
                shape.Name,
                null,
                "this sheet is missing from the workbook (was it removed, or renamed?); export a new workbook with "
                    + "wcc panel-sheet"
            );
        }
    }

    /// <summary>
    /// A row per measure, in order, and nothing below the last: a row added, removed or moved would put a rating on the
    /// wrong measure.
    /// </summary>
    private bool Rows(SheetCells sheet, PanelSheetShape shape)
    {
        for (var i = 0; i < shape.Measures.Count; i++)
        {
            var cell = $"{PanelLayout.MeasureColumn}{PanelLayout.FirstRow + i}";
            var measure = shape.Measures[i];
            if (sheet.Text(cell) is var found && found != measure.Label)
            {
                Refuse(
                    sheet.Name,
                    cell,
                    $"expected measure {measure.Label} ({measure.Name}) in this row, found '{found}'; rows must not "
                        + $"be added, removed or moved"
                );
                return false;
            }
        }

        var last = PanelLayout.FirstRow + shape.Measures.Count - 1;
        var below = sheet
            .Values.Where(v => v.Value.Trim().Length > 0 && Row(v.Key) > last)
            .Select(v => v.Key)
            .OrderBy(Row)
            .ThenBy(k => k.Length)
            .ThenBy(k => k, StringComparer.Ordinal)
            .FirstOrDefault();
        if (below is not null)
        {
            Refuse(
                sheet.Name,
                below,
                $"a row below the last measure ({shape.Measures[^1].Label}); rows must not be added"
            );
            return false;
        }

        return true;
    }

    private static int Row(string reference) =>
        int.Parse(
            reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())),
            System.Globalization.CultureInfo.InvariantCulture
        );

    private MeasureEdit? Measure(SheetCells sheet, PanelSheetShape shape, PanelMeasureShape measure, int row)
    {
        var record = Record(shape, measure.Id);
        var (ratingCell, rationaleCell) = ($"{PanelLayout.RatingColumn}{row}", $"{PanelLayout.RationaleColumn}{row}");
        var current = record?.Panel;
        var rating = Rating(sheet, ratingCell, shape, current);
        var typed = sheet.Text(rationaleCell);
        var before = (record?.Rationale ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        string? rationale = null;
        if (sheet.Formulas.Contains(rationaleCell))
        {
            Refuse(sheet.Name, rationaleCell, "this cell holds a formula; type the rationale as text");
        }
        else if (typed.Length == 0 && before.Length > 0)
        {
            Refuse(
                sheet.Name,
                rationaleCell,
                "the rationale was cleared; panel-apply writes rationales, it does not remove them: type it back, or "
                    + "edit the YAML file"
            );
        }
        else if (typed != before)
        {
            rationale = typed;
        }

        return rating is null && rationale is null ? null : new MeasureEdit(measure.Id, rating, rationale);
    }

    /// <summary>The rating as the file writes it when the panel changed it; null when unchanged or refused.</summary>
    private string? Rating(SheetCells sheet, string cell, PanelSheetShape shape, (string Shown, string Word)? current)
    {
        var typed = sheet.Text(cell);
        if (sheet.Formulas.Contains(cell))
        {
            Refuse(sheet.Name, cell, "this cell holds a formula; choose the rating from the list");
            return null;
        }

        if (typed.Length == 0)
        {
            if (current is { } was)
            {
                Refuse(
                    sheet.Name,
                    cell,
                    $"the panel rating ({was.Shown}) was cleared; panel-apply writes ratings, it does not remove "
                        + $"them: choose one from the list"
                );
            }

            return null;
        }

        var choice = shape.Choices.FirstOrDefault(c =>
            string.Equals(c, Number(typed), StringComparison.OrdinalIgnoreCase)
        );
        if (choice is null)
        {
            Refuse(sheet.Name, cell, $"the panel rating '{typed}' is not one of {string.Join(", ", shape.Choices)}");
            return null;
        }

        var word = shape.Levels ? choice : choice.ToLowerInvariant();
        return current is { } now && now.Word == word ? null : word;
    }

    /// <summary>A level typed as a number may be stored as "3" or "3.0".</summary>
    private static string Number(string typed) =>
        double.TryParse(
            typed,
            System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture,
            out var n
        )
        && n == Math.Floor(n)
        && Math.Abs(n) < 100
            ? ((int)n).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : typed;

    private PanelRecord? Record(PanelSheetShape shape, string id) =>
        shape.Levels
            ? score.Assessment.Competency(shape.Id)?.Measures.FirstOrDefault(m => m.Id == id) is { } c
                ? new(Panel(c.Panel), c.Rationale)
                : null
            : score.Assessment.Area(shape.Id)?.Measures.FirstOrDefault(m => m.Id == id) is { } g
                ? new(Panel(g.Panel), g.Rationale)
                : null;

    private static (string Shown, string Word)? Panel(Rating<int>? rating) =>
        rating is null ? null : (RatingWords.Show(rating, "–"), RatingWords.Show(rating.Value));

    private static (string Shown, string Word)? Panel(Rating<Rag>? rating) =>
        rating is null ? null : (RatingWords.Show(rating, "–"), rating.Value.Word());

    private sealed record PanelRecord((string Shown, string Word)? Panel, string? Rationale);
}
