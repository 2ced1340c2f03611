namespace WccAssure.Core.Pipeline;

/// <summary>How the engine turns the paths of a <see cref="BatchRequest"/> into the folders it evaluates.</summary>
public enum PathReading
{
    /// <summary>
    /// As a person names them (see <see cref="Loading.AssessmentFolders"/>): a folder holding assessments stands for
    /// each of them, a file for its assessment; a folder named twice is evaluated once.
    /// </summary>
    Expand,

    /// <summary>
    /// Expanded, each path checked on its own (`wcc validate`): a file named keeps only the findings that concern it
    /// (<see cref="AssessmentBatch.NamedFindings"/>).
    /// </summary>
    Check,

    /// <summary>The paths are assessment folders, evaluated as given (the panel workbook, the preview).</summary>
    AsGiven,
}
