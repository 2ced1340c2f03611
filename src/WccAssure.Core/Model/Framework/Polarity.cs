namespace WccAssure.Core.Model.Framework;

public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
}
