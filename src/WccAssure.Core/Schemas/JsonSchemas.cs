namespace WccAssure.Core.Schemas;

/// <summary>The JSON Schemas of the assessment file kinds, shipped inside the library.</summary>
internal static class JsonSchemas
{
    public static readonly IReadOnlyList<string> Kinds = ["assessment", "competency", "governance", "outcomes"];

    public static IEnumerable<(string Name, string Content)> All()
    {
        var assembly = typeof(JsonSchemas).Assembly;
        foreach (var kind in Kinds)
        {
            var name = $"{kind}.schema.json";
            using var stream = assembly.GetManifestResourceStream("WccAssure.Schemas." + name)
                ?? throw new InvalidOperationException($"schema {name} is not embedded");
            using var reader = new StreamReader(stream);
            yield return (name, reader.ReadToEnd());
        }
    }
}
