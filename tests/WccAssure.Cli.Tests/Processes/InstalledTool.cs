namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// `wcc` packed and installed as the README says, once for all the tests that use it: `dotnet pack` (which packs
/// the pointer package, the native linux-x64 one and the portable one) and `dotnet tool install` into a tool path
/// of this fixture's own, never the machine's global tools. It works on a copy of the sources, so packing never
/// rebuilds the binaries the other tests are running.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    /// <summary>
    /// The native compile alone takes two to three minutes on a 2-core machine, longer beside other tests.
    /// </summary>
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(20);

    public InstalledTool()
    {
        var sources = Path.Combine(Work, "source");
        foreach (var part in new[] { "src", "seeds", "templates" })
        {
            Copy(Path.Combine(Wcc.Root, part), Path.Combine(sources, part));
        }

        foreach (
            var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" }
        )
        {
            File.Copy(Path.Combine(Wcc.Root, file), Path.Combine(sources, file));
        }

        var dotnet = new RunOptions(Work, PackLimit) { Environment = Isolated() };
        Pack = WccProcess.Other(
            "dotnet",
            dotnet,
            "pack",
            Path.Combine(sources, "src", "WccAssure.Cli"),
            "-c",
            "Release",
            "-o",
            Packages,
            "--disable-build-servers"
        );
        if (Pack.Code == 0)
        {
            Install = WccProcess.Other(
                "dotnet",
                dotnet with
                {
                    Limit = TimeSpan.FromMinutes(3),
                },
                "tool",
                "install",
                "WccAssure.Tool",
                "--tool-path",
                Tools,
                "--add-source",
                Packages
            );
        }
    }

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "wcc-tool-" + Guid.NewGuid().ToString("N"));

    public string Packages => Path.Combine(Work, "packages");

    public string Tools => Path.Combine(Work, "tools");

    internal ProcessResult Pack { get; }

    internal ProcessResult? Install { get; }

    /// <summary>The installed command, after checking that packing and installing worked.</summary>
    public string Program
    {
        get
        {
            Assert.True(Pack.Code == 0, Pack.Describe());
            Assert.True(Install is { Code: 0 }, Install?.Describe());
            return Path.Combine(Tools, OperatingSystem.IsWindows() ? "wcc.exe" : "wcc");
        }
    }

    /// <summary>
    /// Where the installed package's files are: the native one on Linux x64, the portable one elsewhere.
    /// </summary>
    public string PackageFolder(string rid) =>
        Path.Combine(Tools, ".store", "wccassure.tool", "1.0.0", $"wccassure.tool.{rid}", "1.0.0", "tools", "any", rid);

    public void Dispose()
    {
        if (Directory.Exists(Work))
        {
            Directory.Delete(Work, recursive: true);
        }
    }

    /// <summary>
    /// The test host runs under `dotnet test`, whose MSBuild settings must not leak into a separate pack; and the
    /// build server is not left running after the test.
    /// </summary>
    private static Dictionary<string, string?> Isolated() =>
        new()
        {
            ["MSBuildSDKsPath"] = null,
            ["MSBuildExtensionsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["WCC_SEEDS"] = null,
        };

    /// <summary>Copies a folder without build outputs, which hold paths of the original place.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
