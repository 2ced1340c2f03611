namespace WccAssure.Reporting.Compare;

/// <summary>A column of a comparison sheet: its header in words and its set width in characters.</summary>
internal sealed record SheetColumn(string Header, double Width);
