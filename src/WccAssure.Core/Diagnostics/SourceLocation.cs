namespace WccAssure.Core.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{Text.VisibleText.ShortenPath(File)}:{Line}:{Column}";
}
