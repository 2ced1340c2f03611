using WccAssure.Core.Diagnostics;

namespace WccAssure.Cli.Commands;

/// <summary>Prints findings one per line as file:line:column: severity: message, the form editors can jump to.</summary>
internal static class FindingPrinter
{
    public static void Print(IEnumerable<Finding> findings, TextWriter writer)
    {
        foreach (var finding in findings)
        {
            writer.WriteLine(finding.ToString());
        }
    }
}
