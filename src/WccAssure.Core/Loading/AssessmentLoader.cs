using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>
/// Loads an assessment folder into a validated, immutable model, collecting every finding on the way.
/// </summary>
public sealed class AssessmentLoader(SeedLibrary seeds, YamlParseCache? cache = null)
{
    /// <summary>
    /// The file that makes a folder an assessment: organisation, year, framework, status and commentary.
    /// </summary>
    public const string HeaderFile = "assessment.yaml";

    /// <summary>The assessment's chosen outcomes; an assessment without it has none.</summary>
    public const string OutcomesFile = "outcomes.yaml";

    /// <summary>The frameworks and register assessments are checked against.</summary>
    public SeedLibrary Seeds { get; } = seeds;

    /// <param name="folder">The assessment folder: assessment.yaml and the files it names.</param>
    /// <param name="withPreviousYear">
    /// Whether to link last year's sibling folder, filling the last-year ratings the files leave out.
    /// </param>
    /// <param name="edited">
    /// Files of the folder to read from these bytes instead of the disk (by path relative to the folder, with '/'):
    /// wcc panel-apply validates the files it would write before it writes them.
    /// </param>
    public LoadResult Load(
        string folder,
        bool withPreviousYear = true,
        IReadOnlyDictionary<string, byte[]>? edited = null
    )
    {
        var findings = new FindingSink();
        Task<(string, LoadResult)>? lastYear = null;
        var assessment = LoadInto(
            folder,
            findings,
            withPreviousYear ? framework => lastYear = PreviousYear.Start(folder, framework, this) : null,
            edited
        );
        if (assessment is not null && lastYear is not null)
        {
            assessment = PreviousYear.Apply(assessment, lastYear.Result, findings);
        }

        if (assessment is not null)
        {
            EvidenceChecks.Run(assessment, findings);
            if (Frame(assessment) is { } framework)
            {
                PanelChecks.Run(assessment, framework, findings);
            }
        }

        return new LoadResult(findings.HasErrors ? null : assessment, Frame(assessment), findings.Sorted())
        {
            Draft = assessment,
        };

        FrameworkDefinition? Frame(AssessmentRecord? a) => a is null ? null : Seeds.Framework(a.FrameworkId).Framework;
    }

    /// <summary>
    /// Reads the folder; <paramref name="frameworkKnown"/> hears of its framework as soon as the header names it.
    /// </summary>
    private AssessmentRecord? LoadInto(
        string folder,
        FindingSink findings,
        Action<FrameworkDefinition>? frameworkKnown,
        IReadOnlyDictionary<string, byte[]>? edited
    )
    {
        var display = DisplayPath.Folder(folder);
        if (!Directory.Exists(folder))
        {
            // .NET reads a command-line argument that is not UTF-8 with U+FFFD in place of each bad byte, so such a
            // folder can never be found under the name it was given.
            findings.Error(
                SourceLocation.StartOf(display),
                File.Exists(folder)
                    ? AssessmentFolders.AssessmentOf(display) is { } owner
                        ? $"this is not an assessment file: an assessment is assessment.yaml, outcomes.yaml, "
                            + $"competencies/*.yaml and governance/*.yaml; give the folder {owner} for the whole "
                            + $"assessment, or one of those files"
                        : "this file is not in an assessment folder (no assessment.yaml beside it or in the folder "
                            + "above)"
                    : folder.Contains('\uFFFD', StringComparison.Ordinal)
                        ? "no such assessment folder: its name is not valid UTF-8 (shown with \uFFFD); rename the "
                            + "folder with UTF-8 characters"
                        : "no such assessment folder"
            );
            return null;
        }

        if (AssessmentFiles.IsUnreadable(folder))
        {
            findings.Error(SourceLocation.StartOf(display), "cannot read the assessment folder: permission denied");
            return null;
        }

        // A folder with none of an assessment's files is the wrong folder, not an assessment missing its header.
        if (
            !AssessmentFolders.IsAssessment(folder)
            && !File.Exists(Path.Combine(folder, OutcomesFile))
            && !Directory.Exists(Path.Combine(folder, "competencies"))
            && !Directory.Exists(Path.Combine(folder, "governance"))
        )
        {
            findings.Error(
                SourceLocation.StartOf(display),
                $"no assessment here or below: an assessment folder holds {HeaderFile} (wcc init creates one)"
            );
            return null;
        }

        var files = new AssessmentFiles(folder, display, findings, cache) { Edited = edited };
        if (files.Read(HeaderFile) is not YamlMapping root)
        {
            if (findings.Findings.Count == 0)
            {
                findings.Error(
                    SourceLocation.StartOf(files.Display(HeaderFile)),
                    "assessment.yaml should be a mapping of keys to values"
                );
            }

            // Without the header the framework is unknown, so the other files cannot be checked against it; their
            // YAML can still be, so one broken file does not hide the syntax errors of the rest.
            files.CheckSyntaxOfTheRest();
            return null;
        }

        // One error in the header must not hide the findings in every other file: an unknown organisation is
        // reported after the files are read, and an unknown framework is replaced by the one for the year, if any.
        var header = AssessmentFileReader.ReadHeader(root, files.Display(HeaderFile), findings);
        var organisation = header is null ? null : CheckOrganisation(header, findings);
        var framework = header is null
            ? null
            : ResolveFramework(header, findings) ?? Seeds.FrameworkForYear(header.Year);
        if (header is null || framework is null)
        {
            files.CheckSyntaxOfTheRest();
            return null;
        }

        frameworkKnown?.Invoke(framework);
        var context = new AssessmentReadContext(
            findings,
            framework,
            header.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal)
        );
        var (commentary, figures, notes) = AssessmentFileReader.ReadBody(root, context);
        var statedCounts = AssessmentFileReader.ReadStatedCounts(root, context);
        var unread = new List<UnreadFile>();
        var competencies = framework
            .Competencies.Select(c =>
                Read(files, $"competencies/{c.Id}.yaml", c.Id, unread, findings) is { } node
                    ? CompetencyFileReader.Read(node, c.Id, context)
                    : null
            )
            .OfType<CompetencyRecord>()
            .ToList();
        var governance = framework
            .Governance.Select(a =>
                Read(files, $"governance/{a.Id}.yaml", a.Id, unread, findings) is { } node
                    ? GovernanceFileReader.Read(node, a.Id, context)
                    : null
            )
            .OfType<GovernanceRecord>()
            .ToList();
        var outcomes = files.Read(OutcomesFile) is { } outcomesNode
            ? OutcomesFileReader.Read(outcomesNode, context)
            : OutcomesRecord.Empty;
        var homes = framework
            .Competencies.Select(c => (File: c.Id + ".yaml", Home: "competencies"))
            .Concat(framework.Governance.Select(a => (File: a.Id + ".yaml", Home: "governance")))
            .Append((File: "assessment.yaml", Home: ""))
            .Append((File: OutcomesFile, Home: ""))
            .ToDictionary(h => h.File, h => h.Home, StringComparer.Ordinal);
        files.ReportStrays("competencies", framework.Competencies.Select(c => c.Id + ".yaml"), homes);
        files.ReportStrays("governance", framework.Governance.Select(a => a.Id + ".yaml"), homes);
        files.ReportMisplaced(homes);

        // An unknown organisation is one finding; the files were still read so that theirs are reported with it.
        if (organisation is null)
        {
            return null;
        }

        return new AssessmentRecord(
            display,
            organisation.Code,
            organisation.Name,
            organisation.Sha,
            header.Year,
            framework.Id,
            header.Status,
            header.PanelDate,
            header.Sources,
            commentary,
            figures,
            notes,
            competencies,
            governance,
            outcomes,
            header.Location
        )
        {
            Synthetic = header.Synthetic,
            Version = header.Version,
            Issue = header.Issue,
            SignOff = header.SignOff,
            StatedCounts = statedCounts,
            Unread = unread,
        };
    }

    /// <summary>
    /// A file's tree, or null with the file and its first finding noted, so a draft can say what is missing.
    /// </summary>
    private static YamlNode? Read(
        AssessmentFiles files,
        string relative,
        string id,
        List<UnreadFile> unread,
        FindingSink findings
    )
    {
        var node = files.Read(relative);
        if (node is null)
        {
            var display = files.Display(relative);
            unread.Add(
                new UnreadFile(
                    id,
                    relative,
                    findings.Findings.FirstOrDefault(f => f.Severity == Severity.Error && f.Location.File == display)
                )
            );
        }

        return node;
    }

    private Organisation? CheckOrganisation(AssessmentHeader header, FindingSink findings)
    {
        var organisation = Seeds.Register.Find(header.OrganisationCode);
        if (organisation is null)
        {
            var advice = Suggestions.DidYouMean(
                header.OrganisationCode.ToUpperInvariant(),
                Seeds.Register.All.Select(o => o.Code)
            )
                is { } near
                ? $"; {near}"
                : "";
            findings.Error(
                header.OrganisationAt,
                $"organisation '{NodeValues.Shorten(header.OrganisationCode)}' is not in the register "
                    + $"(seeds/organisations.csv){advice} (wcc orgs TEXT searches it)"
            );
        }

        return organisation;
    }

    private FrameworkDefinition? ResolveFramework(AssessmentHeader header, FindingSink findings)
    {
        var at = header.FrameworkAt;
        if (
            !SeedLibrary.IsSafeId(header.FrameworkId)
            || !File.Exists(Path.Combine(Seeds.Directory, "frameworks", header.FrameworkId + ".yaml"))
        )
        {
            findings.Error(
                at,
                $"unknown framework '{NodeValues.Shorten(header.FrameworkId)}' (known: "
                    + $"{string.Join(", ", Seeds.FrameworkIds)})"
            );
            return null;
        }

        var (framework, frameworkFindings) = Seeds.Framework(header.FrameworkId);
        findings.AddRange(frameworkFindings);
        if (framework is not null && framework.Year != header.Year)
        {
            findings.Error(
                at,
                $"year '{NodeValues.Shorten(header.Year)}' does not match framework '{framework.Id}', which is for "
                    + $"{framework.Year}"
            );
        }

        return framework;
    }
}

/// <summary>The outcome of loading: the assessment when it is valid, and every finding either way.</summary>
public sealed record LoadResult(
    AssessmentRecord? Assessment,
    FrameworkDefinition? Framework,
    IReadOnlyList<Finding> Findings
)
{
    /// <summary>Whether the assessment loaded without errors; warnings may remain.</summary>
    public bool IsValid => Assessment is not null;

    /// <summary>
    /// The assessment as far as it could be read, errors or not: a file that did not read is missing from it and
    /// a value that did not read is left out. Only a preview may show it, and only marked as a draft; null when
    /// not even assessment.yaml's organisation and framework could be read.
    /// </summary>
    public AssessmentRecord? Draft { get; init; }
}
