using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Tests;

/// <summary>One wording of a folder and of a file within it, for every message and result that names them.</summary>
public sealed class DisplayPathTests
{
    [Theory]
    [InlineData("assessments/x/2009-10", "assessments/x/2009-10")]
    [InlineData("assessments/x/2009-10/", "assessments/x/2009-10")]
    [InlineData("assessments\\x\\2009-10\\", "assessments/x/2009-10")]
    [InlineData("/", "")]
    public void A_folder_is_named_with_forward_slashes_and_no_trailing_slash(string given, string shown) =>
        Assert.Equal(shown, DisplayPath.Folder(given));

    [Theory]
    [InlineData("a/2009-10/competencies/c01.yaml", "a/2009-10", "competencies/c01.yaml")]
    [InlineData("b/a/2009-10/c01.yaml", "a/2009-10", "b/a/2009-10/c01.yaml")]
    [InlineData("a/2009-10x/c01.yaml", "a/2009-10", "a/2009-10x/c01.yaml")]
    [InlineData("a/c01.yaml", null, "a/c01.yaml")]
    public void A_file_is_named_within_its_folder_only_when_it_starts_with_it(
        string file,
        string? folder,
        string shown
    ) => Assert.Equal(shown, DisplayPath.Within(file, folder));
}
