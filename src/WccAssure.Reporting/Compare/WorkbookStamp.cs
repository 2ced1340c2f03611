using System.IO.Compression;
using System.Xml.Linq;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// Makes a written workbook the same bytes for the same pack. The writer stamps each ZIP entry with the clock and
/// the document's created date with the clock too; this rewrites both to one fixed date (the 2009/10 assurance
/// round's), so a rerun over the same folders gives an identical file. It also names each sheet's filter range
/// `_xlnm._FilterDatabase`, which the writer leaves out: Excel shows a sheet's filter without it, LibreOffice Calc
/// only with it.
/// </summary>
internal static class WorkbookStamp
{
    private const string CorePart = "docProps/core.xml";
    private const string WorkbookPart = "xl/workbook.xml";
    private static readonly DateTimeOffset Fixed = new(2010, 5, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Rewrites the package held in <paramref name="package"/> in place.</summary>
    public static void Apply(MemoryStream package, string title, IReadOnlyList<SheetFilter>? filters = null)
    {
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(CorePart)?.Delete();
            using (var core = zip.CreateEntry(CorePart, CompressionLevel.Fastest).Open())
            {
                CoreProperties(title).Save(core, SaveOptions.DisableFormatting);
            }

            // Only a workbook with filters gets the names; another's workbook part is left as written.
            if (filters is { Count: > 0 } && zip.GetEntry(WorkbookPart) is { } workbookEntry)
            {
                XDocument workbook;
                using (var read = workbookEntry.Open())
                {
                    workbook = XDocument.Load(read);
                }

                workbookEntry.Delete();
                using var write = zip.CreateEntry(WorkbookPart, CompressionLevel.Fastest).Open();
                FilterNames(workbook, filters).Save(write, SaveOptions.DisableFormatting);
            }

            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = Fixed;
            }
        }
    }

    /// <summary>
    /// One hidden `_xlnm._FilterDatabase` per sheet, local to it (its index in the workbook's sheet list), after the
    /// sheet list as the schema orders the workbook's children.
    /// </summary>
    private static XDocument FilterNames(XDocument workbook, IReadOnlyList<SheetFilter> filters)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheets = workbook.Root!.Element(main + "sheets");
        if (sheets is null || filters.Count == 0)
        {
            return workbook;
        }

        var names = sheets.Elements(main + "sheet").Select(e => (string?)e.Attribute("name")).ToList();
        var defined = new XElement(
            main + "definedNames",
            filters
                .Where(f => names.Contains(f.Sheet))
                .Select(f => new XElement(
                    main + "definedName",
                    new XAttribute("name", "_xlnm._FilterDatabase"),
                    new XAttribute("localSheetId", names.IndexOf(f.Sheet)),
                    new XAttribute("hidden", 1),
                    f.Reference
                ))
        );
        workbook.Root.Element(main + "definedNames")?.Remove();
        sheets.AddAfterSelf(defined);
        return workbook;
    }

    /// <summary>The document properties: the title, and created and modified on the fixed date.</summary>
    private static XDocument CoreProperties(string title)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace terms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = Fixed.UtcDateTime.ToString(
            "yyyy-MM-dd'T'HH:mm:ss'Z'",
            System.Globalization.CultureInfo.InvariantCulture
        );
        return new XDocument(
            new XDeclaration("1.0", "utf-8", "yes"),
            new XElement(
                cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", cp),
                new XAttribute(XNamespace.Xmlns + "dc", dc),
                new XAttribute(XNamespace.Xmlns + "dcterms", terms),
                new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XElement(dc + "title", title),
                new XElement(terms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date),
                new XElement(terms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), date)
            )
        );
    }
}
