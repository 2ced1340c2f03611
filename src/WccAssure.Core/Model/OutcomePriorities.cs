namespace WccAssure.Core.Model;

/// <summary>Why an outcome was chosen: a national requirement, newly selected this year, or a local choice.</summary>
public static class OutcomePriorities
{
    /// <summary>An outcome the national framework requires every PCT to choose.</summary>
    public const string National = "national";

    /// <summary>An outcome the PCT chose for the first time this year.</summary>
    public const string NewlySelected = "newly-selected";

    /// <summary>An outcome the PCT chose for its own local priorities.</summary>
    public const string Local = "local";

    /// <summary>Every priority word outcomes.yaml and the framework accept.</summary>
    public static readonly IReadOnlyList<string> All = [National, NewlySelected, Local];
}
