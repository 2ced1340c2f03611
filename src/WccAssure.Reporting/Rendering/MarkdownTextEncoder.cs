using System.Text;
using System.Text.Encodings.Web;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Encodes template output for Markdown with the rules of <see cref="MarkdownEscape"/>.
/// </summary>
internal sealed class MarkdownTextEncoder : TextEncoder
{
    public static readonly MarkdownTextEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

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

    public override unsafe bool TryEncodeUnicodeScalar(
        int unicodeScalar,
        char* buffer,
        int bufferLength,
        out int numberOfCharactersWritten
    )
    {
        var replacement = MarkdownEscape.For(unicodeScalar);
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

    public override bool WillEncode(int unicodeScalar) => MarkdownEscape.WillEscape(unicodeScalar);
}
