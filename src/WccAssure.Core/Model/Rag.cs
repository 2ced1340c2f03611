namespace WccAssure.Core.Model;

/// <summary>A governance rating. The order matters: Red is worst.</summary>
public enum Rag
{
    /// <summary>
    /// The worst rating; what a governance measure gets when neither green's nor amber's criteria hold.
    /// </summary>
    Red,

    /// <summary>The middle rating.</summary>
    Amber,

    /// <summary>The best rating.</summary>
    Green,
}
