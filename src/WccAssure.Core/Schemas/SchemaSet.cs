using WccAssure.Core.IO;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Schemas;

/// <summary>
/// The JSON Schemas `wcc schema` writes for editors: the general ones, and one folder per framework year of the
/// seeds listing that year's ids (a framework that does not load has no folder; `wcc validate` names its errors).
/// </summary>
public static class SchemaSet
{
    /// <summary>
    /// Every schema file by its path under the output folder ("wcc-2009-10/competency.schema.json"), with its JSON
    /// text.
    /// </summary>
    public static IReadOnlyList<(string Name, string Content)> Files(SeedLibrary seeds) =>
        [
            .. JsonSchemas.All(),
            .. seeds
                .FrameworkIds.Select(id => seeds.Framework(id).Framework)
                .OfType<Model.Framework.FrameworkDefinition>()
                .SelectMany(framework =>
                    FrameworkSchemas.Generate(framework).Select(s => ($"{framework.Id}/{s.Name}", s.Content))
                ),
        ];

    /// <summary>
    /// Writes each file under <paramref name="output"/>, yielding its path (with '/') once it is written.
    /// </summary>
    public static IEnumerable<string> Write(SeedLibrary seeds, string output)
    {
        foreach (var (name, content) in Files(seeds))
        {
            AtomicFile.Write(Path.Combine(output, name), content);
            yield return Path.Combine(output, name).Replace('\\', '/');
        }
    }
}
