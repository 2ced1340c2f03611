using System.Globalization;
using System.Net;

namespace WccAssure.Reporting.Pictures;

/// <summary>Small helpers for writing SVG by hand: invariant numbers and escaped text.</summary>
internal static class Svg
{
    /// <summary>
    /// A coordinate; the values drawn are finite by construction, and "NaN" must never reach a picture if one is not.
    /// </summary>
    public static string N(double value) =>
        double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "0";

    /// <summary>Text in a picture: markup escaped, and control and directional characters shown as escapes.</summary>
    public static string Text(string text) => WebUtility.HtmlEncode(Core.Text.VisibleText.ForReport(text));

    // The rating colours come from the one palette; these names keep the pictures' code short.
    public const string Red = View.Palette.Red;
    public const string Amber = View.Palette.Amber;
    public const string Green = View.Palette.Green;
    public const string Grey = View.Palette.None;
    public const string Ink = View.Palette.Ink;
    public const string Muted = View.Palette.Muted;
}
