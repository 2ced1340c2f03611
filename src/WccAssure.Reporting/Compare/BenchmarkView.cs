namespace WccAssure.Reporting.Compare;

/// <summary>
/// One indicator of the national benchmark data set (--benchmarks), a row of the outcome benchmarks table in
/// compare.html.sbn. Rates are compound annual growth rates, % a year to one place, "n/a" when not computable.
/// </summary>
/// <param name="Indicator">The indicator's name from the framework's catalogue.</param>
/// <param name="Direction">The indicator's polarity in words: "higher is better" or "lower is better".</param>
/// <param name="Years">The first and last periods the rates span, e.g. "2005–2008".</param>
/// <param name="Organisations">How many organisations have a rate, as text.</param>
/// <param name="National">England's published rate where the data set has one, else pooled over organisations.</param>
/// <param name="TopDecile">The 90th percentile of every organisation's rate, ranked so that better is higher.</param>
/// <param name="LowerQuartile">The 25th percentile, on the same ranking.</param>
/// <param name="Median">The 50th percentile, on the same ranking.</param>
/// <param name="UpperQuartile">The 75th percentile, on the same ranking.</param>
internal sealed record BenchmarkView(
    string Indicator,
    string Direction,
    string Years,
    string Organisations,
    string National,
    string TopDecile,
    string LowerQuartile,
    string Median,
    string UpperQuartile
);
