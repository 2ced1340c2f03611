using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>The cover page, the notes that open the report (edition, framework, marks), and the sign-off block.</summary>
internal static class WordCover
{
    public static void Write(WordBuilder word)
    {
        var view = word.View;
        var cover = view.Cover;
        word.Add(WordText.Styled(WordStyles.Title, cover.Organisation.Length > 0 ? cover.Organisation : view.Organisation));
        word.Add(WordText.Styled(WordStyles.Subtitle,
            cover.Title.Length > 0 ? cover.Title : $"World Class Commissioning assurance, year {view.Year}"));
        word.Add(WordText.Body(view.Status));
        if (cover.PanelDate.Length > 0)
        {
            word.Add(WordText.Body($"Panel date: {cover.PanelDate}"));
        }

        var issue = string.Join(" · ", new[] { cover.Version.Length > 0 ? $"Version {cover.Version}" : "", cover.Issue }.Where(s => s.Length > 0));
        if (issue.Length > 0)
        {
            word.Add(WordText.Body(issue));
        }

        word.Add(WordText.Legend(
            $"Organisation code {view.Code}{(view.Sha.Length > 0 ? $" · {view.Sha} strategic health authority" : "")} · framework: {view.Framework}"));
        if (view.Synthetic)
        {
            word.Add(WordText.Body([WordText.Bold(
                "SYNTHETIC assessment generated for demonstration and benchmarks: not a real organisation's results.")]));
        }

        word.Add(WordText.PageBreak());
        word.Add(WordText.Legend(view.ForPanel
            ? "Panel edition: the report a panel issues, without the author's sections."
            : "Author's edition: includes the gap to the next level and findings about the evidence."));
        if (view.FrameworkNote.Length > 0)
        {
            word.Add(WordText.Legend(view.FrameworkNote));
        }

        word.Add(WordText.Legend(
            $"{ValueMark.ReconstructedSymbol} marks a value reconstructed from the source (its marks were lost), or a figure resting on one; "
            + $"{ValueMark.ComputedSymbol} marks a value this tool computed or rolled up. The numbered footnote beside a mark gives its reason."));
    }

    /// <summary>The chair signs on a line when the assessment names no chair or date: a name is never invented.</summary>
    public static void SignOff(WordBuilder word)
    {
        var signOff = word.View.SignOff;
        word.Add(WordText.Heading(1, "Sign-off", pageBreakBefore: false));
        word.Add(WordText.Body("Signed on behalf of the assurance panel."));
        word.Add(WordText.Body([WordText.Bold("Panel chair: "), WordInline.Plain(signOff.HasChair ? signOff.Chair : Line)]));
        word.Add(WordText.Body([WordText.Bold("Date: "), WordInline.Plain(signOff.HasDate ? signOff.Date : Line)]));
    }

    private const string Line = "______________________________";
}
