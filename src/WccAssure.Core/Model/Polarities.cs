using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Model;

/// <summary>The one place an indicator's polarity becomes a sign or a word.</summary>
public static class Polarities
{
    /// <summary>
    /// +1 when a rise is an improvement, −1 when a fall is: multiplying by it makes "bigger is better".
    /// </summary>
    public static int Sign(this Polarity polarity) => polarity == Polarity.LowerIsBetter ? -1 : 1;

    /// <summary>"lower" or "higher", the word of the framework files and the JSON contract.</summary>
    public static string Word(this Polarity polarity) => polarity == Polarity.LowerIsBetter ? "lower" : "higher";

    /// <summary>"lower is better" or "higher is better".</summary>
    public static string Phrase(this Polarity polarity) => $"{polarity.Word()} is better";
}
