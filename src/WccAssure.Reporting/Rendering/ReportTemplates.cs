using System.Text.Encodings.Web;
using System.Text.Unicode;
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
    public const string HtmlTemplate = "report.html.sbn";
    public const string MarkdownTemplate = "report.md.sbn";
    public const string CompareTemplate = "compare.html.sbn";
    public const string ProvenanceHtmlTemplate = "provenance.html.sbn";
    public const string ProvenanceMarkdownTemplate = "provenance.md.sbn";
    public const string Stylesheet = "report.css";

    private static readonly TextEncoder Html = InertHtmlEncoder.Instance;
    private readonly Dictionary<string, Template> templates;
    private readonly FolderTemplateLoader loader;

    private ReportTemplates(string directory, Dictionary<string, Template> templates, string css, TemplateLimits limits)
    {
        Directory = directory;
        this.templates = templates;
        Css = css;
        Limits = limits;
        loader = new FolderTemplateLoader(directory);
    }

    public string Directory { get; }

    public string Css { get; }

    public TemplateLimits Limits { get; }

    /// <summary>Reads and parses the templates; every parse error is returned with its file, line and column.</summary>
    public static (ReportTemplates? Templates, IReadOnlyList<TemplateError> Errors) Load(string directory) =>
        Load(directory, TemplateLimits.Default);

    public static (ReportTemplates? Templates, IReadOnlyList<TemplateError> Errors) Load(
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

        var css = "";
        if (TemplateFile.Present(directory, Stylesheet))
        {
            var (stylesheet, problem) = TemplateFile.Read(root, Stylesheet);
            if (stylesheet is null)
            {
                errors.Add(new TemplateError(Display(directory, Stylesheet), 1, 1, problem!));
            }

            css = stylesheet ?? "";
        }

        return errors.Count > 0 ? (null, errors) : (new ReportTemplates(directory, parsed, css, limits), []);
    }

    public (string? Output, TemplateError? Error) RenderHtml(ReportView view) =>
        Render(HtmlTemplate, view, OutputFormat.Html, Html);

    public (string? Output, TemplateError? Error) RenderMarkdown(ReportView view) =>
        Render(MarkdownTemplate, view, OutputFormat.Markdown, MarkdownTextEncoder.Instance);

    /// <summary>The provenance annex, a document of its own beside the report.</summary>
    public (string? Output, TemplateError? Error) RenderProvenanceHtml(ReportView view) =>
        Render(ProvenanceHtmlTemplate, view, OutputFormat.Html, Html);

    public (string? Output, TemplateError? Error) RenderProvenanceMarkdown(ReportView view) =>
        Render(ProvenanceMarkdownTemplate, view, OutputFormat.Markdown, MarkdownTextEncoder.Instance);

    public (string? Output, TemplateError? Error) RenderCompare(Compare.CompareView view) =>
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
