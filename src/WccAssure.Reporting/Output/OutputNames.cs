namespace WccAssure.Reporting.Output;

/// <summary>
/// The name of every file wcc writes, each defined here once: what renders a file names it from here, and an output
/// folder is replaced only when it holds nothing but these.
/// </summary>
public static class OutputNames
{
    /// <summary>The report as one self-contained page (from report.html.sbn); --pdf prints this page.</summary>
    public const string ReportHtml = "report.html";

    /// <summary>The report as Markdown (from report.md.sbn), for reading a change in review.</summary>
    public const string ReportMarkdown = "report.md";

    /// <summary>The scorecard as CSV: a row per measure with its ratings, and one per governance area.</summary>
    public const string Scorecard = "scorecard.csv";

    /// <summary>The provenance annex beside the report (from provenance.html.sbn): each mark's reason.</summary>
    public const string ProvenanceHtml = "provenance.html";

    /// <summary>The provenance annex as Markdown (from provenance.md.sbn).</summary>
    public const string ProvenanceMarkdown = "provenance.md";

    /// <summary>The report as a Word document, written only with --docx.</summary>
    public const string ReportDocx = "report.docx";

    /// <summary>The report page printed by headless Chromium (A4), written only with --pdf.</summary>
    public const string ReportPdf = "report.pdf";

    /// <summary>The comparison pack's page (from compare.html.sbn), sortable and filterable.</summary>
    public const string CompareHtml = "compare.html";

    /// <summary>The pack's league table as CSV, ids as column names for scripts.</summary>
    public const string LeagueCsv = "league.csv";

    /// <summary>The pack as a workbook, a sheet per section of the page and per measure family by year.</summary>
    public const string LeagueXlsx = "league.xlsx";

    /// <summary>The files a report folder holds (the Word document and the PDF only when asked for).</summary>
    public static readonly IReadOnlyList<string> Report =
    [
        ReportHtml,
        ReportMarkdown,
        Scorecard,
        ProvenanceHtml,
        ProvenanceMarkdown,
        ReportDocx,
        ReportPdf,
    ];

    /// <summary>The files of a comparison pack.</summary>
    public static readonly IReadOnlyList<string> Pack = [CompareHtml, LeagueCsv, LeagueXlsx];

    /// <summary>Every name wcc gives a file in a report folder or a pack (a PDF of an earlier --pdf run too).</summary>
    public static readonly IReadOnlyList<string> All = [.. Report, .. Pack];
}
