namespace WccAssure.Core.Model.Assessment;

/// <summary>
/// Who signs the issued report and when (`signOff: {chair, date}` in assessment.yaml). Either may be unknown:
/// the report then leaves a line to sign rather than invent a name or a date.
/// </summary>
public sealed record SignOff(string? Chair, string? Date)
{
    /// <summary>Neither the chair nor the date known.</summary>
    public static readonly SignOff None = new(null, null);
}
