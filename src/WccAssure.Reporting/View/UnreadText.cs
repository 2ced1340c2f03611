using WccAssure.Core.Model.Assessment;

namespace WccAssure.Reporting.View;

/// <summary>The placeholder of a section whose file a draft could not read: the finding to fix, where it is.</summary>
internal static class UnreadText
{
    /// <summary>Empty when the file was read (or the assessment is valid): only a draft has unread files.</summary>
    public static string For(AssessmentRecord assessment, string path)
    {
        if (assessment.Unread.FirstOrDefault(u => u.Path == path) is not { } unread)
        {
            return "";
        }

        var finding = unread.Finding is { } f
            ? $": {path}:{f.Location.Line}:{f.Location.Column}: {f.Message}"
            : $" ({path})";
        return $"This file could not be read, so this section is empty until it is fixed{finding}";
    }
}
