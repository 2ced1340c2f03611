using System.Text;
using WccAssure.Core.Comparison;
using WccAssure.Reporting.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Compare;

/// <summary>The comparison pack and its page, rendered in memory; the page is the part a template can fail.</summary>
internal sealed record RenderedPack(ComparisonPack Pack, string Html)
{
    /// <summary>The page of a pack built once, its scoring legend worded for the league year's framework.</summary>
    public static (RenderedPack? Pack, TemplateError? Error) Render(ComparisonPack pack, ReportTemplates templates)
    {
        var (html, error) = templates.RenderCompare(CompareViewBuilder.Build(pack, templates));
        return error is null ? (new RenderedPack(pack, html!), null) : (null, error);
    }

    /// <summary>
    /// Every file of the pack; the spreadsheet is the slow part, so callers may build this alongside other work.
    /// </summary>
    public IReadOnlyList<OutputFile> Files() =>
        [
            new(OutputNames.CompareHtml, Encoding.UTF8.GetBytes(Html)),
            new(OutputNames.LeagueCsv, Encoding.UTF8.GetBytes(CompareExports.Csv(Pack))),
            new(OutputNames.LeagueXlsx, CompareExports.Xlsx(Pack)),
        ];

    /// <summary>What a user is told about the pack once written, e.g. "151 organisations, 2009-10".</summary>
    public string Summary =>
        $"{YearsViewBuilder.Count(Pack.League.Count, "organisation")}, "
        + $"{Pack.Year}{(Pack.IncludesSynthetic ? ", includes synthetic data" : "")}";
}
