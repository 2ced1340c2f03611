namespace WccAssure.Reporting.Rendering;

/// <summary>
/// A printed report, and the contents entries whose page number could not be written (empty when all were).
/// </summary>
internal sealed record PrintedPdf(byte[] Bytes, IReadOnlyList<string> Unnumbered);
