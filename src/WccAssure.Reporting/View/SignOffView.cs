namespace WccAssure.Reporting.View;

/// <summary>
/// The sign-off block at the end of an issued report: the panel chair and the date in words. An unknown part
/// is empty and the template prints a line to sign on: a chair's name is never invented.
/// </summary>
internal sealed record SignOffView(string Chair, string Date)
{
    /// <summary>Neither known: what <see cref="ReportView.SignOff"/> holds until it is given.</summary>
    public static readonly SignOffView None = new("", "");

    /// <summary>The chair is named; else the template prints a line to sign on.</summary>
    public bool HasChair => Chair.Length > 0;

    /// <summary>The date is known; else the template prints a line to date.</summary>
    public bool HasDate => Date.Length > 0;
}
