namespace WccAssure.Reporting.Output;

/// <summary>
/// The name of every file wcc writes, each defined here once: what renders a file names it from here, and an output
/// folder is replaced only when it holds nothing but these.
/// </summary>
public static class OutputNames
{
    public const string ReportHtml = "report.html";
    public const string ReportMarkdown = "report.md";
    public const string Scorecard = "scorecard.csv";
    public const string ProvenanceHtml = "provenance.html";
    public const string ProvenanceMarkdown = "provenance.md";
    public const string ReportDocx = "report.docx";
    public const string ReportPdf = "report.pdf";
    public const string CompareHtml = "compare.html";
    public const string LeagueCsv = "league.csv";
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
