using System.Globalization;
using System.Text;

namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// Writes the page numbers into a printed PDF's contents list. Before printing, each entry is given an empty link to
/// its section (a slot: <see cref="SlotStyle"/>) where its number goes. Chromium prints each link as an annotation
/// whose rectangle is where the slot was laid out and whose destination is the page where the section starts, so
/// one print says both where each number goes and what it is. The numbers are drawn there in an update appended
/// to the file, in the contents list's own font, and marked as an artifact: the link beside each, in the tag tree,
/// already takes a reader to the section.
/// </summary>
internal static class ContentsNumbers
{
    /// <summary>A slot's height: the number's font size follows from the printed rectangle's height.</summary>
    public const double SlotHeightEm = 0.7;

    /// <summary>
    /// An empty inline block sits on the baseline, so the bottom of its rectangle is where the number's baseline
    /// goes; two digits wide (2ch), it keeps the space the number takes, so nothing moves when it is drawn.
    /// </summary>
    public static readonly string SlotStyle = FormattableString.Invariant(
        $"display:inline-block;width:2ch;height:{SlotHeightEm}em;vertical-align:baseline"
    );

    /// <summary>
    /// How far a slot's printed width over height may stray from its laid-out one (the rectangle is rounded to whole
    /// CSS pixels): enough to tell a slot (about 2:1) from its entry's title link (5:1 and wider).
    /// </summary>
    private const double Tolerance = 1.4;

    /// <summary>
    /// The PDF with each entry's number drawn in its slot, and the entries whose slot or section was not found (empty
    /// when all were). <paramref name="aspect"/> is the slot's width over its height as laid out before printing.
    /// </summary>
    public static (byte[] Pdf, IReadOnlyList<string> Missing) Fill(
        byte[] pdf,
        IReadOnlyList<ContentsSlot> slots,
        double aspect
    )
    {
        var file = PdfFile.Open(pdf);
        var pages = file.Pages();
        var pageOf = pages.Select((number, index) => (number, index)).ToDictionary(p => p.number, p => p.index + 1);
        var links = Links(file, pages);
        var update = new PdfUpdate(file);
        var missing = new List<string>();
        var numbers = new List<(PrintedLink Link, int Number, ContentsSlot Slot)>();
        foreach (var slot in slots)
        {
            var link = links.FirstOrDefault(l =>
                l.Name == slot.Id && l.Width / l.Height is var a && a > aspect / Tolerance && a < aspect * Tolerance
            );
            if (link?.Target is { } target && pageOf.TryGetValue(target, out var number))
            {
                numbers.Add((link, number, slot));
            }
            else
            {
                missing.Add(slot.Id);
            }
        }

        foreach (var onPage in numbers.GroupBy(n => n.Link.Page))
        {
            Draw(file, update, onPage.Key, [.. onPage]);
        }

        return (update.Apply(pdf), missing);
    }

    /// <summary>
    /// Gives the page a content stream that draws the numbers after its own, which is bracketed in q … Q so its
    /// transformations do not apply to them.
    /// </summary>
    private static void Draw(
        PdfFile file,
        PdfUpdate update,
        int pageNumber,
        IReadOnlyList<(PrintedLink Link, int Number, ContentsSlot Slot)> numbers
    )
    {
        var page = file.Dictionary(new PdfReference(pageNumber, 0));
        var runs = PdfTextRuns.Read(file, page);
        var shown = new StringBuilder();
        PdfDigitFont? font = null;
        foreach (var (link, number, slot) in numbers)
        {
            // The text just left of the slot (" · page ") gives the exact baseline, font and size; the rectangle is
            // rounded to whole CSS pixels, so it only says which line.
            var before = runs.Where(r => Math.Abs(r.Y - link.Bottom) <= link.Height / 2 && r.X < link.Left + 0.5)
                .MaxBy(r => r.X);
            font = PdfDigitFont.Find(file, page, before?.Font) ?? font;
            var digits = number.ToString(CultureInfo.InvariantCulture);
            var (r, g, b) = slot.Colour;
            var (size, baseline) = before is null ? (link.Height / SlotHeightEm, link.Bottom) : (before.Size, before.Y);
            shown
                .Append(
                    CultureInfo.InvariantCulture,
                    $"{r:0.####} {g:0.####} {b:0.####} rg\nBT\n{PdfName.Of(font?.Resource ?? Standard)} "
                )
                .Append(
                    CultureInfo.InvariantCulture,
                    $"{size:0.###} Tf\n1 0 0 1 {link.Left:0.###} {baseline:0.###} Tm\n"
                )
                .Append(font?.Show(digits) ?? $"({digits}) Tj")
                .Append("\nET\n");
        }

        var opening = update.AddStream("q");
        var after = update.AddStream($"Q\nq\n/Artifact BMC\n{shown}EMC\nQ");
        var contents = file.Resolve(page["Contents"]) is PdfArray array ? array.Items : [page["Contents"]!];
        page = page.With("Contents", new PdfArray([opening, .. contents, after]));
        if (shown.ToString().Contains(PdfName.Of(Standard).Raw + " ", StringComparison.Ordinal))
        {
            // No font on the page holds every digit: one of the standard fonts, which every reader has, is named.
            var helvetica = update.Reserve();
            update.Set(
                helvetica.Number,
                new PdfDictionary([
                    new("Type", PdfName.Of("Font")),
                    new("Subtype", PdfName.Of("Type1")),
                    new("BaseFont", PdfName.Of("Helvetica")),
                    new("Encoding", PdfName.Of("WinAnsiEncoding")),
                ])
            );
            var resources = file.Dictionary(page["Resources"]);
            var fonts = (file.Resolve(resources["Font"]) as PdfDictionary ?? new PdfDictionary([])).With(
                Standard,
                helvetica
            );
            var withFont = resources.With("Font", fonts);
            if (page["Resources"] is PdfReference shared)
            {
                update.Set(shared.Number, withFont);
            }
            else
            {
                page = page.With("Resources", withFont);
            }
        }

        update.Set(pageNumber, page);
    }

    /// <summary>
    /// Every link annotation to a named destination, in page order and then in the order each page lists them.
    /// </summary>
    private static List<PrintedLink> Links(PdfFile file, IReadOnlyList<int> pages)
    {
        var links = new List<PrintedLink>();
        foreach (var page in pages)
        {
            var annotations = file.Resolve(file.Dictionary(new PdfReference(page, 0))["Annots"]) as PdfArray;
            foreach (var item in annotations?.Items ?? [])
            {
                var annotation = file.Dictionary(item);
                var destination = annotation["Dest"]
                    ?? (file.Resolve(annotation["A"]) is PdfDictionary action ? action["D"] : null);
                if (
                    annotation["Subtype"] is PdfName { Value: "Link" }
                    && file.Resolve(destination) is PdfName name
                    && file.Resolve(annotation["Rect"]) is PdfArray { Items.Count: 4 } rect
                )
                {
                    var at = rect.Items.Select(v => (file.Resolve(v) as PdfToken)?.Number ?? 0).ToArray();
                    links.Add(
                        new PrintedLink(
                            page,
                            name.Value,
                            Math.Min(at[0], at[2]),
                            Math.Min(at[1], at[3]),
                            Math.Abs(at[2] - at[0]),
                            Math.Abs(at[3] - at[1]),
                            file.DestinationPage(name)
                        )
                    );
                }
            }
        }

        return links;
    }

    /// <summary>The resource name of the standard font used when no font on the page holds the digits.</summary>
    private const string Standard = "WccDigits";

    private sealed record PrintedLink(
        int Page,
        string Name,
        double Left,
        double Bottom,
        double Width,
        double Height,
        int? Target
    );
}

/// <summary>A contents entry's section id and the colour (0-1 RGB) its number is drawn in.</summary>
internal sealed record ContentsSlot(string Id, (double R, double G, double B) Colour);
