namespace WccAssure.Reporting.Tests;

/// <summary>
/// Approved-file snapshots (the registry here has no Verify): the output must equal the approved file under
/// Snapshots/. On a difference the new output is written beside it as .received for review; set
/// WCC_UPDATE_SNAPSHOTS=1 to accept it.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var directory = Path.Combine(Fixture.Root, "tests", "WccAssure.Reporting.Tests", "Snapshots");
        var approved = Path.Combine(directory, name);
        var received = approved + ".received";
        if (Environment.GetEnvironmentVariable("WCC_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approved, actual);
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(
            expected is null
                ? $"no approved snapshot {name}; review {received} and rerun with WCC_UPDATE_SNAPSHOTS=1"
                : $"{name} differs from its approved snapshot at line {FirstDifference(expected, actual)}; review "
                    + $"{received}"
        );
    }

    private static int FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
