namespace WccAssure.Reporting.Word;

/// <summary>
/// The report's sections in the order the panel's report reads, as the HTML and Markdown editions have them.
/// </summary>
internal static class WordSections
{
    public static void Write(WordBuilder word)
    {
        WordCover.Write(word);
        WordCommentary.Write(word);
        WordScorecard.Write(word);
        WordCommentary.Potential(word);
        WordGovernance.Write(word);
        WordOutcomes.Write(word);
        WordCompetencies.Write(word);
        WordAppendix.Write(word);
        if (word.View.ForPanel)
        {
            WordCover.SignOff(word);
        }
    }
}
