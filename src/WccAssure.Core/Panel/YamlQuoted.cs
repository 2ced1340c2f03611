using System.Globalization;
using System.Text;

namespace WccAssure.Core.Panel;

/// <summary>
/// Text as a YAML double-quoted scalar on one line: a line break typed in a spreadsheet cell becomes \n, a quote \",
/// and every character YAML would read as a break or cannot hold literally is escaped, so any text reads back as
/// exactly itself.
/// </summary>
internal static class YamlQuoted
{
    public static string Of(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(
                c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\u0085' or '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                    _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                    _ => c.ToString(),
                }
            );
        }

        return quoted.Append('"').ToString();
    }
}
