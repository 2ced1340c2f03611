using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using WccAssure.Reporting.Rendering;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// `wcc` installs as a .NET tool (issue 14) and, on Linux x64, runs as native code compiled ahead of time. Code
/// compiled ahead of time has no reflection emit and keeps only what the trimmer saw used, so a template reading a
/// property or PuppeteerSharp serializing a message can fail there and nowhere else: every command is run with the
/// installed native tool and with the wcc the other tests use (compiled as it runs), and their exit codes, output
/// and written files must be the same bytes.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
[Collection(Tiers.NativeToolTests.Name)]
public sealed class ToolInstallTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    private static bool NativeHere =>
        OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;

    private static string Assessment => Path.Combine(Wcc.Root, "assessments", "south-staffordshire", "2009-10");

    [SkippableFact]
    public void Dotnet_tool_install_chooses_the_native_package_on_linux_x64()
    {
        var program = tool.Program;
        Assert.True(File.Exists(program), $"no {program} after install");
        Skip.IfNot(NativeHere, "the native package is built for linux-x64 only");

        var folder = tool.PackageFolder("linux-x64");
        Assert.True(Directory.Exists(folder), "dotnet tool install did not choose the linux-x64 package");
        var head = new byte[4];
        using (var file = File.OpenRead(Path.Combine(folder, "wcc")))
        {
            file.ReadExactly(head);
        }

        Assert.Equal("\u007fELF"u8.ToArray(), head);
        Assert.False(
            File.Exists(Path.Combine(folder, "wcc.dll")),
            "the linux-x64 package holds IL to compile as it runs, not native code"
        );
    }

    /// <summary>
    /// The native wcc is the slim one (issue 21): report runs through the hand-over to wcc-render in the package's
    /// folder, and the report code is trimmed out of wcc itself, which is what makes it start quickly.
    /// </summary>
    [SkippableFact]
    public void The_slim_native_wcc_hands_report_to_the_renderer_beside_it_and_carries_no_report_code()
    {
        var program = tool.Program;
        Skip.IfNot(NativeHere, "the slim wcc is the native linux-x64 one");
        var folder = tool.PackageFolder("linux-x64");
        var slim = new FileInfo(Path.Combine(folder, "wcc")).Length;
        var renderer = new FileInfo(Path.Combine(folder, "wcc-render")).Length;
        Assert.True(
            slim * 4 < renderer,
            $"wcc is {slim:N0} bytes and wcc-render {renderer:N0}: the report code was not trimmed out of wcc"
        );

        var output = Path.Combine(tool.Work, "handover");
        var options = new RunOptions(tool.Work, TimeSpan.FromMinutes(2));
        WccProcess.Other(program, options, "report", Assessment, "--out", output).AssertExit(ExitCodes.Success);
        var report = Path.Combine(output, "south-staffordshire-pct-2009-10", "report.html");
        Assert.True(File.Exists(report), "the hand-over wrote no report");

        // Without the renderer the hand-over fails with one line and the internal-error code, not a crash.
        var alone = Path.Combine(tool.Work, "alone");
        Directory.CreateDirectory(alone);
        File.Copy(Path.Combine(folder, "wcc"), Path.Combine(alone, "wcc")); // with its mode: executable
        var failed = WccProcess.Other(Path.Combine(alone, "wcc"), options, "report", Assessment, "--out", output);
        Assert.True(failed.Code == ExitCodes.Internal, failed.Describe());
        Assert.Contains("cannot start", failed.Error, StringComparison.Ordinal);
        Assert.Contains("wcc-render", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_installed_tool_validates_and_reports_from_a_folder_with_no_seeds_above_it()
    {
        var elsewhere = Path.Combine(tool.Work, "elsewhere");
        InstalledTool.Copy(Assessment, Path.Combine(elsewhere, "south-staffordshire", "2009-10"));
        var user = new RunOptions(elsewhere) { Environment = { ["WCC_SEEDS"] = null } };

        var validated = WccProcess
            .Other(tool.Program, user, "validate", "south-staffordshire/2009-10")
            .AssertExit(ExitCodes.Success);
        Assert.Contains("1 assessment(s): 0 error(s)", validated.Output, StringComparison.Ordinal);

        var output = Path.Combine(tool.Work, "out");
        // --docx: the package must carry the native library that draws the Word report's pictures.
        WccProcess
            .Other(tool.Program, user, "report", "south-staffordshire/2009-10", "--out", output, "--docx")
            .AssertExit(ExitCodes.Success);
        foreach (var file in new[] { "report.html", "report.md", "scorecard.csv", "report.docx" })
        {
            var path = Path.Combine(output, "south-staffordshire-pct-2009-10", file);
            Assert.True(
                File.Exists(path) && new FileInfo(path).Length > 1000,
                $"the installed tool did not write {path}"
            );
        }
    }

    [Fact]
    public void Every_command_gives_the_same_exit_code_output_and_files_native_as_compiled_as_it_runs()
    {
        var native = Session(tool.Program, "native");
        var jit = Session(null, "jit");
        Assert.Equal(jit.Count, native.Count);
        foreach (var (n, j) in native.Zip(jit))
        {
            Assert.True(
                n.Code == j.Code && n.Output == j.Output && n.Error == j.Error,
                $"native and JIT differ\n--- native:\n{n.Describe()}\n--- jit:\n{j.Describe()}"
            );
        }

        var nativeFiles = Files(Path.Combine(tool.Work, "native"));
        var jitFiles = Files(Path.Combine(tool.Work, "jit"));
        Assert.Equal(jitFiles.Keys.Order(StringComparer.Ordinal), nativeFiles.Keys.Order(StringComparer.Ordinal));
        Assert.True(nativeFiles.Count > 40, $"only {nativeFiles.Count} files were written");
        Assert.All(nativeFiles, file =>
            Assert.True(file.Value.AsSpan().SequenceEqual(jitFiles[file.Key]), $"{file.Key} differs native from JIT")
        );
    }

    [SkippableFact]
    public void The_native_tool_prints_the_same_pdf_bytes()
    {
        Skip.If(
            PdfPrinter.FindChromium(Testing.TestRuns.Chromium) is null
                && Environment.GetEnvironmentVariable("CI") != "true",
            "chromium not installed"
        );
        var native = Path.Combine(tool.Work, "pdf-native");
        var jit = Path.Combine(tool.Work, "pdf-jit");
        WccProcess
            .Other(
                tool.Program,
                new RunOptions(tool.Work, TimeSpan.FromMinutes(2)),
                "report",
                Assessment,
                "--out",
                native,
                "--pdf"
            )
            .AssertExit(ExitCodes.Success);
        WccProcess
            .Run(new RunOptions(tool.Work, TimeSpan.FromMinutes(2)), "report", Assessment, "--out", jit, "--pdf")
            .AssertExit(ExitCodes.Success);
        var nativePdf = Path.Combine(native, "south-staffordshire-pct-2009-10", "report.pdf");
        var jitPdf = Path.Combine(jit, "south-staffordshire-pct-2009-10", "report.pdf");
        Assert.Contains("South Staffordshire", PdfToText(nativePdf), StringComparison.Ordinal);
        Assert.True(
            File.ReadAllBytes(nativePdf).AsSpan().SequenceEqual(File.ReadAllBytes(jitPdf)),
            "the native and JIT PDFs differ"
        );
    }

    [Fact]
    public async Task The_native_preview_serves_the_report_follows_an_edit_and_serves_nothing_else()
    {
        var folder = Path.Combine(tool.Work, "preview", "2009-10");
        InstalledTool.Copy(Assessment, folder);
        using var preview = PreviewProcess.Start(folder, TimeSpan.FromSeconds(60), tool.Program);
        using var client = new HttpClient { BaseAddress = preview.Url, Timeout = TimeSpan.FromSeconds(20) };
        Assert.Contains(
            "<title>World Class Commissioning panel report: South Staffordshire PCT</title>",
            await client.GetStringAsync("/"),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/competencies/c01.yaml")).StatusCode);

        var c01 = Path.Combine(folder, "competencies", "c01.yaml");
        var original = await File.ReadAllTextAsync(c01);
        var edited = original.Replace(
            "Key stakeholders agree that the PCT is recognised",
            "Edited under the native preview: the PCT is recognised",
            StringComparison.Ordinal
        );
        Assert.NotEqual(original, edited);
        await File.WriteAllTextAsync(c01, edited);
        var clock = Stopwatch.StartNew();
        while (
            !(await client.GetStringAsync("/")).Contains("Edited under the native preview", StringComparison.Ordinal)
        )
        {
            Assert.True(
                clock.Elapsed < TimeSpan.FromSeconds(10),
                $"the edit did not show; preview said: {string.Join(" | ", preview.Lines)}"
            );
            await Task.Delay(50);
        }

        Assert.Equal(0, preview.Terminate(TimeSpan.FromSeconds(20)));
    }

    /// <summary>
    /// One author's and one SHA's session, run from a working folder of its own: every command, usage errors and
    /// every hostile fixture. Paths on the command line are the same in both sessions, so the output can be.
    /// </summary>
    private List<ProcessResult> Session(string? program, string name)
    {
        var work = Path.Combine(tool.Work, name);
        Directory.CreateDirectory(work);
        var options = new RunOptions(work, TimeSpan.FromMinutes(2));
        var results = new List<ProcessResult>();
        foreach (var args in Commands())
        {
            results.Add(program is null ? WccProcess.Run(options, args) : WccProcess.Other(program, options, args));
        }

        return results;
    }

    private static IEnumerable<string[]> Commands()
    {
        var assessments = Path.Combine(Wcc.Root, "assessments");
        var benchmarks = Path.Combine(Wcc.Root, "seeds", "benchmarks", "ons-cancer-survival-index-pct-1996-2010.csv");
        yield return ["--help"];
        yield return ["report", "--help"];
        yield return ["validate", assessments];
        yield return ["validate", Path.Combine(Wcc.Root, "tests", "fixtures", "broken")];
        foreach (
            var hostile in Directory
                .GetDirectories(Path.Combine(Wcc.Root, "tests", "fixtures", "hostile"))
                .Order(StringComparer.Ordinal)
        )
        {
            yield return ["validate", hostile];
        }

        yield return ["validate", Path.Combine(assessments, "stockport", "2009-10", "competencies", "c01.yaml")];
        yield return ["score", Path.Combine(assessments, "south-staffordshire", "2009-10")];
        yield return ["score", assessments, "--format", "json"];
        yield return ["score", Path.Combine(assessments, "stockport"), "--format", "json", "--benchmarks", benchmarks];
        yield return ["report", assessments, "--out", "reports", "--compare", "pack", "--docx"];
        yield return ["report", Path.Combine(assessments, "trafford"), "--out", "author", "--audience", "author"];
        yield return
        [
            "report",
            Path.Combine(assessments, "stockport"),
            "--out",
            "own",
            "--templates",
            Path.Combine(Wcc.Root, "templates"),
        ];
        yield return ["compare", assessments, "--out", "sha", "--year", "2009-10"];
        yield return ["synth", "--out", "synthetic", "--seed", "2010", "--count", "4"];
        yield return ["validate", "synthetic"];
        yield return
        [
            "report",
            "synthetic",
            "--out",
            "synthetic-reports",
            "--compare",
            "synthetic-pack",
            "--benchmarks",
            "synthetic/benchmarks-synthetic.csv",
            "--clusters",
            "synthetic/clusters-synthetic.csv",
        ];
        yield return ["init", "5PK", "--year", "2009-10", "--out", "new-assessment"];
        yield return ["validate", "new-assessment"];
        yield return ["schema", "--out", "schemas"];
        yield return ["orgs", "staff"];
        yield return ["diff", Path.Combine(assessments, "stockport")];
        yield return ["diff", Path.Combine(assessments, "stockport"), "--format", "json"];
        yield return
        [
            "diff",
            Path.Combine(assessments, "stockport", "2009-10"),
            Path.Combine(assessments, "trafford", "2008-09"),
        ];
        yield return
        [
            "panel-sheet",
            Path.Combine(assessments, "south-staffordshire", "2009-10"),
            "--out",
            "panel.xlsx",
        ];
        yield return ["panel-apply", "panel.xlsx", Path.Combine(assessments, "south-staffordshire", "2009-10")];
        yield return ["panel-apply", "panel.xlsx", Path.Combine(assessments, "stockport", "2009-10")];
        yield return ["validate"];
        yield return ["score", "--format", "xml", assessments];
        yield return ["report", Path.Combine(assessments, "stockport"), "--templates", "missing-templates"];
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string PdfToText(string pdf)
    {
        Assert.True(File.Exists(pdf), $"no {pdf}");
        var pdftotext = new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists);
        Skip.If(pdftotext is null && Environment.GetEnvironmentVariable("CI") != "true", "pdftotext not installed");
        var text = WccProcess.Other(pdftotext ?? "pdftotext", new RunOptions(), "-layout", pdf, "-");
        Assert.True(text.Code == 0, text.Describe());
        return text.Output;
    }
}
