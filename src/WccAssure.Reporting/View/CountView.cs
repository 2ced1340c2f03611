namespace WccAssure.Reporting.View;

/// <summary>A count the overview states, its mark, and (author edition) where the source states it.</summary>
internal sealed record CountView(string Text, ValueMark Mark, string Cite);
