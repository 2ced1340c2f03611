namespace WccAssure.Reporting.Compare;

/// <summary>
/// A sheet's filter range as a workbook-level defined name wants it ("'League'!$A$5:$AA$156"): Excel reads the
/// sheet's own auto-filter, LibreOffice only the defined name, so both are written.
/// </summary>
internal sealed record SheetFilter(string Sheet, string Range)
{
    public string Reference => $"'{Sheet.Replace("'", "''", StringComparison.Ordinal)}'!{Range}";
}
