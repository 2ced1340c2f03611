using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Panel;

/// <summary>
/// Where things are in the panel's workbook, shared by the writer and the reader: a sheet per competency and per
/// governance area, in the framework's order, after the identity sheet; a header row, then a row per measure.
/// </summary>
public static class PanelLayout
{
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

    public const int HeaderRow = 3;
    public const int FirstRow = 4;

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

    public const string MeasureColumn = "A";
    public const string RatingColumn = "H";
    public const string RationaleColumn = "I";

    /// <summary>The choices of the panel rating's drop-down, as typed into the cell.</summary>
    public static readonly IReadOnlyList<string> Levels = ["1", "2", "3", "4"];

    public static readonly IReadOnlyList<string> Rags = ["Red", "Amber", "Green"];

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
