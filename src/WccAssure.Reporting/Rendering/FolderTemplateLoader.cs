using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Lets `include "name"` read partials from the templates folder and nowhere else: a name that resolves outside
/// it (../, an absolute path, a link leading out) is refused at the include.
/// </summary>
internal sealed class FolderTemplateLoader : ITemplateLoader
{
    private readonly string root;

    public FolderTemplateLoader(string directory)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Path.GetFullPath(Path.Combine(root, templateName));
        if (!Inside(path) || (File.Exists(path) && new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } target && !Inside(target.FullName)))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is outside the templates folder; partials must live in it");
        }

        return File.Exists(path) ? path : throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file in the templates folder");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var (text, problem) = TemplateFile.Read(templatePath);
        return text ?? throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetFileName(templatePath)}': {problem}");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private bool Inside(string path) => path.StartsWith(root, StringComparison.Ordinal);
}
