using System.Diagnostics;

namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// A user's --templates folder is code the report run executes: nesting that would overflow the parser's stack,
/// a string that doubles until memory runs out, a loop under the step cap that would run for minutes, a file that
/// is a named pipe. Each must end in an error located in the template, quickly, with no report written.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class UserTemplateTests
{
    [Theory]
    [InlineData("if-nesting")]
    [InlineData("bracket-nesting")]
    [InlineData("recursion")]
    [InlineData("doubling")]
    [InlineData("stylesheet-pipe")]
    [InlineData("template-pipe")]
    [InlineData("partial-pipe")]
    [InlineData("partial-outside")]
    [InlineData("huge-template")]
    [InlineData("subfolder-link")]
    [InlineData("stylesheet-link")]
    [InlineData("template-link")]
    [InlineData("link-to-pipe")]
    [InlineData("long-loop")]
    public void A_hostile_user_template_ends_in_a_located_error_without_a_report(string shape)
    {
        using var scratch = new Scratch();
        var templates = CopyTemplates(scratch);
        var (file, location, message) = Break(templates, shape);
        var clock = Stopwatch.StartNew();
        var report = WccProcess.Run(
            new RunOptions(Limit: TimeSpan.FromSeconds(90)),
            "report",
            scratch.Folder,
            "--out",
            scratch.Out,
            "--templates",
            templates
        );
        report.AssertExit(1).AssertOnlyFindingsOnError();
        Assert.Contains(report.Findings, f =>
            f.StartsWith($"{templates}/{file}:{location}", StringComparison.Ordinal)
            && f.Contains(message, StringComparison.Ordinal)
        );
        Assert.True(
            clock.Elapsed < TimeSpan.FromSeconds(shape == "long-loop" ? 60 : 20),
            $"took {clock.Elapsed.TotalSeconds:0} s"
        );
        Assert.False(Directory.Exists(scratch.Out), "a report was written with a broken template");
        Assert.Empty(scratch.TemporaryFiles());
        Assert.DoesNotContain("root:x:0:0", report.Both, StringComparison.Ordinal);
        if (shape is "stylesheet-pipe" or "doubling" or "stylesheet-link" or "link-to-pipe")
        {
            // compare reads the same folder.
            WccProcess
                .Run("compare", scratch.Folder, "--out", Path.Combine(scratch.Work, "pack"), "--templates", templates)
                .AssertExit(1);
            Assert.False(Directory.Exists(Path.Combine(scratch.Work, "pack")));
        }
    }

    internal static (string File, string Location, string Message) Break(string templates, string shape)
    {
        var html = Path.Combine(templates, "report.html.sbn");
        switch (shape)
        {
            case "if-nesting":
                File.WriteAllText(
                    html,
                    string.Concat(Enumerable.Repeat("{{ if true }}", 10_000))
                        + "x"
                        + string.Concat(Enumerable.Repeat("{{ end }}", 10_000))
                );
                return ("report.html.sbn", "1:", "depth limit");
            case "bracket-nesting":
                File.WriteAllText(html, "{{ " + new string('(', 100_000) + "1" + new string(')', 100_000) + " }}");
                return ("report.html.sbn", "1:", "depth limit");
            case "recursion":
                File.WriteAllText(html, "{{ func f(x); ret f(x) + f(x); end; f 1 }}");
                return ("report.html.sbn", "1:", "depth limit");
            case "doubling":
                File.WriteAllText(
                    Path.Combine(templates, "compare.html.sbn"),
                    "{{ x = \"ab\" }}{{ for i in 1..64 }}{{ x = x + x }}{{ end }}{{ x }}"
                );
                File.WriteAllText(html, "{{ x = \"ab\" }}{{ for i in 1..64 }}{{ x = x + x }}{{ end }}{{ x }}");
                return ("report.html.sbn", "1:", "the limit on a template's text");
            case "stylesheet-pipe":
                MakeFifo(Path.Combine(templates, "report.css"));
                return ("report.css", "1:1", "not a regular file");
            case "template-pipe":
                MakeFifo(Path.Combine(templates, "report.md.sbn"));
                return ("report.md.sbn", "1:1", "not a regular file");
            case "partial-pipe":
                MakeFifo(Path.Combine(templates, "part.sbn"));
                File.WriteAllText(html, "first line\n  {{ include \"part.sbn\" }}");
                return ("report.html.sbn", "2:6", "not a regular file");
            case "partial-outside":
                File.WriteAllText(html, "{{ include \"../../../../etc/passwd\" }}");
                return ("report.html.sbn", "1:", "outside the templates folder");
            case "subfolder-link":
                // The partial's own name stays inside; the folder it is in leads out.
                File.CreateSymbolicLink(Path.Combine(templates, "parts"), "/etc");
                File.WriteAllText(html, "first\n{{ include \"parts/passwd\" }}");
                return ("report.html.sbn", "2:4", "outside the templates folder");
            case "stylesheet-link":
                File.Delete(Path.Combine(templates, "report.css"));
                File.CreateSymbolicLink(Path.Combine(templates, "report.css"), "/etc/passwd");
                return ("report.css", "1:1", "outside the templates folder");
            case "template-link":
                File.Delete(Path.Combine(templates, "report.md.sbn"));
                Directory.CreateDirectory(Path.Combine(templates, "inner"));
                File.CreateSymbolicLink(Path.Combine(templates, "inner", "up"), "../..");
                File.CreateSymbolicLink(
                    Path.Combine(templates, "report.md.sbn"),
                    "inner/up/pct/2009-10/assessment.yaml"
                );
                return ("report.md.sbn", "1:1", "outside the templates folder");
            case "link-to-pipe":
                // A link inside the folder to a named pipe inside it: the link itself has a size, the pipe none.
                MakeFifo(Path.Combine(templates, "pipe"));
                File.Delete(Path.Combine(templates, "compare.html.sbn"));
                File.CreateSymbolicLink(Path.Combine(templates, "compare.html.sbn"), "pipe");
                return ("compare.html.sbn", "1:1", "not a regular file");
            case "huge-template":
                using (var stream = File.Create(html))
                {
                    stream.SetLength(50L * 1024 * 1024);
                }

                return ("report.html.sbn", "1:1", "limited to 4 MB");
            // a loop well under the step cap whose body is slow (a megabyte a step, so no machine ends it inside the
            // budget): only the time budget stops it
            default:
                File.WriteAllText(html, "{{ for i in 1..1999000 }}{{ y = string.pad_left \"\" 1000000 }}{{ end }}");
                return ("report.html.sbn", "1:", "time budget");
        }
    }

    internal static string CopyTemplates(Scratch scratch)
    {
        var templates = Path.Combine(scratch.Work, "templates");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(Path.Combine(Wcc.Root, "templates")))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        return templates;
    }

    private static void MakeFifo(string path)
    {
        File.Delete(path);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
