using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Word;

/// <summary>
/// Provenance marks as real footnotes: a value keeps its symbol (* reconstructed, † computed) and gains a footnote
/// number whose note gives the reason. A reason said once is not said again: a later value resting on the same
/// reason points at the first footnote through a NOTEREF field, as Word's own cross-reference to a footnote does,
/// so thirty values with one reason make one footnote, not thirty.
/// </summary>
internal sealed class WordNotes(bool issued = false)
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<Footnote> notes = [];

    public int Count => notes.Count;

    /// <summary>The value's mark and its footnote reference; nothing for a stated value.</summary>
    public IEnumerable<OpenXmlElement> Mark(ValueMark mark)
    {
        if (mark.IsEmpty)
        {
            return [];
        }

        var symbol = WordInline.Plain(mark.Symbol);
        var text = $"{mark.Symbol} {Capitalise(mark.Kind)}: {(issued ? WordCitations.Strip(mark.Note) : mark.Note)}";
        if (numbers.TryGetValue(text, out var number))
        {
            return [symbol, .. Again(number)];
        }

        number = notes.Count + 1;
        numbers[text] = number;
        notes.Add(Note(number, text));
        return
        [
            symbol,
            new BookmarkStart { Id = Id(number), Name = Bookmark(number) },
            new Run(
                new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference }),
                new FootnoteReference { Id = number }
            ),
            new BookmarkEnd { Id = Id(number) },
        ];
    }

    /// <summary>
    /// The footnotes part: Word's two separators, then the notes in the order the text first refers to them.
    /// </summary>
    public Footnotes Part()
    {
        var part = new Footnotes(
            new Footnote(
                new Paragraph(
                    new ParagraphProperties(
                        new SpacingBetweenLines
                        {
                            After = "0",
                            Line = "240",
                            LineRule = LineSpacingRuleValues.Auto,
                        }
                    ),
                    new Run(new SeparatorMark())
                )
            )
            {
                Type = FootnoteEndnoteValues.Separator,
                Id = -1,
            },
            new Footnote(
                new Paragraph(
                    new ParagraphProperties(
                        new SpacingBetweenLines
                        {
                            After = "0",
                            Line = "240",
                            LineRule = LineSpacingRuleValues.Auto,
                        }
                    ),
                    new Run(new ContinuationSeparatorMark())
                )
            )
            {
                Type = FootnoteEndnoteValues.ContinuationSeparator,
                Id = 0,
            }
        );
        part.Append(notes);
        return part;
    }

    /// <summary>A later reference: the field shows the first footnote's number, as a footnote mark.</summary>
    private static IEnumerable<OpenXmlElement> Again(int number)
    {
        var style = () => new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference });
        return
        [
            new Run(style(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(
                style(),
                new FieldCode($" NOTEREF {Bookmark(number)} \\f \\h ") { Space = SpaceProcessingModeValues.Preserve }
            ),
            new Run(style(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(style(), new Text(number.ToString(CultureInfo.InvariantCulture))),
            new Run(style(), new FieldChar { FieldCharType = FieldCharValues.End }),
        ];
    }

    private static Footnote Note(int number, string text)
    {
        var paragraph = WordText.Styled(
            WordStyles.FootnoteText,
            [
                new Run(
                    new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference }),
                    new FootnoteReferenceMark()
                ),
                WordInline.Plain(" "),
                .. WordInline.Text(text),
            ]
        );
        return new Footnote(paragraph) { Id = number };
    }

    /// <summary>Hidden bookmarks (a leading underscore) as Word names its own cross-reference targets.</summary>
    private static string Bookmark(int number) => $"_WccNote{number.ToString(CultureInfo.InvariantCulture)}";

    private static string Id(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
