using WccAssure.Core.Comparison;
using WccAssure.Reporting.Compare;

namespace WccAssure.Reporting.Tests.Accessibility;

/// <summary>Rendered pages against axe-core's WCAG 2.1 AA rules at a desktop width, in a real browser.</summary>
[Trait(Tier.Name, Tier.Slow)]
public class AccessibilityTests
{
    private const int Desktop = 1280;

    [SkippableFact]
    public async Task The_audit_reports_an_image_without_alternative_text_and_unreadable_contrast()
    {
        Skip.If(AxeAudit.Unavailable, "chromium not installed");
        const string page = """
            <!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p style="color:#ffffff;background:#ffcc00">Low contrast</p></main></body></html>
            """;

        var violations = await AxeAudit.RunAsync(page, Desktop);

        Assert.Equal(["color-contrast", "image-alt"], violations.Select(v => v.Id).Order(StringComparer.Ordinal));
        var image = Assert.Single(violations.Single(v => v.Id == "image-alt").Nodes);
        Assert.Equal(["img"], image.Target);
        Assert.StartsWith("<img", image.Html, StringComparison.Ordinal);
        Assert.Contains("image-alt", AxeAudit.Describe(violations), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_clean_page_has_no_violations()
    {
        Skip.If(AxeAudit.Unavailable, "chromium not installed");
        const string page = """
            <!doctype html><html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1>
            <p style="color:#1a1a1a;background:#ffffff">Readable text.</p></main></body></html>
            """;

        var violations = await AxeAudit.RunAsync(page, Desktop);

        Assert.True(violations.Count == 0, AxeAudit.Describe(violations));
    }

    [SkippableFact]
    public async Task The_south_staffordshire_panel_report_passes() =>
        await AssertPasses(Fixture.Render("assessments/south-staffordshire/2009-10").Html);

    [SkippableFact]
    public async Task The_south_staffordshire_provenance_annex_passes() =>
        await AssertPasses(Fixture.Render("assessments/south-staffordshire/2009-10").ProvenanceHtml);

    [SkippableFact]
    public async Task The_author_edition_passes() =>
        await AssertPasses(Fixture.Render("assessments/south-staffordshire/2009-10", View.ReportAudience.Author).Html);

    [SkippableFact]
    public async Task A_self_assessment_draft_report_passes() =>
        await AssertPasses(Fixture.Render("assessments/stockport/2009-10").Html);

    [SkippableFact]
    public async Task The_comparison_page_of_the_real_assessments_passes()
    {
        var folders = Directory
            .GetDirectories(Path.Combine(Fixture.Root, "assessments"))
            .SelectMany(Directory.GetDirectories)
            .Select(f => Path.GetRelativePath(Fixture.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var pack = ComparisonBuilder.Build([.. folders.Select(Fixture.Score)], null, null, null);
        var (html, error) = Fixture.Templates.RenderCompare(CompareViewBuilder.Build(pack, Fixture.Templates));
        Assert.Null(error);
        await AssertPasses(html!);
    }

    private static async Task AssertPasses(string html)
    {
        Skip.If(AxeAudit.Unavailable, "chromium not installed");
        var violations = await AxeAudit.RunAsync(html, Desktop);
        Assert.True(violations.Count == 0, AxeAudit.Describe(violations));
    }
}
