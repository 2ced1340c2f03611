namespace WccAssure.Core.Model;

/// <summary>A governance rating. The order matters: Red is worst.</summary>
public enum Rag
{
    Red,
    Amber,
    Green,
}
