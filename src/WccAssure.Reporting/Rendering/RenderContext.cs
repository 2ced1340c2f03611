using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// One render of one template. Every value a template writes is escaped for the output format unless it is
/// <see cref="TrustedText"/> for that format; the template's own literal text is written as it is. Strings a
/// template builds are bounded by the character limit, so doubling a string fails instead of exhausting memory.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    private readonly OutputFormat format;
    private readonly TextEncoder encoder;
    private readonly int characters;

    public RenderContext(
        OutputFormat format,
        TextEncoder encoder,
        TemplateLimits limits,
        ITemplateLoader loader,
        CancellationToken budget
    )
        : base(TemplateBuiltins.Shared)
    {
        this.format = format;
        this.encoder = encoder;
        characters = limits.Characters;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        AutoIndent = false;
        IndentOnEmptyLines = false;
        NewLine = "\n";
        LoopLimit = limits.LoopSteps;
        RecursiveLimit = limits.Depth;
        LimitToString = limits.Characters;
        TemplateLoader = loader;
        CancellationToken = budget;
    }

    /// <summary>
    /// Scriban counts captured text towards its output limit too, and past the limit it drops later output without
    /// a word. Its flag for that is private; read here (no reflection per write) so the cut becomes an error. A
    /// Scriban that renamed the field fails at the first render, and a test pins it.
    /// </summary>
    public bool OutputWasCut => OutputCutFlag(this);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_hasOutputLimitEllipsis")]
    internal static extern ref bool OutputCutFlag(TemplateContext context);

    public string OutputLimitMessage =>
        $"the output, with any captured text, is longer than {characters:N0} characters (the limit on a template's "
        + $"output)";

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (OutputWasCut)
        {
            throw new ScriptRuntimeException(span, OutputLimitMessage);
        }

        if (textAsObject is TrustedText trusted && trusted.Format == format)
        {
            Write(trusted.ToString());
        }
        else if (ObjectToString(textAsObject) is { } text)
        {
            Write(encoder.Encode(text));
        }

        return this;
    }

    /// <summary>
    /// Scriban cuts a string at LimitToString and appends "..."; here reaching the limit is an error.
    /// </summary>
    public override string? ObjectToString(object? value, bool nested = false)
    {
        var text = base.ObjectToString(value, nested);
        return text is not null && text.Length >= characters
            ? throw new ScriptRuntimeException(
                CurrentSpan,
                $"a string of more than {characters:N0} characters (the limit on a template's text)"
            )
            : text;
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewAccessor.IsView(target.GetType()) ? ViewAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
