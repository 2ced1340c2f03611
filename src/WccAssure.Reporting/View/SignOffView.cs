namespace WccAssure.Reporting.View;

/// <summary>
/// The sign-off block at the end of an issued report: the panel chair and the date in words. An unknown part
/// is empty and the template prints a line to sign on: a chair's name is never invented.
/// </summary>
public sealed record SignOffView(string Chair, string Date)
{
    public static readonly SignOffView None = new("", "");

    public bool HasChair => Chair.Length > 0;

    public bool HasDate => Date.Length > 0;
}
