using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WccAssure.Core.Contracts;

/// <summary>
/// How wcc prints a JSON document (score, diff): indented, names and quotes kept readable (it is UTF-8 on a
/// terminal or in a file, never inside HTML), ending with a newline.
/// </summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> document)
    {
        using var stream = new MemoryStream();
        using (
            var json = new Utf8JsonWriter(
                stream,
                new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            document(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
