namespace WccAssure.Reporting.View;

/// <summary>One marker in a grid cell (● □ ✓ ◆), its word, and the mark of the rating it shows.</summary>
internal sealed record MarkGlyph(string Symbol, string Word, ValueMark Mark);
