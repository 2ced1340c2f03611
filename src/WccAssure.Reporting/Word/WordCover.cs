using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The cover page and the notes that open the report (edition, framework, marks), and the issued edition's
/// sign-off block; the author's draft has neither the issued cover nor a sign-off, as in the HTML and Markdown.
/// </summary>
internal static class WordCover
{
    public static void Write(WordBuilder word)
    {
        var view = word.View;
        if (view.ForPanel)
        {
            Issued(word);
        }
        else
        {
            Draft(word);
        }

        if (view.Synthetic)
        {
            word.Add(
                WordText.Body([
                    WordText.Bold(
                        "SYNTHETIC assessment generated for demonstration and benchmarks: not a real organisation's "
                            + "results."
                    ),
                ])
            );
        }

        word.Add(WordText.PageBreak());
        if (view.ForPanel)
        {
            word.Add(
                WordText.Legend(
                    $"{ValueMark.ReconstructedSymbol} marks a value reconstructed from the source (its marks were "
                        + $"lost), or a figure resting on one; {ValueMark.ComputedSymbol} marks a value computed or "
                        + $"rolled up for this report. The numbered footnote beside a mark "
                        + "gives its reason; the provenance annex, a separate document, lists them all."
                )
            );
            return;
        }

        word.Add(
            WordText.Legend("Author's edition: includes the gap to the next level and findings about the evidence.")
        );
        if (view.FrameworkNote.Length > 0)
        {
            word.Add(WordText.Legend(view.FrameworkNote));
        }

        word.Add(
            WordText.Legend(
                $"{ValueMark.ReconstructedSymbol} marks a value reconstructed from the source (its marks were lost), "
                    + $"or a figure resting on one; {ValueMark.ComputedSymbol} marks a value this tool computed or "
                    + $"rolled up. The numbered footnote beside a mark gives its "
                    + "reason, and the appendix lists them all."
            )
        );
    }

    /// <summary>The issued report's cover, as the panel's own report opens.</summary>
    private static void Issued(WordBuilder word)
    {
        var (view, cover) = (word.View, word.View.Cover);
        word.Add(WordText.Styled(WordStyles.Subtitle, "World Class Commissioning panel report"));
        word.Add(
            WordText.Styled(WordStyles.Title, cover.Organisation.Length > 0 ? cover.Organisation : view.Organisation)
        );
        word.Add(
            WordText.Styled(
                WordStyles.Subtitle,
                cover.Title.Length > 0 ? cover.Title : $"World Class Commissioning assurance, year {view.Year}"
            )
        );
        if (cover.PanelDate.Length > 0)
        {
            word.Add(WordText.Body([WordText.Bold(cover.PanelDate)]));
        }

        word.Add(
            WordText.Body(
                $"Version: {(cover.Version.Length > 0 ? cover.Version : "not numbered")} · Status: {cover.Issue}"
            )
        );
        word.Add(
            WordText.Legend(
                $"Organisation code "
                    + $"{view.Code}{(view.Sha.Length > 0 ? $" · {view.Sha} strategic health authority" : "")}"
            )
        );
    }

    private static void Draft(WordBuilder word)
    {
        var view = word.View;
        word.Add(WordText.Styled(WordStyles.Title, view.Organisation));
        word.Add(
            WordText.Styled(WordStyles.Subtitle, $"{view.Status} — World Class Commissioning assurance {view.Year}")
        );
        word.Add(
            WordText.Legend(
                $"Organisation code {view.Code}"
                    + $"{(view.Sha.Length > 0 ? $" · {view.Sha} strategic health authority" : "")}"
                    + $"{(view.PanelDate.Length > 0 ? $" · panel {view.PanelDate}" : "")} · framework: {view.Framework}"
            )
        );
    }

    /// <summary>
    /// The chair signs on a line when the assessment names no chair or date: a name is never invented.
    /// </summary>
    public static void SignOff(WordBuilder word)
    {
        var signOff = word.View.SignOff;
        word.Add(WordText.Heading(1, "Sign-off", pageBreakBefore: true));
        word.Add(WordText.Body("Issued on behalf of the assurance panel."));
        word.Add(
            WordText.Body([WordText.Bold("Panel chair: "), WordInline.Plain(signOff.HasChair ? signOff.Chair : Line)])
        );
        word.Add(WordText.Body([WordText.Bold("Signature: "), WordInline.Plain(Line)]));
        word.Add(WordText.Body([WordText.Bold("Date: "), WordInline.Plain(signOff.HasDate ? signOff.Date : Line)]));
    }

    private const string Line = "______________________________";
}
