namespace WccAssure.Core.Panel;

/// <summary>
/// What the panel's workbook changes in one measure of one file: the rating as the file writes it ("3", "amber")
/// and the rationale's text; null leaves that value as it is.
/// </summary>
internal sealed record MeasureEdit(string MeasureId, string? Rating, string? Rationale);
