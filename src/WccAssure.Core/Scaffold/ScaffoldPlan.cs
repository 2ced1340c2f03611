using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Scaffold;

/// <summary>A new assessment folder that can be made: where, for whom, under which framework.</summary>
public sealed record ScaffoldPlan(string Target, Organisation Organisation, FrameworkDefinition Framework) : IFolderPlan
{
    /// <inheritdoc/>
    public string Summary => $"created {Target} for {Organisation.Name} ({Framework.Id}); next: wcc validate {Target}";

    /// <summary>Creates the folder as a whole; it validates as it stands.</summary>
    public void Write() => AtomicFolder.Write(Target, AssessmentScaffold.Files(Organisation, Framework));
}
