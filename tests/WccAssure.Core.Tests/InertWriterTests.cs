using WccAssure.Core.Text;

namespace WccAssure.Core.Tests;

/// <summary>
/// The terminal's last line of defence: whatever path a message takes to the writer, nothing it holds can act on the
/// terminal.
/// </summary>
public class InertWriterTests
{
    [Theory]
    [InlineData("code \u001B[31mred", "code \\u001B[31mred")]
    [InlineData("folder \u202Eexe.txt", "folder \\u202Eexe.txt")]
    [InlineData("plain text, 5PK", "plain text, 5PK")]
    public void Control_and_directional_characters_are_written_as_escapes(string message, string seen)
    {
        var inner = new StringWriter { NewLine = "\n" };
        using (var writer = new InertWriter(inner))
        {
            writer.WriteLine(message);
            writer.Write(message.ToCharArray(), 0, message.Length);
            foreach (var c in message)
            {
                writer.Write(c);
            }
        }

        Assert.Equal(seen + "\n" + seen + seen, inner.ToString());
    }

    [Fact]
    public void Formatted_writes_are_escaped_too()
    {
        var inner = new StringWriter();
        using var writer = new InertWriter(inner);
        writer.Write("{0}!", "\u0007bell");
        Assert.Equal("\\u0007bell!", inner.ToString());
    }
}
