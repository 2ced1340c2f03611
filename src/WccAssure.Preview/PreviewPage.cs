using System.Globalization;
using System.Net;
using System.Text;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Preview;

/// <summary>
/// The page the preview serves: the rendered report with the findings above it and a small script that listens
/// for a newer rendering (server-sent events) and swaps it in where the reader is, with no reload button. Every
/// piece of text from the assessment is HTML-escaped here as in the report.
/// </summary>
internal static class PreviewPage
{
    public const string PanelId = "wcc-preview";

    private const string Style = """
        <style>
        #wcc-preview{font:15px/1.45 system-ui,sans-serif;margin:0 0 1rem;padding:.75rem 1rem;
          border-bottom:3px solid #1d5b94;background:#f3f6fa;color:#1b1b1b}
        #wcc-preview.draft{position:sticky;top:0;z-index:10;border-color:#a4262c;background:#fdf3f3;
          max-height:40vh;overflow:auto}
        #wcc-preview .state{margin:0 0 .25rem;font-weight:600}
        #wcc-preview ol{margin:.25rem 0 0;padding-left:1.5rem}
        #wcc-preview li.error::marker{color:#a4262c}
        #wcc-preview a{color:#1d4f7c}
        #wcc-preview code{font-size:.9em}
        @media print{#wcc-preview.valid{display:none}#wcc-preview.draft{position:static;
          max-height:none;overflow:visible}}
        </style>
        """;

    private const string Script = """
        <script id="wcc-preview-script">
        (() => {
          const panel = document.getElementById('wcc-preview');
          const source = new EventSource('/events?v=' + panel.dataset.version);
          source.addEventListener('update', async () => {
            const response = await fetch('/', { cache: 'no-store' });
            if (!response.ok) return;
            const next = new DOMParser().parseFromString(await response.text(), 'text/html');
            const x = window.scrollX, y = window.scrollY;
            document.title = next.title;
            document.head.replaceWith(document.adoptNode(next.head));
            document.body.replaceWith(document.adoptNode(next.body));
            window.scrollTo(x, y);
          });
        })();
        </script>
        """;

    public static string Compose(
        string? report,
        IReadOnlyList<Finding> findings,
        bool isDraft,
        string folder,
        IReadOnlyDictionary<string, string> anchors,
        int version
    )
    {
        var panel = Panel(report, findings, isDraft, folder, anchors, version);
        if (report is null)
        {
            return $"""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="utf-8"><title>wcc preview: {Escape(folder)}</title></head>
                <body>
                {panel}
                {Script}
                </body>
                </html>

                """;
        }

        var bodyOpen = report.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var afterBody = bodyOpen < 0 ? -1 : report.IndexOf('>', bodyOpen) + 1;
        var bodyClose = report.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        if (afterBody <= 0 || bodyClose < afterBody)
        {
            // A --templates page without a body: the panel and script go first and last.
            return panel + report + Script;
        }

        return new StringBuilder(report.Length + panel.Length + Script.Length + 2)
            .Append(report, 0, afterBody)
            .Append('\n')
            .Append(panel)
            .Append(report, afterBody, bodyClose - afterBody)
            .Append(Script)
            .Append('\n')
            .Append(report, bodyClose, report.Length - bodyClose)
            .ToString();
    }

    private static string Panel(
        string? report,
        IReadOnlyList<Finding> findings,
        bool isDraft,
        string folder,
        IReadOnlyDictionary<string, string> anchors,
        int version
    )
    {
        var (errors, warnings) = FindingCounts.Of(findings);
        var text = new StringBuilder();
        text.Append(
            CultureInfo.InvariantCulture,
            $"<div id=\"{PanelId}\" class=\"{(isDraft ? "draft" : "valid")}\" data-version=\"{version}\" "
                + $"data-state=\"{(isDraft ? "draft" : "valid")}\" role=\"region\" aria-label=\"Preview findings\">\n"
        );
        text.Append(Style).Append('\n');
        var counts = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
        text.Append("<p class=\"state\">")
            .Append(
                isDraft
                    ? report is null
                        ? $"DRAFT: nothing can be rendered yet ({counts}). Fix the findings below; the page updates "
                            + $"when a file is saved."
                        : $"DRAFT: not a valid assessment yet ({counts}). What could be read is rendered below; a "
                            + $"file with errors keeps its section as a placeholder naming the finding, and values "
                            + $"with errors are left out."
                    : $"Valid ({counts}). The page updates when a file of {Escape(folder)} is saved."
            )
            .Append("</p>\n");
        if (findings.Count > 0)
        {
            text.Append("<ol class=\"findings\">\n");
            foreach (var finding in findings)
            {
                var relative = DisplayPath.Within(finding.Location.File, folder);
                var place = Escape($"{relative}:{finding.Location.Line}:{finding.Location.Column}");
                var severity = finding.Severity == Severity.Error ? "error" : "warning";
                var link =
                    report is not null
                    && anchors.TryGetValue(relative, out var anchor)
                    && report.Contains($"id=\"{anchor}\"", StringComparison.Ordinal)
                        ? $"<a href=\"#{anchor}\"><code>{place}</code></a>"
                        : $"<code>{place}</code>";
                text.Append(
                    CultureInfo.InvariantCulture,
                    $"<li class=\"{severity}\">{link} {severity}: {Escape(finding.Message)}</li>\n"
                );
            }

            text.Append("</ol>\n");
        }

        return text.Append("</div>\n").ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
