using System.Globalization;
using System.Net;

namespace WccAssure.Reporting.Pictures;

/// <summary>Small helpers for writing SVG by hand: invariant numbers and escaped text.</summary>
internal static class Svg
{
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Text(string text) => WebUtility.HtmlEncode(text);

    // The rating colours come from the one palette; these names keep the pictures' code short.
    public const string Red = View.RagPalette.Red;
    public const string Amber = View.RagPalette.Amber;
    public const string Green = View.RagPalette.Green;
    public const string Grey = View.RagPalette.None;
    public const string Ink = View.RagPalette.Ink;
    public const string Muted = "#52606d";

    public static string Colour(string rag) => View.RagPalette.Strong(View.RagPalette.FromClass(rag));

    public static string TextOn(string rag) => View.RagPalette.TextOn(View.RagPalette.FromClass(rag));
}
