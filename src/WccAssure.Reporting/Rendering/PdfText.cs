using System.Diagnostics;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Reads a printed PDF back with poppler's pdftotext to find the page each section starts on. Optional: without
/// poppler the contents list is printed without page numbers.
/// </summary>
internal static class PdfText
{
    private static readonly string[] Candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"];

    public static string? FindTool() => Candidates.FirstOrDefault(File.Exists);

    /// <summary>
    /// The first page (1-based) on which each title appears as a line of its own, searching in order from the
    /// page the previous title was found on; null when a title is not found.
    /// </summary>
    public static async Task<IReadOnlyList<int?>> StartPagesAsync(string tool, byte[] pdf, IReadOnlyList<string> titles)
    {
        var pages = await PagesAsync(tool, pdf).ConfigureAwait(false);
        var found = new List<int?>();
        var from = 0;
        foreach (var title in titles)
        {
            var wanted = Normalise(title);
            var at = -1;
            for (var i = from; i < pages.Count && at < 0; i++)
            {
                if (Holds(pages[i], wanted))
                {
                    at = i;
                }
            }

            found.Add(at < 0 ? null : at + 1);
            from = at < 0 ? from : at;
        }

        return found;
    }

    /// <summary>
    /// A heading is a line of its own, or two when it wraps; "Governance – Finance: Green" starts with its title.
    /// Contents entries never match: they start with their number ("4. Governance – Strategy").
    /// </summary>
    private static bool Holds(IReadOnlyList<string> lines, string title)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var joined = i + 1 < lines.Count ? line + " " + lines[i + 1] : line;
            if (Starts(line, title) || (title.StartsWith(line, StringComparison.Ordinal) && Starts(joined, title)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Starts(string line, string title) =>
        line == title || line.StartsWith(title + ":", StringComparison.Ordinal) || line.StartsWith(title + " ", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> PagesAsync(string tool, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wcc-toc-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf).ConfigureAwait(false);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            start.ArgumentList.Add(path);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await process.WaitForExitAsync().ConfigureAwait(false);
            return [.. text.Split('\f').Select(p => (IReadOnlyList<string>)[.. p.Split('\n').Select(Normalise).Where(l => l.Length > 0)])];
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Normalise(string line) => string.Join(' ', line.Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
