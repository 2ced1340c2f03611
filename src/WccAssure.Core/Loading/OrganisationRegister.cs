using Microsoft.VisualBasic.FileIO;

namespace WccAssure.Core.Loading;

/// <summary>The 152 PCTs of 2009/10 (seeds/organisations.csv), looked up by code.</summary>
public sealed class OrganisationRegister
{
    private readonly Dictionary<string, Organisation> byCode;

    public OrganisationRegister(IEnumerable<Organisation> organisations)
    {
        All = [.. organisations];
        byCode = All.Where(o => o.Code.Length > 0).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Organisation> All { get; }

    public Organisation? Find(string code) => byCode.GetValueOrDefault(code);

    public static OrganisationRegister Load(string csvPath)
    {
        using var parser = new TextFieldParser(csvPath) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields();
        var rows = new List<Organisation>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields();
            if (fields is { Length: >= 3 })
            {
                rows.Add(new Organisation(fields[0].Trim(), fields[1].Trim(), fields[2].Trim()));
            }
        }

        return new OrganisationRegister(rows);
    }
}
