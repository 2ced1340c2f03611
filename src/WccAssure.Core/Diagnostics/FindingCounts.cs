namespace WccAssure.Core.Diagnostics;

/// <summary>How many errors and warnings a list of findings holds: the one place they are counted.</summary>
public readonly record struct FindingCounts(int Errors, int Warnings)
{
    /// <summary>Counts the errors and warnings among <paramref name="findings"/>.</summary>
    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        var (errors, warnings) = (0, 0);
        foreach (var finding in findings)
        {
            _ = finding.Severity == Severity.Error ? errors++ : warnings++;
        }

        return new FindingCounts(errors, warnings);
    }
}
