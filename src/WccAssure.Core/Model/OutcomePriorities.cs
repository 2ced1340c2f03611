namespace WccAssure.Core.Model;

/// <summary>Why an outcome was chosen: a national requirement, newly selected this year, or a local choice.</summary>
public static class OutcomePriorities
{
    public const string National = "national";
    public const string NewlySelected = "newly-selected";
    public const string Local = "local";

    public static readonly IReadOnlyList<string> All = [National, NewlySelected, Local];
}
