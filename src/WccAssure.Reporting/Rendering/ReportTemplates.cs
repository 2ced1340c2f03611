using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// The report templates (templates/ or --templates DIR), parsed once and rendered many times. Strict mode:
/// an unknown variable or filter fails and is located by template file and line.
/// </summary>
public sealed partial class ReportTemplates
{
    public const string HtmlTemplate = "report.html.liquid";
    public const string MarkdownTemplate = "report.md.liquid";
    public const string CompareTemplate = "compare.html.liquid";
    public const string Stylesheet = "report.css";

    private static readonly FluidParser Parser = new();
    private static readonly TextEncoder Html = InertHtmlEncoder.Instance;
    private readonly Dictionary<string, (IFluidTemplate Template, string[] Lines)> templates;
    private readonly TemplateOptions options;

    private ReportTemplates(string directory, Dictionary<string, (IFluidTemplate, string[])> templates, string css)
    {
        Directory = directory;
        this.templates = templates;
        Css = css;
        options = new TemplateOptions { StrictVariables = true, StrictFilters = true, MaxRecursion = 20, MaxSteps = 5_000_000 };
        var viewNamespaces = new[] { typeof(ReportView).Namespace, typeof(Compare.CompareView).Namespace };
        foreach (var type in typeof(ReportView).Assembly.GetTypes().Where(t => viewNamespaces.Contains(t.Namespace) && t.IsPublic))
        {
            options.MemberAccessStrategy.Register(type);
        }
    }

    public string Directory { get; }

    public string Css { get; }

    /// <summary>Reads and parses the templates; every parse error is returned with its file and line.</summary>
    public static (ReportTemplates? Templates, IReadOnlyList<TemplateError> Errors) Load(string directory)
    {
        var errors = new List<TemplateError>();
        var parsed = new Dictionary<string, (IFluidTemplate, string[])>(StringComparer.Ordinal);
        foreach (var name in new[] { HtmlTemplate, MarkdownTemplate, CompareTemplate })
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                errors.Add(new TemplateError(Display(directory, name), 1, "template not found"));
                continue;
            }

            var source = File.ReadAllText(path);
            if (Parser.TryParse(source, out var template, out var error))
            {
                parsed[name] = (template, source.Split('\n'));
            }
            else
            {
                errors.Add(new TemplateError(Display(directory, name), LineOf(error), error));
            }
        }

        var cssPath = Path.Combine(directory, Stylesheet);
        var css = File.Exists(cssPath) ? File.ReadAllText(cssPath) : "";
        return errors.Count > 0 ? (null, errors) : (new ReportTemplates(directory, parsed, css), []);
    }

    public (string? Output, TemplateError? Error) RenderHtml(ReportView view) => Render(HtmlTemplate, view, Html);

    public (string? Output, TemplateError? Error) RenderMarkdown(ReportView view) => Render(MarkdownTemplate, view, MarkdownTextEncoder.Instance);

    public (string? Output, TemplateError? Error) RenderCompare(Compare.CompareView view) => Render(CompareTemplate, view, Html);

    private (string? Output, TemplateError? Error) Render(string name, object view, TextEncoder encoder)
    {
        var (template, lines) = templates[name];
        try
        {
            var context = new TemplateContext(view, options, allowModelMembers: true);
            return (template.Render(context, encoder), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A template is code supplied by the user (--templates): whatever it throws is its error, located.
            return (null, new TemplateError(Display(Directory, name), Locate(e.Message, lines), e.Message));
        }
    }

    /// <summary>Fluid names the undefined variable or filter but not its line; the first use in the file is the likely culprit.</summary>
    private static int Locate(string message, string[] lines)
    {
        var name = QuotedName().Match(message);
        if (!name.Success)
        {
            return 1;
        }

        var pattern = new Regex($@"[{{%][^}}%]*\b{Regex.Escape(name.Groups[1].Value)}\b");
        var index = Array.FindIndex(lines, line => pattern.IsMatch(line));
        return index < 0 ? 1 : index + 1;
    }

    private static int LineOf(string error) => ParsePosition().Match(error) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;

    private static string Display(string directory, string name) => Path.Combine(directory, name).Replace('\\', '/');

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ParsePosition();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
