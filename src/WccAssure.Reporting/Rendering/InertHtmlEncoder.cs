using System.Text.Encodings.Web;
using System.Text.Unicode;
using WccAssure.Core.Text;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// HTML encoding for template output, with every character let through except the ones markup needs escaped, and
/// control and directional characters shown as escapes (\u202E): written raw or as character references, an
/// unclosed right-to-left override in a title would reverse the page text after it.
/// </summary>
internal sealed class InertHtmlEncoder : TextEncoder
{
    public static readonly InertHtmlEncoder Instance = new();

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(6, Html.MaxOutputCharactersPerInputCharacter);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (VisibleText.IsHiddenInReport(text[i]) || Html.WillEncode(text[i]))
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
        if (unicodeScalar < 0x10000 && VisibleText.IsHiddenInReport((char)unicodeScalar))
        {
            var shown = VisibleText.ForReport(((char)unicodeScalar).ToString());
            numberOfCharactersWritten = 0;
            if (shown.Length > bufferLength)
            {
                return false;
            }

            shown.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
            numberOfCharactersWritten = shown.Length;
            return true;
        }

        return Html.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) =>
        (unicodeScalar < 0x10000 && VisibleText.IsHiddenInReport((char)unicodeScalar))
        || Html.WillEncode(unicodeScalar);
}
