using System.Globalization;
using System.Net;

namespace WccAssure.Reporting.Pictures;

/// <summary>Small helpers for writing SVG by hand: invariant numbers and escaped text.</summary>
internal static class Svg
{
    /// <summary>A coordinate; the values drawn are finite by construction, and "NaN" must never reach a picture if one is not.</summary>
    public static string N(double value) => double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "0";

    /// <summary>Text in a picture: markup escaped, and control and directional characters shown as escapes.</summary>
    public static string Text(string text) => WebUtility.HtmlEncode(Core.Text.VisibleText.ForReport(text));

    public const string Red = "#c0392b";
    public const string Amber = "#e69b00";
    public const string Green = "#2e8b57";
    public const string Grey = "#9aa5b1";
    public const string Ink = "#1f2933";

    public static string Colour(string rag) => rag switch
    {
        "red" => Red,
        "amber" => Amber,
        "green" => Green,
        _ => Grey,
    };
}
