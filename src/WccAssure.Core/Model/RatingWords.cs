namespace WccAssure.Core.Model;

/// <summary>The words used for RAG ratings in files and outputs.</summary>
public static class RatingWords
{
    /// <summary>The words a file may write for a RAG rating, worst first.</summary>
    public static readonly IReadOnlyList<string> RagWords = ["red", "amber", "green"];

    /// <summary>
    /// The rating written as <paramref name="word"/> ("red", "amber", "green"), or null when it is not one.
    /// </summary>
    public static Rag? ParseRag(string? word) =>
        word switch
        {
            "red" => Rag.Red,
            "amber" => Rag.Amber,
            "green" => Rag.Green,
            _ => null,
        };

    /// <summary>The lower-case word files, traces and the JSON contract use ("amber").</summary>
    public static string Word(this Rag rag) =>
        rag switch
        {
            Rag.Red => "red",
            Rag.Amber => "amber",
            _ => "green",
        };

    /// <summary>The capitalised word reports print ("Amber").</summary>
    public static string Title(this Rag rag) =>
        rag switch
        {
            Rag.Red => "Red",
            Rag.Amber => "Amber",
            _ => "Green",
        };

    /// <summary>
    /// A rating as every output writes it: "3" or "Amber", with "*" when the value was reconstructed so it is never
    /// shown as if stated; <paramref name="none"/> when unknown (never 0).
    /// </summary>
    public static string Show<T>(Rating<T>? rating, string none)
        where T : struct =>
        rating is null
            ? none
            : Show(rating.Value) + (rating.Provenance.Kind == ProvenanceKind.Reconstructed ? "*" : "");

    /// <summary>A level as its number, a RAG as its title.</summary>
    public static string Show<T>(T value)
        where T : struct =>
        value is Rag rag
            ? rag.Title()
            : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
