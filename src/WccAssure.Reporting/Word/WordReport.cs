using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The report as a Word document (report.docx), laid out from the same <see cref="ReportView"/> the HTML and
/// Markdown templates show: it formats what the view says and derives no rating. The same view gives the same
/// bytes: every part has a fixed relationship id, and the package's dates are the fixed ones of the workbook.
/// </summary>
internal static class WordReport
{
    public static byte[] Render(ReportView view)
    {
        var builder = new WordBuilder(view);
        WordSections.Write(builder);
        using var stream = new MemoryStream();
        using (
            var document = WordprocessingDocument.Create(
                stream,
                DocumentFormat.OpenXml.WordprocessingDocumentType.Document
            )
        )
        {
            // Fixed ids: the SDK would otherwise name the package's relationships at random.
            var main = document.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "rIdDocument"
            );
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Build();
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = WordParts.Numbering();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = WordParts.Settings();
            main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = builder.Notes.Part();
            main.AddNewPart<FooterPart>("rIdFooter").Footer = WordParts.Footer($"{view.Organisation} · {view.Year}");
            foreach (var (id, png) in builder.Pictures)
            {
                using var bytes = new MemoryStream(png.Bytes, writable: false);
                main.AddImagePart(ImagePartType.Png, id).FeedData(bytes);
            }

            var body = new Body(builder.Body);
            body.Append(WordParts.Page("rIdFooter"));
            main.Document = new Document(body);

            // The stamp below writes this part's content; the part itself must exist for the package to name it.
            document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        }

        WorkbookStamp.Apply(stream, view.Title, []);
        return stream.ToArray();
    }
}
