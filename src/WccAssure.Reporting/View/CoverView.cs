namespace WccAssure.Reporting.View;

/// <summary>
/// The cover of an issued report, as the panel's own report opens: the organisation, "World Class Commissioning
/// assurance, year 2009/10", the panel date in words ("May 2010"), the version and whether it is a draft or
/// final. Empty text where the assessment does not say (no panel date or version yet).
/// </summary>
internal sealed record CoverView(string Organisation, string Title, string PanelDate, string Version, string Issue)
{
    /// <summary>No cover: what <see cref="ReportView.Cover"/> holds until it is given.</summary>
    public static readonly CoverView None = new("", "", "", "", "");
}
