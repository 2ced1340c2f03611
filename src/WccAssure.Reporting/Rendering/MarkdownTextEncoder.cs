using System.Text;
using System.Text.Encodings.Web;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Encodes template output for Markdown: angle brackets and ampersands become entities so no viewer runs
/// user text as HTML, and pipes and line breaks cannot break a table row.
/// </summary>
internal sealed class MarkdownTextEncoder : TextEncoder
{
    public static readonly MarkdownTextEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 5;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (WillEncode(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '|' => "\\|",
            '\n' => " ",
            '\r' => "",
            _ => null,
        };
        var output = new Span<char>(buffer, bufferLength);
        if (replacement is null)
        {
            return new Rune(unicodeScalar).TryEncodeToUtf16(output, out numberOfCharactersWritten);
        }

        numberOfCharactersWritten = 0;
        if (replacement.Length > bufferLength)
        {
            return false;
        }

        replacement.AsSpan().CopyTo(output);
        numberOfCharactersWritten = replacement.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '<' or '>' or '&' or '|' or '\n' or '\r';
}
