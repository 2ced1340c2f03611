using System.Globalization;
using System.Text.RegularExpressions;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>
/// Dates and periods checked against the assessment year: a typing slip in a year (2019 for 2009, 2005-13) reads
/// as a valid number and moves a computed rate or a panel date silently, so each is a located finding.
/// </summary>
internal static partial class DateChecks
{
    /// <summary>Pooled periods (2003-05) span a few years; a longer "span" is a slip, e.g. a month written as
    /// 13.</summary>
    private const int LongestSpan = 5;

    /// <summary>A month (2010-05) or a day (2010-05-12) that exists, else null.</summary>
    public static DateTime? Parse(string text) =>
        DateTime.TryParseExact(
            text,
            ["yyyy-MM", "yyyy-MM-dd"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : null;

    /// <summary>
    /// Panels for a year sat between its first month (April) and the December after it ended; a date outside is
    /// possible only as a slip.
    /// </summary>
    public static void PanelDate(DateTime date, string text, string year, SourceLocation at, FindingSink findings)
    {
        if (Window(year) is { } window && (date < window.From || date > window.To))
        {
            findings.Warning(
                at,
                $"panelDate {NodeValues.Shorten(text)} is far from the assessment year {year}: its panels sat "
                    + $"between {window.From:yyyy-MM} and {window.To:yyyy-MM}; check the date"
            );
        }
    }

    /// <summary>An evidence item's date: written as panelDate is, and not after the year's panels.</summary>
    public static string? EvidenceDate(string? text, string year, SourceLocation at, FindingSink findings)
    {
        if (text is null)
        {
            return null;
        }

        if (Parse(text) is not { } date)
        {
            findings.Error(
                at,
                $"date '{NodeValues.Shorten(text)}' is not a date: write the month as YYYY-MM (2009-07) "
                    + "or the day as YYYY-MM-DD (2009-07-31)"
            );
            return null;
        }

        if (Window(year) is { } window && date > window.To)
        {
            findings.Warning(
                at,
                $"this evidence is dated {text}, after the {year} assessment and its panels "
                    + $"(by {window.To:yyyy-MM}): check the date"
            );
        }

        return text;
    }

    /// <summary>
    /// A period is a year (2008), a financial year (2008-09, 2008/09) or pooled years (2003-05); a second part
    /// that is not a later year within a few (2005-13, 2008-07) is a slip.
    /// </summary>
    public static void PeriodShape(string period, SourceLocation at, FindingSink findings)
    {
        var match = Span().Match(period);
        if (!match.Success)
        {
            return;
        }

        var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var endYear = match.Groups[2].Length == 4 ? end : start / 100 * 100 + end + (end < start % 100 ? 100 : 0);
        if (endYear <= start || endYear - start > LongestSpan)
        {
            findings.Error(
                at,
                $"period '{NodeValues.Shorten(period)}' is not a year (2005), a financial year (2005-06) or "
                    + "pooled years (2003-05): write it as one of those"
            );
        }
    }

    /// <summary>A measured value (a series point, a baseline) cannot be for a period after the assessment
    /// year.</summary>
    public static void Measured(SeriesPoint point, string year, string what, FindingSink findings)
    {
        if (
            Periods.StartYear(point.Period) is { } start
            && Periods.StartYear(year) is { } yearStart
            && start > yearStart + 1
        )
        {
            findings.Error(
                point.Location,
                $"{what} period {NodeValues.Shorten(point.Period)} is after the assessment year "
                    + $"{year}: it holds a value already measured; check the year"
            );
        }
    }

    /// <summary>A target is for a later period than its baseline, else no rate of change can be aspired to.</summary>
    public static void TargetAfterBaseline(SeriesPoint baseline, SeriesPoint target, FindingSink findings)
    {
        if (Periods.StartYear(baseline.Period) is { } from && Periods.StartYear(target.Period) is { } to && to <= from)
        {
            findings.Error(
                target.Location,
                $"the target period {NodeValues.Shorten(target.Period)} is not after the "
                    + $"baseline period {NodeValues.Shorten(baseline.Period)} (line {baseline.Location.Line}): "
                    + "a target is for a later period"
            );
        }
    }

    private static (DateTime From, DateTime To)? Window(string year) =>
        Periods.StartYear(year) is { } start ? (new DateTime(start, 4, 1), new DateTime(start + 1, 12, 31)) : null;

    [GeneratedRegex(@"^(\d{4})[-/](\d{2}|\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
