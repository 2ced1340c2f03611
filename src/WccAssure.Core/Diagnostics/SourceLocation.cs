namespace WccAssure.Core.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>The start of <paramref name="file"/>, for a finding about the file as a whole.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>"file:line:column", as editors and compilers write it, with an overlong path shortened.</summary>
    public override string ToString() => $"{Text.VisibleText.ShortenPath(File)}:{Line}:{Column}";
}
