namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// Where wcc runs from decides only how the paths it prints read, never whether it finds its seeds: the program
/// reads its working folder once, at its entry point, and hands it down.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class WorkingFolderTests
{
    [Fact]
    public void Wcc_run_from_a_folder_without_seeds_finds_them_beside_itself_and_names_files_relative_to_that_folder()
    {
        var work = Path.Combine(Path.GetTempPath(), "wcc-elsewhere-" + Guid.NewGuid().ToString("N"));
        try
        {
            Scratch.CopyInto(
                Path.Combine(Wcc.Root, "tests", "fixtures", "broken"),
                Path.Combine(work, "tests", "fixtures", "broken")
            );
            var options = new RunOptions(work, TimeSpan.FromSeconds(30)) { Environment = { ["WCC_SEEDS"] = null } };

            var result = WccProcess
                .Run(options, "validate", "tests/fixtures/broken")
                .AssertExit(ExitCodes.InvalidInput);

            // Byte for byte what the same command prints from the repository root: the seeds were found, and every
            // file is named as the user named its folder, relative to where wcc ran.
            var expected = File.ReadAllText(Path.Combine(Wcc.Root, "tests", "fixtures", "broken.expected.txt"));
            Assert.Equal(expected, result.Output);
            Assert.False(Directory.Exists(Path.Combine(work, "seeds")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
