using System.Runtime.InteropServices;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// `wcc` installs as a .NET tool (issue 14) exactly as the README says: packed, installed from the package folder,
/// and run from a folder that has no seeds or templates anywhere above it, so the report can only be rendered
/// if the package carries them. It installs into a tool path of its own, never the machine's global tools.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    /// <summary>Packing builds the tool twice (ReadyToRun for Linux x64, portable) on a CI machine shared with other tests.</summary>
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(8);

    private readonly string work = Path.Combine(Path.GetTempPath(), "wcc-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_packed_tool_installs_and_validates_and_reports_from_any_folder()
    {
        // A copy of the sources, so packing never rebuilds the binaries the other tests are running.
        var sources = Path.Combine(work, "source");
        foreach (var part in new[] { "src", "seeds", "templates" })
        {
            Copy(Path.Combine(Wcc.Root, part), Path.Combine(sources, part));
        }

        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            File.Copy(Path.Combine(Wcc.Root, file), Path.Combine(sources, file));
        }

        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        var dotnet = new RunOptions(work, PackLimit) { Environment = Isolated() };
        Succeeds(WccProcess.Other("dotnet", dotnet, "pack", Path.Combine(sources, "src", "WccAssure.Cli"), "-c", "Release", "-o", packages, "--disable-build-servers"));
        Succeeds(WccProcess.Other("dotnet", dotnet with { Limit = TimeSpan.FromMinutes(3) }, "tool", "install", "WccAssure.Tool", "--tool-path", tools, "--add-source", packages));
        if (OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64)
        {
            // The ReadyToRun package is the one that starts fast; the portable one would also run, more slowly.
            Assert.True(Directory.Exists(Path.Combine(tools, ".store", "wccassure.tool", "1.0.0", "wccassure.tool.linux-x64")),
                "dotnet tool install did not choose the linux-x64 (ReadyToRun) package");
        }

        var elsewhere = Path.Combine(work, "elsewhere");
        Copy(Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10"), Path.Combine(elsewhere, "south-staffordshire", "2009-10"));
        var wcc = Path.Combine(tools, OperatingSystem.IsWindows() ? "wcc.exe" : "wcc");
        var user = new RunOptions(elsewhere) { Environment = { ["WCC_SEEDS"] = null } };

        var validated = WccProcess.Other(wcc, user, "validate", "south-staffordshire/2009-10").AssertExit(ExitCodes.Success);
        Assert.Contains("1 assessment(s): 0 error(s)", validated.Output, StringComparison.Ordinal);

        var output = Path.Combine(work, "out");
        WccProcess.Other(wcc, user, "report", "south-staffordshire/2009-10", "--out", output).AssertExit(ExitCodes.Success);
        foreach (var file in new[] { "report.html", "report.md", "scorecard.csv" })
        {
            var path = Path.Combine(output, "south-staffordshire-pct-2009-10", file);
            Assert.True(File.Exists(path) && new FileInfo(path).Length > 1000, $"the installed tool did not write {path}");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The test host runs under `dotnet test`, whose MSBuild settings must not leak into a separate pack; and the
    /// build server is not left running after the test.
    /// </summary>
    private static Dictionary<string, string?> Isolated() => new()
    {
        ["MSBuildSDKsPath"] = null,
        ["MSBuildExtensionsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["WCC_SEEDS"] = null,
    };

    private static void Succeeds(ProcessResult result) => Assert.True(result.Code == 0, result.Describe());

    /// <summary>Copies a folder without build outputs, which hold paths of the original place.</summary>
    private static void Copy(string from, string to)
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
