using System.Text;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Results;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.Runs;

namespace WccAssure.Reporting.Compare;

/// <summary>The comparison pack and its page, rendered in memory; the page is the part a template can fail.</summary>
public sealed record RenderedPack(ComparisonPack Pack, string Html)
{
    public const string HtmlFile = "compare.html";
    public const string CsvFile = "league.csv";
    public const string XlsxFile = "league.xlsx";

    public static (RenderedPack? Pack, TemplateError? Error) Render(
        IReadOnlyList<AssessmentScore> scores, string? year, string? sha, BenchmarkTable? benchmarks, ReportTemplates templates)
    {
        var pack = ComparisonBuilder.Build(scores, year, sha, benchmarks);
        var (html, error) = templates.RenderCompare(CompareViewBuilder.Build(pack, templates.Css));
        return error is null ? (new RenderedPack(pack, html!), null) : (null, error);
    }

    /// <summary>Every file of the pack; the spreadsheet is the slow part, so callers may build this alongside other work.</summary>
    public IReadOnlyList<OutputFile> Files() =>
    [
        new(HtmlFile, Encoding.UTF8.GetBytes(Html)),
        new(CsvFile, Encoding.UTF8.GetBytes(CompareExports.Csv(Pack))),
        new(XlsxFile, CompareExports.Xlsx(Pack)),
    ];

    /// <summary>What a user is told about the pack once written, e.g. "151 organisations, 2009-10".</summary>
    public string Summary => $"{YearsViewBuilder.Count(Pack.League.Count, "organisation")}, {Pack.Year}{(Pack.IncludesSynthetic ? ", includes synthetic data" : "")}";
}
