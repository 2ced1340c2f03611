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

    // Fills that carry text meet WCAG 2.1 AA (4.5:1) with the text colour TextOn gives them.
    public const string Red = "#c0392b";
    public const string Amber = "#e69b00";
    public const string Green = "#2a7f50";
    public const string Grey = "#616e7c";
    public const string Ink = "#1f2933";
    public const string Muted = "#52606d";

    public static string Colour(string rag) => rag switch
    {
        "red" => Red,
        "amber" => Amber,
        "green" => Green,
        _ => Grey,
    };

    /// <summary>White on amber is 2.3:1, so amber carries dark text; the others carry white.</summary>
    public static string TextOn(string rag) => rag == "amber" ? Ink : "#fff";
}
