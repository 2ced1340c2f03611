using System.Collections.Concurrent;
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

    /// <summary>A partial parsed from the very text read earlier, by path; shared by every render of the run.</summary>
    private readonly ConcurrentDictionary<string, (string Text, Template Template)> parsed = new(
        StringComparer.Ordinal
    );

    /// <summary>A partial's real path as the templates folder names it, for a finding.</summary>
    public string Relative(string path) => root.Value is { } real ? Path.GetRelativePath(real, path) : path;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = TemplateFile.Locate(root.Value, templateName)
            ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' {TemplateFile.Outside}");
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new ScriptRuntimeException(
                callerSpan,
                $"include '{templateName}': no such file in the templates folder"
            );
        }

        Reuse(context, path);
        return path;
    }

    /// <summary>
    /// Scriban parses an included partial once per render (its cache lives in the render's context), which was
    /// 302 parses of report-words.sbn in a national run, 2.4% of its processor time. The partial is still read at
    /// every include, as before, and a parse is only reused for exactly the text it was parsed from; one with
    /// errors is left to Scriban's include, which reports them as it always has.
    /// </summary>
    private void Reuse(TemplateContext context, string path)
    {
        if (context.CachedTemplates.ContainsKey(path) || TemplateFile.Read(path).Text is not { } text)
        {
            return;
        }

        if (!parsed.TryGetValue(path, out var known) || known.Text != text)
        {
            var template = Template.Parse(
                text,
                path,
                context.TemplateLoaderParserOptions,
                context.TemplateLoaderLexerOptions
            );
            if (template.HasErrors)
            {
                return;
            }

            known = (text, template);
            parsed[path] = known;
        }

        context.CachedTemplates[path] = known.Template;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var (text, problem) = TemplateFile.Read(templatePath);
        return text
            ?? throw new ScriptRuntimeException(callerSpan, $"include '{Path.GetFileName(templatePath)}': {problem}");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
