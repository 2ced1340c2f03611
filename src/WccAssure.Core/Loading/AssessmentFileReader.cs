using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Reads assessment.yaml in two passes: the header (to find the framework), then the narrative.</summary>
internal static class AssessmentFileReader
{
    /// <summary>The three aspects of organisational development, in the order the panel report gives them.</summary>
    private static readonly string[] Aspects = ["alignment", "execution", "renewal"];

    public static readonly IReadOnlyList<string> Statuses = [.. AssessmentStatus.All.Select(s => s.Word)];

    public static readonly IReadOnlyList<string> Issues = [.. ReportIssue.All.Select(s => s.Word)];

    /// <summary>The keys <see cref="ReadHeader"/> reads, marked known again when the body is read.</summary>
    private static readonly string[] HeaderKeys =
    [
        "organisation",
        "year",
        "framework",
        "status",
        "panelDate",
        "sources",
        "synthetic",
        "version",
        "issue",
        "signOff",
    ];

    /// <summary>
    /// The header as far as it can be read (null without an organisation, year or framework); its errors are in the
    /// findings.
    /// </summary>
    public static AssessmentHeader? ReadHeader(YamlMapping root, string file, FindingSink findings)
    {
        var map = MappingReader.Open(root, findings, "assessment.yaml")!;
        var sourceNodes = map.Items("sources")
            .Select(n => (Node: n, Source: ReadSource(n, findings)))
            .Where(s => s.Source is not null)
            .ToList();
        var sources = sourceNodes.Select(s => s.Source!).ToList();
        FrameworkLoader.CheckUnique(sourceNodes.Select(s => (s.Source!.Id, s.Node.Location)), "source", findings);
        var header = new AssessmentHeader(
            map.Text("organisation", required: true) ?? "",
            map.Text("year", required: true) ?? "",
            map.Text("framework", required: true) ?? "",
            AssessmentStatus.Parse(map.Choice("status", Statuses, required: true)) ?? AssessmentStatus.SelfAssessment,
            // A bad panel date is reported with the rest, but it does not stop the other files being read.
            PanelDate(map, map.Text("year") ?? "", findings),
            sources,
            SourceLocation.StartOf(file),
            map.LocationOf("organisation"),
            map.LocationOf("framework"),
            map.Boolean("synthetic") ?? false
        )
        {
            Version = map.Text("version"),
            Issue = ReportIssue.Parse(map.Choice("issue", Issues)) ?? ReportIssue.Draft,
            SignOff = ReadSignOff(map.Optional("signOff"), findings),
        };
        // Only what the rest of the folder cannot be read without stops here: a misspelt status or a bad source
        // entry is reported with the other files' findings, and a preview can still show the draft.
        return header.OrganisationCode.Length == 0 || header.Year.Length == 0 || header.FrameworkId.Length == 0
            ? null
            : header;
    }

    /// <summary>A month (2010-05) or a day (2010-05-12) that exists; anything else is located and rejected.</summary>
    private static string? PanelDate(MappingReader map, string year, FindingSink findings)
    {
        var text = map.Text("panelDate");
        if (text is null)
        {
            return null;
        }

        if (DateChecks.Parse(text) is { } date)
        {
            DateChecks.PanelDate(date, text, year, map.LocationOf("panelDate"), findings);
            return text;
        }

        findings.Error(
            map.LocationOf("panelDate"),
            $"panelDate '{NodeValues.Shorten(text)}' is not a date: write the month as YYYY-MM (2010-05) or the day "
                + $"as YYYY-MM-DD (2010-05-12)"
        );
        return null;
    }

    /// <summary>
    /// `signOff: {chair, date}`: either may be null (a line to sign); a date is a real day, YYYY-MM-DD.
    /// </summary>
    private static SignOff ReadSignOff(YamlNode? node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "signOff");
        if (map is null)
        {
            return SignOff.None;
        }

        var chair = map.Text("chair");
        var date = map.Text("date");
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (
            date is not null
            && !DateTime.TryParseExact(date, "yyyy-MM-dd", culture, System.Globalization.DateTimeStyles.None, out _)
        )
        {
            findings.Error(
                map.LocationOf("date"),
                $"signOff date '{NodeValues.Shorten(date)}' is not a day: write it as YYYY-MM-DD (2010-05-12)"
            );
            date = null;
        }

        return new SignOff(string.IsNullOrWhiteSpace(chair) ? null : chair.Trim(), date);
    }

    private static SourceDocument? ReadSource(YamlNode node, FindingSink findings)
    {
        using var map = MappingReader.Open(node, findings, "a source");
        if (map is null)
        {
            return null;
        }

        var document = map.Text("document");
        if (document is not null && (Path.IsPathRooted(document) || document.Contains("..", StringComparison.Ordinal)))
        {
            findings.Error(
                map.LocationOf("document"),
                "a source document is named by its file name, not a path outside the assessment"
            );
        }

        return new SourceDocument(
            map.Text("id", required: true) ?? "",
            map.Text("title", required: true) ?? "",
            document
        );
    }

    /// <summary>
    /// Reads the rest of the file; keys read by <see cref="ReadHeader"/> are marked known again here.
    /// </summary>
    public static (
        Commentary Commentary,
        IReadOnlyList<Figure> Figures,
        IReadOnlyList<NarrativeItem> Findings
    ) ReadBody(YamlMapping root, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(root, context.Findings, "assessment.yaml")!;
        foreach (var key in HeaderKeys)
        {
            map.IsPresent(key);
        }

        map.IsPresent("statedCounts"); // read by ReadStatedCounts
        var commentary = ReadCommentary(map.Optional("commentary"), context);
        var figures = map.Items("figures").Select(n => FigureReader.Read(n, context)).OfType<Figure>().ToList();
        FrameworkLoader.CheckUnique(figures.Select(f => (f.Id, f.Location)), "figure", context.Findings);
        return (commentary, figures, ValueReaders.Narratives(map, "findings", context));
    }

    /// <summary>`statedCounts: {metOrExceededSelf: {count: 7, source: panel-report L306}, …}`, each optional.</summary>
    public static StatedCompetencyCounts ReadStatedCounts(YamlMapping root, AssessmentReadContext context)
    {
        var map = MappingReader.Open(root, context.Findings, "assessment.yaml")!;
        using var stated = MappingReader.Open(map.Optional("statedCounts"), context.Findings, "statedCounts");
        return stated is null
            ? StatedCompetencyCounts.None
            : new StatedCompetencyCounts(
                OutcomesFileReader.ReadStatedCount(stated, "metOrExceededSelf", context),
                OutcomesFileReader.ReadStatedCount(stated, "improvedOnLastYear", context),
                OutcomesFileReader.ReadStatedCount(stated, "addedThisYear", context)
            );
    }

    private static Commentary ReadCommentary(YamlNode? node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "commentary");
        if (map is null)
        {
            return Commentary.Empty;
        }

        return new Commentary(
            ValueReaders.Narratives(map, "strengths", context),
            [.. map.Items("headlines").Select(n => ReadHeadline(n, context)).OfType<Headline>()],
            ValueReaders.Narratives(map, "trajectory", context),
            ValueReaders.Narratives(map, "trajectoryDevelopment", context),
            ReadAspects(map.Optional("organisationalDevelopment"), context, "organisationalDevelopment"),
            ReadAspects(map.Optional("organisationalDevelopmentAreas"), context, "organisationalDevelopmentAreas")
        );
    }

    private static Headline? ReadHeadline(YamlNode node, AssessmentReadContext context)
    {
        using var map = MappingReader.Open(node, context.Findings, "a headline");
        if (map is null)
        {
            return null;
        }

        var title = map.Text("title", required: true) ?? "";
        return new Headline(
            title,
            ValueReaders.Narratives(map, "observations", context),
            ValueReaders.Narrative(map.Optional("recommendation"), context, "'recommendation'"),
            context.Source(map)
        );
    }

    private static IReadOnlyList<AspectNote> ReadAspects(YamlNode? node, AssessmentReadContext context, string what)
    {
        using var map = MappingReader.Open(node, context.Findings, what);
        if (map is null)
        {
            return [];
        }

        return
        [
            .. Aspects
                .Select(aspect => (aspect, item: ValueReaders.Narrative(map.Optional(aspect), context, $"'{aspect}'")))
                .Where(pair => pair.item is not null)
                .Select(pair => new AspectNote(pair.aspect, pair.item!)),
        ];
    }
}
