namespace WccAssure.Core.Changes;

/// <summary>Which assessment a side of a diff is.</summary>
public sealed record AssessmentSide(
    string Folder,
    string OrganisationCode,
    string OrganisationName,
    string Year,
    bool Synthetic
);
