namespace WccAssure.Core.Model.Framework;

public enum CompetencyRollup
{
    Mean,
    Minimum,
}
