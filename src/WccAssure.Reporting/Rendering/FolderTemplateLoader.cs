using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Lets `include "name"` read partials from the templates folder and nowhere else: a name that resolves outside
/// it (../, an absolute path, a link or a linked subfolder leading out) is refused at the include, unread.
/// </summary>
internal sealed class FolderTemplateLoader(string directory) : ITemplateLoader
{
    private readonly Lazy<string?> root = new(() => TemplateFile.RealRoot(directory));

    /// <summary>A partial's real path as the templates folder names it, for a finding.</summary>
    public string Relative(string path) => root.Value is { } real ? Path.GetRelativePath(real, path) : path;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = TemplateFile.Locate(root.Value, templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' {TemplateFile.Outside}");
        return File.Exists(path) || Directory.Exists(path) ? path
            : throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': no such file in the templates folder");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var (text, problem) = TemplateFile.Read(templatePath);
        return text ?? throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetFileName(templatePath)}': {problem}");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
