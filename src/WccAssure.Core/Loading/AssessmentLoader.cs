using WccAssure.Core.Diagnostics;
using WccAssure.Core.Model.Assessment;
using WccAssure.Core.Model.Framework;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Loading;

/// <summary>Loads an assessment folder into a validated, immutable model, collecting every finding on the way.</summary>
public sealed class AssessmentLoader(SeedLibrary seeds)
{
    public const string HeaderFile = "assessment.yaml";
    public const string OutcomesFile = "outcomes.yaml";

    public SeedLibrary Seeds { get; } = seeds;

    public LoadResult Load(string folder, bool withPreviousYear = true)
    {
        var findings = new FindingSink();
        var assessment = LoadInto(folder, findings);
        if (assessment is not null && withPreviousYear)
        {
            assessment = PreviousYear.Apply(assessment, this, findings);
        }

        if (assessment is not null)
        {
            EvidenceChecks.Run(assessment, findings);
        }

        return new LoadResult(findings.HasErrors ? null : assessment, Frame(assessment), findings.Sorted());

        FrameworkDefinition? Frame(AssessmentRecord? a) => a is null ? null : Seeds.Framework(a.FrameworkId).Framework;
    }

    private AssessmentRecord? LoadInto(string folder, FindingSink findings)
    {
        var display = folder.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(folder))
        {
            // .NET reads a command-line argument that is not UTF-8 with U+FFFD in place of each bad byte, so such a
            // folder can never be found under the name it was given.
            findings.Error(SourceLocation.StartOf(display), folder.Contains('\uFFFD', StringComparison.Ordinal)
                ? "no such assessment folder: its name is not valid UTF-8 (shown with \uFFFD); rename the folder with UTF-8 characters"
                : "no such assessment folder");
            return null;
        }

        if (AssessmentFiles.IsUnreadable(folder))
        {
            findings.Error(SourceLocation.StartOf(display), "cannot read the assessment folder: permission denied");
            return null;
        }

        var files = new AssessmentFiles(folder, display, findings);
        if (files.Read(HeaderFile) is not YamlMapping root)
        {
            if (findings.Findings.Count == 0)
            {
                findings.Error(SourceLocation.StartOf(files.Display(HeaderFile)), "assessment.yaml should be a mapping of keys to values");
            }

            return null;
        }

        // One error in the header must not hide the findings in every other file: an unknown organisation is
        // carried by its code, and an unknown framework is replaced by the one for the year, when there is one.
        var header = AssessmentFileReader.ReadHeader(root, files.Display(HeaderFile), findings);
        var organisation = CheckOrganisation(header, findings) ?? new Organisation(header.OrganisationCode, header.OrganisationCode, "");
        var framework = ResolveFramework(header, findings) ?? Seeds.FrameworkForYear(header.Year);
        if (framework is null)
        {
            return null;
        }

        var context = new AssessmentReadContext(findings, framework, header.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
        var (commentary, figures, notes) = AssessmentFileReader.ReadBody(root, context);
        var competencies = framework.Competencies
            .Select(c => files.Read($"competencies/{c.Id}.yaml") is { } node ? CompetencyFileReader.Read(node, c.Id, context) : null)
            .OfType<CompetencyRecord>().ToList();
        var governance = framework.Governance
            .Select(a => files.Read($"governance/{a.Id}.yaml") is { } node ? GovernanceFileReader.Read(node, a.Id, context) : null)
            .OfType<GovernanceRecord>().ToList();
        var outcomes = files.Read(OutcomesFile) is { } outcomesNode ? OutcomesFileReader.Read(outcomesNode, context) : OutcomesRecord.Empty;
        files.ReportStrays("competencies", framework.Competencies.Select(c => c.Id + ".yaml"));
        files.ReportStrays("governance", framework.Governance.Select(a => a.Id + ".yaml"));
        return new AssessmentRecord(
            display, organisation.Code, organisation.Name, organisation.Sha, header.Year, framework.Id, header.Status, header.PanelDate,
            header.Sources, commentary, figures, notes, competencies, governance, outcomes, header.Location)
        {
            Synthetic = header.Synthetic,
        };
    }

    private Organisation? CheckOrganisation(AssessmentHeader header, FindingSink findings)
    {
        var organisation = Seeds.Register.Find(header.OrganisationCode);
        if (organisation is null)
        {
            findings.Error(header.OrganisationAt, $"organisation '{NodeValues.Shorten(header.OrganisationCode)}' is not in the register (seeds/organisations.csv)");
        }

        return organisation;
    }

    private FrameworkDefinition? ResolveFramework(AssessmentHeader header, FindingSink findings)
    {
        var at = header.FrameworkAt;
        if (!SeedLibrary.IsSafeId(header.FrameworkId) || !File.Exists(Path.Combine(Seeds.Directory, "frameworks", header.FrameworkId + ".yaml")))
        {
            findings.Error(at, $"unknown framework '{NodeValues.Shorten(header.FrameworkId)}' (known: {string.Join(", ", Seeds.FrameworkIds)})");
            return null;
        }

        var (framework, frameworkFindings) = Seeds.Framework(header.FrameworkId);
        findings.AddRange(frameworkFindings);
        if (framework is not null && framework.Year != header.Year)
        {
            findings.Error(at, $"year '{NodeValues.Shorten(header.Year)}' does not match framework '{framework.Id}', which is for {framework.Year}");
        }

        return framework;
    }
}

/// <summary>The outcome of loading: the assessment when it is valid, and every finding either way.</summary>
public sealed record LoadResult(AssessmentRecord? Assessment, FrameworkDefinition? Framework, IReadOnlyList<Finding> Findings)
{
    public bool IsValid => Assessment is not null;
}
