using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace WccAssure.Cli;

/// <summary>
/// A native start costs time in proportion to the size of the image (the runtime lays out its data and takes a page
/// fault for each page it touches), and the report code (Kestrel, PuppeteerSharp, Open XML, Skia) made the image
/// seven times what `validate` needs. So the native `wcc` is built without it, and hands the commands that render
/// to `wcc-render` beside it by replacing itself (execv): same arguments, same process, so the exit code, output
/// and signals are the renderer's. A JIT build, the tests and the portable package run every command themselves.
/// </summary>
internal static partial class Handover
{
    /// <summary>
    /// Whether this executable runs the rendering commands itself. Only the slim native build sets it false
    /// (WccAssure.Cli.csproj), and the trimmer then removes every path into the report code.
    /// </summary>
    [FeatureSwitchDefinition("WccAssure.Cli.RendersHere")]
    public static bool RendersHere => !AppContext.TryGetSwitch("WccAssure.Cli.RendersHere", out var here) || here;

    /// <summary>The commands that need the report or preview code; `wcc report --help` is one of them.</summary>
    public static bool NeedsRenderer(string[] args) =>
        args.Length > 0 && args[0] is "report" or "compare" or "preview" or "panel-sheet" or "panel-apply";

    /// <summary>Replaces this process with wcc-render; returns only if that failed, with the exit code.</summary>
    public static int ToRenderer(string[] args)
    {
        var renderer = Path.Combine(AppContext.BaseDirectory, "wcc-render");
        // argv[0] stays this program's path: the help's usage lines name the program from it, and must read `wcc`.
        Execv(renderer, [Environment.ProcessPath ?? "wcc", .. args, null]);
        var reason = Marshal.GetLastPInvokeErrorMessage();
        Console.Error.WriteLine($"wcc: internal error: cannot start {renderer} for '{args[0]}': {reason}");
        return ExitCodes.Internal;
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execv(string path, string?[] argv);
}
