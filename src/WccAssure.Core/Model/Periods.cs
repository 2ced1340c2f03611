using System.Globalization;

namespace WccAssure.Core.Model;

/// <summary>Periods are written "2008", "2008-09" or "2008/09"; the year they start in places them in time.</summary>
internal static class Periods
{
    public static int? StartYear(string period) =>
        period.Length >= 4
        && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && (period.Length == 4 || !char.IsDigit(period[4]))
            ? year
            : null;
}
