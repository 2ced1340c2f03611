using WccAssure.Core.Loading;

namespace WccAssure.Cli.Commands;

/// <summary>Finds the shipped seeds/ folder once per process.</summary>
internal static class Seeds
{
    public static SeedLibrary? Open(CommandIo io)
    {
        var directory = SeedLibrary.Locate();
        if (directory is null)
        {
            io.Error.WriteLine("wcc: cannot find the seeds/ folder (frameworks and organisation register); set WCC_SEEDS to its path");
            return null;
        }

        return new SeedLibrary(directory);
    }
}
