namespace WccAssure.Core.Model;

/// <summary>The words used for RAG ratings in files and outputs.</summary>
public static class RatingWords
{
    public static readonly IReadOnlyList<string> RagWords = ["red", "amber", "green"];

    public static Rag? ParseRag(string? word) => word switch
    {
        "red" => Rag.Red,
        "amber" => Rag.Amber,
        "green" => Rag.Green,
        _ => null,
    };

    public static string Word(this Rag rag) => rag switch
    {
        Rag.Red => "red",
        Rag.Amber => "amber",
        _ => "green",
    };

    public static string Title(this Rag rag) => rag switch
    {
        Rag.Red => "Red",
        Rag.Amber => "Amber",
        _ => "Green",
    };
}
