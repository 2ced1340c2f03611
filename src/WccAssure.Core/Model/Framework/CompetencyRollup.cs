namespace WccAssure.Core.Model.Framework;

/// <summary>How a competency's score comes from its measure levels (`rollup.competency` in the framework).</summary>
public enum CompetencyRollup
{
    /// <summary>The mean of the levels, a decimal from 1.00 to 4.00 (the default).</summary>
    Mean,

    /// <summary>The lowest level.</summary>
    Minimum,
}
