using System.Xml.Linq;
using WccAssure.Core.Panel;
using WccAssure.Reporting.Panel;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The panel's meeting workbook (wcc panel-sheet) read back with ExcelDataReader, an independent reader, for its
/// values, and from the package's XML for what a reader of values cannot see: protection and the drop-down lists.
/// </summary>
public class PanelWorkbookTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly Lazy<PanelSheetPlan> Plan = new(() =>
        PanelSheetPlan.From(Fixture.Score("assessments/south-staffordshire/2009-10"), "sha256:test")
    );

    private static readonly Lazy<XlsxWorkbook> Book = new(() => new XlsxWorkbook(PanelWorkbook.Build(Plan.Value)));

    [Fact]
    public void It_has_the_identity_sheet_then_a_sheet_per_competency_and_governance_area()
    {
        Assert.Equal(
            ["About", .. Enumerable.Range(1, 11).Select(n => $"Competency {n}"), "Strategy", "Finance", "Board"],
            Book.Value.SheetNames
        );
        var about = Book.Value;
        Assert.Equal("South Staffordshire PCT", about.Value("About", 4, 2));
        Assert.Equal(
            ("Organisation code", "5PK"),
            ((string)about.Value("About", 3, 1)!, (string)about.Value("About", 3, 2)!)
        );
        Assert.Equal(("Year", "2009-10"), ((string)about.Value("About", 5, 1)!, (string)about.Value("About", 5, 2)!));
        Assert.Equal(
            ("Framework", "wcc-2009-10"),
            ((string)about.Value("About", 6, 1)!, (string)about.Value("About", 6, 2)!)
        );
        Assert.Equal(
            ("Fingerprint", "sha256:test"),
            ((string)about.Value("About", 7, 1)!, (string)about.Value("About", 7, 2)!)
        );
    }

    [Fact]
    public void A_row_per_measure_shows_the_ratings_with_their_marks_what_the_next_level_lacks_and_the_panel_cells()
    {
        var book = Book.Value;
        Assert.Equal<object?>(
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
            ],
            book.Rows("Competency 1")[2]
        );
        Assert.Equal<object?>(
            ["1a", "Reputation as the local leader of the NHS", "3*", "3†"],
            book.Rows("Competency 1")[3].Take(4)
        );
        Assert.StartsWith(
            "To reach 4: a key stakeholder survey score of at least 5.5 out of 6",
            (string)book.Value("Competency 1", 4, 5)!,
            StringComparison.Ordinal
        );
        Assert.Equal<object?>(["2*", "3*", 3.0], book.Rows("Competency 1")[3].Skip(5).Take(3));
        Assert.StartsWith(
            "Key stakeholders agree that the PCT is recognised",
            (string)book.Value("Competency 1", 4, 9)!,
            StringComparison.Ordinal
        );
        Assert.Equal(new[] { "1a", "1b", "1c" }, book.Rows("Competency 1").Skip(3).Select(r => (string)r[0]!));
        Assert.Equal(6, book.Rows("Board").Skip(3).Count(r => r[0] is string));
        Assert.Equal<object?>(
            ["5", "Sustainable financial position under different financial scenarios", "Green", "Amber†"],
            book.Rows("Finance")[7].Take(4)
        );
        Assert.Equal("Amber", book.Value("Finance", 8, 8));
    }

    [Fact]
    public void The_panel_rating_cells_offer_their_choices_as_a_list_and_refuse_anything_else()
    {
        var competency = Assert.Single(Book.Value.SheetXml("Competency 1").Descendants(Main + "dataValidation"));
        Assert.Equal(
            ("list", "H4:H6", "1", "\"1,2,3,4\""),
            (
                (string)competency.Attribute("type")!,
                (string)competency.Attribute("sqref")!,
                (string)competency.Attribute("showErrorMessage")!,
                competency.Element(Main + "formula1")!.Value
            )
        );
        var finance = Assert.Single(Book.Value.SheetXml("Finance").Descendants(Main + "dataValidation"));
        Assert.Equal(
            ("H4:H8", "\"Red,Amber,Green\""),
            ((string)finance.Attribute("sqref")!, finance.Element(Main + "formula1")!.Value)
        );
    }

    [Fact]
    public void Every_sheet_is_protected_and_only_the_rating_and_rationale_cells_are_unlocked()
    {
        var book = Book.Value;
        foreach (var sheet in book.SheetNames)
        {
            var protection = Assert.Single(book.SheetXml(sheet).Descendants(Main + "sheetProtection"));
            Assert.Equal("1", (string?)protection.Attribute("sheet"));
            Assert.Null(protection.Attribute("password"));
        }

        for (var row = 3; row <= 6; row++)
        {
            var unlocked = Enumerable.Range(1, 9).Where(column => book.Unlocked("Competency 1", row, column)).ToList();
            Assert.Equal(row == 3 ? [] : [8, 9], unlocked);
        }

        Assert.DoesNotContain(Enumerable.Range(1, 8), row => book.Unlocked("About", row, 2));
    }

    [Fact]
    public void The_same_assessment_gives_the_same_bytes_and_text_is_never_a_formula()
    {
        Assert.Equal(PanelWorkbook.Build(Plan.Value), PanelWorkbook.Build(Plan.Value));
        var page = Plan.Value.Pages[0];
        var hostile = Plan.Value with
        {
            Pages =
            [
                page with
                {
                    Rows =
                    [
                        page.Rows[0] with
                        {
                            Rationale = "=HYPERLINK(\"http://x\")",
                            Name = "@SUM(A1)",
                        },
                        .. page.Rows.Skip(1),
                    ],
                },
            ],
        };
        var book = new XlsxWorkbook(PanelWorkbook.Build(hostile));
        Assert.Equal("=HYPERLINK(\"http://x\")", book.Value("Competency 1", 4, 9));
        Assert.Equal("@SUM(A1)", book.Value("Competency 1", 4, 2));
        Assert.Empty(book.SheetXml("Competency 1").Descendants(Main + "f"));
    }

    [Fact]
    public void The_reader_gives_back_what_the_writer_wrote()
    {
        var path = Path.Combine(Fixture.TempDirectory(), "panel.xlsx");
        File.WriteAllBytes(path, PanelWorkbook.Build(Plan.Value));
        var (cells, problem) = PanelWorkbookReader.Read(path, "panel.xlsx");
        Assert.Null(problem);
        Assert.Equal(Book.Value.SheetNames, cells!.Sheets.Select(s => s.Name));
        Assert.Equal("3", cells.Sheet("Competency 1")!.Text("H4"));
        Assert.Equal("1c", cells.Sheet("Competency 1")!.Text("A6"));
        Assert.Equal("sha256:test", cells.Sheet("About")!.Text("B7"));

        File.WriteAllText(path, "not a workbook");
        Assert.Equal(
            "panel.xlsx: error: not an xlsx workbook (wcc panel-sheet writes one; a workbook saved as .xls or .ods "
                + "must be saved as .xlsx)",
            PanelWorkbookReader.Read(path, "panel.xlsx").Problem
        );
    }
}
