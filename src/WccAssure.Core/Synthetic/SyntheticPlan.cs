using WccAssure.Core.IO;
using WccAssure.Core.Loading;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Core.Synthetic;

/// <summary>A synthetic national set that can be made: its folder, organisations, framework and random seed.</summary>
public sealed record SyntheticPlan(
    string Output,
    IReadOnlyList<Organisation> Organisations,
    FrameworkDefinition Framework,
    int Seed
) : IFolderPlan
{
    /// <inheritdoc/>
    public string Summary =>
        $"created {Output}: {Organisations.Count} synthetic assessments ({Framework.Id}, seed {Seed}), "
        + $"{SyntheticNationalSet.DataSetFile}, {SyntheticNationalSet.ClustersFile}";

    /// <summary>Creates the folder as a whole: an assessment per organisation, the data set and the clusters.</summary>
    public void Write() => AtomicFolder.Write(Output, SyntheticNationalSet.Generate(Organisations, Framework, Seed));
}
