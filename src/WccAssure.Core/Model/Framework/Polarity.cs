namespace WccAssure.Core.Model.Framework;

/// <summary>Which direction of an indicator is improvement; a rate of improvement is sign-adjusted by it.</summary>
public enum Polarity
{
    /// <summary>A rise is an improvement (life expectancy); `higher` in the framework.</summary>
    HigherIsBetter,

    /// <summary>A fall is an improvement (mortality); `lower` in the framework.</summary>
    LowerIsBetter,
}
