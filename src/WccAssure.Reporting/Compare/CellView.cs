namespace WccAssure.Reporting.Compare;

/// <summary>A heatmap or matrix cell: its text, the value to sort by, and its colour class.</summary>
internal sealed record CellView(string Text, string Sort, string CssClass);
