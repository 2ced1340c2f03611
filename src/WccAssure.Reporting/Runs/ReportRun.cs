using WccAssure.Core.Benchmarks;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Results;
using WccAssure.Reporting.Output;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// Renders every output of a batch in memory (HTML, Markdown, scorecard CSV, PDF when asked, the comparison
/// pack) and then writes each output folder as a whole. A report that cannot be rendered is named and left out;
/// the others are still written. The run's environment gives the Chromium that prints, where the pack's folders are
/// shown from, and the stage timer.
/// </summary>
public sealed class ReportRun(ReportTemplates templates, RunEnvironment environment)
{
    /// <summary>The templates every report and the pack of the run are rendered with.</summary>
    public ReportTemplates Templates { get; } = templates;

    /// <summary>
    /// The templates of a run: a user's folder, else the environment's (those shipped beside seeds/); their errors at
    /// their places.
    /// </summary>
    public static (ReportTemplates? Templates, IReadOnlyList<TemplateError> Errors) LoadTemplates(
        string? directory,
        RunEnvironment environment
    ) => ReportTemplates.Load(directory ?? environment.TemplatesFolder);

    /// <summary>Renders the batch; <paramref name="printed"/> is called once per PDF printed.</summary>
    public async Task<RenderedBatch> RenderAsync(
        IReadOnlyList<AssessmentScore> scores,
        ReportRequest request,
        BenchmarkTable? benchmarks = null,
        Action? printed = null
    )
    {
        // The pack's spreadsheet is CPU work independent of the reports, so it is built while they render.
        var packing = request.CompareDirectory is { } compare
            ? Task.Run(() =>
                new PackRequest(null, null, compare) { ShownFrom = environment.BaseFolder }.Render(
                    scores,
                    benchmarks,
                    Templates
                )
            )
            : null;
        var errors = new List<TemplateError>();
        var problems = new List<string>();
        var reports = new List<RenderedReport>();
        var rendered = OrderedParallel.Map(scores, s =>
            RenderedReport.Render(s, Templates, request.Audience, request.Evidence, request.Docx)
        );
        for (var i = 0; i < scores.Count; i++)
        {
            var (score, (report, error)) = (scores[i], rendered[i]);
            if (error is not null)
            {
                errors.Add(error);
                problems.Add($"the report of {score.Assessment.Folder} could not be rendered, so it was not written");
            }
            else
            {
                reports.Add(report!);
                if (report!.DocxProblem is { } docx)
                {
                    problems.Add($"the Word report of {score.Assessment.Folder} was not written: {docx}");
                }
            }
        }

        environment.Timings?.Mark("render reports");
        var pdfs = request.Pdf
            ? await PrintAsync(reports, problems, printed ?? (() => { })).ConfigureAwait(false)
            : null;
        var folders = reports
            .Select(r => new OutputFolder(
                Path.Combine(request.OutputDirectory, r.Name),
                [.. r.Files(), .. Printed(pdfs, r.Name)]
            ))
            .ToList();
        var pack = packing is null ? null : await packing.ConfigureAwait(false);
        if (pack?.Folder is { } packFolder)
        {
            folders.Add(packFolder);
        }

        errors.AddRange(pack?.Errors ?? []);
        environment.Timings?.Mark("PDF and comparison pack");
        return new RenderedBatch(folders, errors, problems) { Pack = pack };
    }

    private static IEnumerable<OutputFile> Printed(IReadOnlyDictionary<string, byte[]>? pdfs, string report) =>
        pdfs?.GetValueOrDefault(report) is { } pdf ? [new OutputFile(OutputNames.ReportPdf, pdf)] : [];

    /// <summary>
    /// Writes each folder as a whole, two or more at a time (writing is mostly waiting on the file system). A folder
    /// that cannot be written keeps its previous content and is named in the problems; the others are written.
    /// </summary>
    public static WrittenFolders Write(
        IReadOnlyList<OutputFolder> folders,
        Action? written = null,
        StageTimer? timings = null
    )
    {
        var problems = new string?[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            try
            {
                folders[i].Write();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems[i] = $"cannot write the output: {e.Message}";
            }

            written?.Invoke();
        });
        timings?.Mark("write");
        return new WrittenFolders([.. folders.Where((_, i) => problems[i] is null)], [.. problems.OfType<string>()]);
    }

    /// <summary>
    /// Each report's PDF by report name, or null with the reason added to problems; the other outputs do not depend on
    /// it.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, byte[]>?> PrintAsync(
        IReadOnlyList<RenderedReport> reports,
        List<string> problems,
        Action printed
    )
    {
        if (PdfPrinter.FindChromium(environment.Chromium) is not { } chromium)
        {
            problems.Add(PdfPrinter.InstallHint);
            return null;
        }

        try
        {
            await using var printer = await PdfPrinter.StartAsync(chromium).ConfigureAwait(false);

            // The printer's page pool (Rendering/Pdf/PrintPages.cs) decides how many print at once; others wait.
            var pdfs = await Task.WhenAll(
                    reports.Select(async report =>
                    {
                        try
                        {
                            return (report.Name, Pdf: await printer.PrintAsync(report.Html).ConfigureAwait(false));
                        }
                        finally
                        {
                            printed();
                        }
                    })
                )
                .ConfigureAwait(false);
            problems.AddRange(
                pdfs.Where(p => p.Pdf.Unnumbered.Count > 0)
                    .Select(p =>
                        $"the contents of {p.Name}/{OutputNames.ReportPdf} have no page number for "
                        + string.Join(", ", p.Pdf.Unnumbered)
                    )
            );
            return pdfs.ToDictionary(p => p.Name, p => p.Pdf.Bytes, StringComparer.Ordinal);
        }
        catch (Exception e)
            when (e is PuppeteerSharp.PuppeteerException or IOException or TimeoutException or InvalidOperationException
            )
        {
            problems.Add($"PDF printing failed: {e.Message}. {PdfPrinter.InstallHint}");
            return null;
        }
    }
}
