using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>The commentary (strengths and headline findings) and the potential for improvement.</summary>
internal static class WordCommentary
{
    public static void Write(WordBuilder word)
    {
        var commentary = word.View.Commentary;
        word.Add(WordText.Heading(1, "Commentary", pageBreakBefore: true));
        if (commentary.IsEmpty)
        {
            word.Add(WordText.Body([WordText.Muted("No commentary has been written yet.")]));
        }

        if (commentary.Strengths.Count > 0)
        {
            word.Add(WordText.Heading(2, "Strengths"));
            word.Bullets(commentary.Strengths);
        }

        foreach (var headline in commentary.Headlines)
        {
            word.Add(WordText.Heading(2, $"{headline.Number}. {headline.Title}"));
            if (headline.Observations.Count > 0)
            {
                word.Add(WordText.Body("Observations:"));
                word.Bullets(headline.Observations);
            }

            if (!headline.Recommendation.IsEmpty)
            {
                word.Add(
                    WordText.Body([WordText.Bold("Recommendation: "), .. WordBuilder.Note(headline.Recommendation)])
                );
            }
        }
    }

    public static void Potential(WordBuilder word)
    {
        var commentary = word.View.Commentary;
        word.Add(WordText.Heading(1, "Potential for improvement", pageBreakBefore: true));
        word.Add(WordText.Heading(2, "PCT trajectory"));
        word.Bullets(commentary.Trajectory, "Not recorded.");
        if (commentary.TrajectoryDevelopment.Count > 0)
        {
            word.Add(WordText.Heading(2, "Areas for development"));
            word.Bullets(commentary.TrajectoryDevelopment);
        }

        word.Add(WordText.Heading(2, "Organisational development"));
        Aspects(word, commentary.Development, "Not recorded.");
        if (commentary.DevelopmentAreas.Count > 0)
        {
            word.Add(WordText.Heading(2, "Areas for development: alignment, execution, renewal"));
            Aspects(word, commentary.DevelopmentAreas, "");
        }
    }

    private static void Aspects(WordBuilder word, IReadOnlyList<AspectView> aspects, string none)
    {
        foreach (var aspect in aspects)
        {
            word.Add(WordText.Bullet([WordText.Bold($"{aspect.Aspect}: "), .. WordBuilder.Note(aspect.Note)]));
        }

        if (aspects.Count == 0 && none.Length > 0)
        {
            word.Add(WordText.Body([WordText.Muted(none)]));
        }
    }
}
