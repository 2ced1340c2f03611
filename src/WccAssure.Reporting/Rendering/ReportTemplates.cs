using System.Text.Encodings.Web;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// The report templates (templates/ or --templates DIR) in Scriban's own language, parsed once and rendered many
/// times, each render in a fresh context. Strict: an undefined variable or a misspelt member is an error, located
/// by file, line and column, and so is a breach of the <see cref="TemplateLimits"/>.
/// </summary>
public sealed class ReportTemplates
{
    /// <summary>Renders report.html (and the page --pdf prints) from a <see cref="ReportView"/>.</summary>
    public const string HtmlTemplate = "report.html.sbn";

    /// <summary>Renders report.md from a <see cref="ReportView"/>.</summary>
    public const string MarkdownTemplate = "report.md.sbn";

    /// <summary>Renders the comparison pack's compare.html from a <see cref="Compare.CompareView"/>.</summary>
    public const string CompareTemplate = "compare.html.sbn";

    /// <summary>Renders the provenance annex, provenance.html, from a <see cref="ReportView"/>.</summary>
    public const string ProvenanceHtmlTemplate = "provenance.html.sbn";

    /// <summary>Renders provenance.md from a <see cref="ReportView"/>.</summary>
    public const string ProvenanceMarkdownTemplate = "provenance.md.sbn";

    /// <summary>The stylesheet the HTML templates inline as <c>{{ css }}</c>; optional.</summary>
    public const string Stylesheet = "report.css";

    /// <summary>The comparison page's own rules, written after <see cref="Stylesheet"/> (compare.html.sbn).</summary>
    public const string CompareStylesheet = "compare.css";

    private static readonly TextEncoder Html = InertHtmlEncoder.Instance;
    private readonly Dictionary<string, Template> templates;
    private readonly FolderTemplateLoader loader;

    private ReportTemplates(
        string directory,
        Dictionary<string, Template> templates,
        (string Report, string Compare) css,
        TemplateLimits limits
    )
    {
        Directory = directory;
        this.templates = templates;
        (Css, CompareCss) = css;
        Limits = limits;
        loader = new FolderTemplateLoader(directory);
    }

    /// <summary>The folder the templates were read from, as given; template errors name files under it.</summary>
    public string Directory { get; }

    /// <summary>report.css as read, or empty where the templates folder has none: every HTML page inlines it.</summary>
    public string Css { get; }

    /// <summary>compare.css as read, or empty where the templates folder has none.</summary>
    public string CompareCss { get; }

    /// <summary>The bounds every render of these templates keeps to.</summary>
    internal TemplateLimits Limits { get; }

    /// <summary>Reads and parses the templates; every parse error is returned with its file, line and column.</summary>
    public static (ReportTemplates? Templates, IReadOnlyList<TemplateError> Errors) Load(string directory) =>
        Load(directory, TemplateLimits.Default);

    /// <summary>
    /// As <see cref="Load(string)"/>, with other bounds on each render. Either the templates or their errors, never
    /// both: a missing template, one that cannot be read and every parse error each give one.
    /// </summary>
    internal static (ReportTemplates? Templates, IReadOnlyList<TemplateError> Errors) Load(
        string directory,
        TemplateLimits limits
    )
    {
        var errors = new List<TemplateError>();
        var root = TemplateFile.RealRoot(directory);
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (
            var name in new[]
            {
                HtmlTemplate,
                MarkdownTemplate,
                CompareTemplate,
                ProvenanceHtmlTemplate,
                ProvenanceMarkdownTemplate,
            }
        )
        {
            if (!TemplateFile.Present(directory, name))
            {
                errors.Add(new TemplateError(Display(directory, name), 1, 1, "template not found"));
                continue;
            }

            var (source, problem) = TemplateFile.Read(root, name);
            if (source is null)
            {
                errors.Add(new TemplateError(Display(directory, name), 1, 1, problem!));
                continue;
            }

            var template = Template.Parse(source, name);
            if (template.HasErrors)
            {
                errors.AddRange(
                    template
                        .Messages.Where(m => m.Type == ParserMessageType.Error)
                        .Select(m => new TemplateError(
                            Display(directory, name),
                            m.Span.Start.Line + 1,
                            m.Span.Start.Column + 1,
                            m.Message
                        ))
                );
            }
            else
            {
                parsed[name] = template;
            }
        }

        var css = (
            ReadStylesheet(directory, root, Stylesheet, errors),
            ReadStylesheet(directory, root, CompareStylesheet, errors)
        );
        return errors.Count > 0 ? (null, errors) : (new ReportTemplates(directory, parsed, css, limits), []);
    }

    /// <summary>A stylesheet is optional: a folder without one gives pages without its rules, not an error.</summary>
    private static string ReadStylesheet(string directory, string? root, string name, List<TemplateError> errors)
    {
        if (!TemplateFile.Present(directory, name))
        {
            return "";
        }

        var (stylesheet, problem) = TemplateFile.Read(root, name);
        if (stylesheet is null)
        {
            errors.Add(new TemplateError(Display(directory, name), 1, 1, problem!));
        }

        return stylesheet ?? "";
    }

    /// <summary>The report page, or the located error that stopped it (exactly one of the two is null).</summary>
    internal (string? Output, TemplateError? Error) RenderHtml(ReportView view) =>
        Render(HtmlTemplate, view, OutputFormat.Html, Html);

    /// <summary>
    /// The Markdown report as the template writes it (<see cref="RenderedReport"/> then collapses runs of blank
    /// lines), or the error that stopped it.
    /// </summary>
    internal (string? Output, TemplateError? Error) RenderMarkdown(ReportView view) =>
        Render(MarkdownTemplate, view, OutputFormat.Markdown, MarkdownTextEncoder.Instance);

    /// <summary>The provenance annex, a document of its own beside the report.</summary>
    internal (string? Output, TemplateError? Error) RenderProvenanceHtml(ReportView view) =>
        Render(ProvenanceHtmlTemplate, view, OutputFormat.Html, Html);

    /// <summary>The provenance annex as Markdown, or the error that stopped it.</summary>
    internal (string? Output, TemplateError? Error) RenderProvenanceMarkdown(ReportView view) =>
        Render(ProvenanceMarkdownTemplate, view, OutputFormat.Markdown, MarkdownTextEncoder.Instance);

    /// <summary>The comparison pack's page, or the error that stopped it.</summary>
    internal (string? Output, TemplateError? Error) RenderCompare(Compare.CompareView view) =>
        Render(CompareTemplate, view, OutputFormat.Html, Html);

    private (string? Output, TemplateError? Error) Render(
        string name,
        object view,
        OutputFormat format,
        TextEncoder encoder
    )
    {
        using var budget = new CancellationTokenSource(Limits.Time);
        var context = new RenderContext(format, encoder, Limits, loader, budget.Token);
        using var output = new BoundedOutput(Limits.Characters);
        context.PushOutput(output);
        context.PushGlobal(Model(view));
        try
        {
            templates[name].Render(context);
            return context.OutputWasCut
                ? (null, new TemplateError(Display(Directory, name), 1, 1, context.OutputLimitMessage))
                : (output.ToString(), null);
        }
        catch (ScriptAbortException e)
        {
            return (
                null,
                Error(name, e.Span, $"the template ran longer than its time budget of {Limits.Time.TotalSeconds:0.#} s")
            );
        }
        catch (ScriptParserRuntimeException e)
        {
            // A partial that does not parse: its own first error, in its own file.
            var first = e.ParserMessages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
            return (
                null,
                first is null ? Error(name, e.Span, e.OriginalMessage) : Error(name, first.Span, first.Message)
            );
        }
        catch (ScriptRuntimeException e)
        {
            return (null, Error(name, e.Span, e.OriginalMessage));
        }
    }

    /// <summary>
    /// The view's members become the template's top-level variables, named as the accessor names them.
    /// </summary>
    private static ScriptObject Model(object view)
    {
        var accessor = ViewAccessor.For(view.GetType());
        var model = new ScriptObject(accessor.Members.Count);
        foreach (var member in accessor.Members)
        {
            model.Add(member, accessor.Get(view, member));
        }

        return model;
    }

    private TemplateError Error(string name, SourceSpan span, string message)
    {
        // A span in a partial names the partial's full path (from the loader); show it inside the templates folder.
        var file = string.IsNullOrEmpty(span.FileName) || span.FileName == name ? name : loader.Relative(span.FileName);
        return new TemplateError(
            Display(Directory, file),
            Math.Max(span.Start.Line, 0) + 1,
            Math.Max(span.Start.Column, 0) + 1,
            message
        );
    }

    private static string Display(string directory, string name) => Path.Combine(directory, name).Replace('\\', '/');
}
