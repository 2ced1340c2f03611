using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Panel;

/// <summary>
/// Where things are in the panel's workbook, shared by the writer and the reader: a sheet per competency and per
/// governance area, in the framework's order, after the identity sheet; a header row, then a row per measure.
/// </summary>
public static class PanelLayout
{
    /// <summary>
    /// The first sheet: whose assessment the workbook is, and the fingerprint of its files when exported.
    /// </summary>
    public const string IdentitySheet = "About";

    /// <summary>Rows of the identity sheet: a label in column A, its value in column B.</summary>
    public static readonly IReadOnlyList<(string Label, int Row)> IdentityRows =
    [
        ("Organisation code", 3),
        ("Organisation", 4),
        ("Year", 5),
        ("Framework", 6),
        ("Fingerprint", 7),
    ];

    /// <summary>The row of <see cref="Headers"/> on a measure sheet (1-based).</summary>
    public const int HeaderRow = 3;

    /// <summary>The first measure's row on a measure sheet (1-based).</summary>
    public const int FirstRow = 4;

    /// <summary>A measure sheet's column headings, from column A; the panel fills in the last two.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        "Measure",
        "Name",
        "Self-rating",
        "Evidenced †",
        "What the next level lacks",
        "Last year",
        "Panel rating recorded",
        "Panel rating",
        "Panel rationale",
    ];

    /// <summary>The column of the measure's number ("1a"), which ties a row to its measure.</summary>
    public const string MeasureColumn = "A";

    /// <summary>The column the panel types its rating in.</summary>
    public const string RatingColumn = "H";

    /// <summary>The column the panel types its rationale in.</summary>
    public const string RationaleColumn = "I";

    /// <summary>The choices of the panel rating's drop-down, as typed into the cell.</summary>
    public static readonly IReadOnlyList<string> Levels = ["1", "2", "3", "4"];

    /// <summary>The choices of a governance sheet's panel rating drop-down, as typed into the cell.</summary>
    public static readonly IReadOnlyList<string> Rags = ["Red", "Amber", "Green"];

    /// <summary>
    /// The cell ("B3") holding the value of the identity sheet's row labelled <paramref name="label"/>.
    /// </summary>
    public static string IdentityValue(string label) => $"B{IdentityRows.First(r => r.Label == label).Row}";

    /// <summary>
    /// Every measure sheet the workbook of an assessment under <paramref name="framework"/> holds, in order.
    /// </summary>
    public static IReadOnlyList<PanelSheetShape> Sheets(FrameworkDefinition framework) =>
        [
            .. framework.Competencies.Select(c => new PanelSheetShape(
                $"Competency {c.Number}",
                c.Id,
                $"competencies/{c.Id}.yaml",
                $"{c.Number}. {c.Name}",
                Levels: true,
                [.. c.Measures.Select(m => new PanelMeasureShape($"{c.Number}{m.Id}", m.Id, m.Name))]
            )),
            .. framework.Governance.Select(a => new PanelSheetShape(
                a.Name,
                a.Id,
                $"governance/{a.Id}.yaml",
                $"Governance: {a.Name}",
                Levels: false,
                [.. a.Measures.Select(m => new PanelMeasureShape($"{m.Number}", m.Id, m.Name))]
            )),
        ];
}
