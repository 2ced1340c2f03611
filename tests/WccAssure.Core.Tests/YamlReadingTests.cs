using System.Text;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Yaml;

namespace WccAssure.Core.Tests;

public class YamlReadingTests
{
    private static (YamlNode? Node, IReadOnlyList<Finding> Findings) Read(string text)
    {
        var sink = new FindingSink();
        var node = YamlTreeReader.Read("f.yaml", text, sink);
        return (node, sink.Findings);
    }

    [Fact]
    public void Keeps_the_line_and_column_of_every_value()
    {
        var (node, findings) = Read("a: 1\nb:\n  c: [x, y]\n");
        Assert.Empty(findings);
        var c = (YamlMapping)((YamlMapping)node!)["b"]!;
        var list = (YamlSequence)c["c"]!;
        Assert.Equal(new SourceLocation("f.yaml", 3, 10), list.Items[1].Location);
    }

    [Fact]
    public void Reports_a_duplicate_key_where_the_second_one_is()
    {
        var (_, findings) = Read("a: 1\nb: 2\na: 3\n");
        var finding = Assert.Single(findings);
        Assert.Equal(new SourceLocation("f.yaml", 3, 1), finding.Location);
        Assert.Contains("duplicate key 'a' (first at line 1)", finding.Message);
    }

    [Fact]
    public void Refuses_aliases_so_an_alias_bomb_cannot_expand()
    {
        var bomb =
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, "
            + "*b, *b, *b, *b]\n";
        var (_, findings) = Read(bomb);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("aliases", f.Message));
        Assert.Equal(2, findings[0].Location.Line);
    }

    [Fact]
    public void Reports_nesting_deeper_than_the_limit()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var (node, findings) = Read(deep);
        Assert.Null(node);
        Assert.Contains(findings, f => f.Message.Contains("nesting is deeper than 64"));
    }

    [Fact]
    public void Reports_malformed_yaml_with_its_location()
    {
        var (node, findings) = Read("a: [1, 2\nb: 3\n");
        Assert.Null(node);
        var finding = Assert.Single(findings);
        Assert.Equal("the '[' here is never closed: add ']'", finding.Message);
        Assert.Equal(new SourceLocation("f.yaml", 1, 4), finding.Location);
    }

    [Fact]
    public void Reports_an_empty_file_and_a_second_document()
    {
        Assert.Contains(Read("").Findings, f => f.Message == "the file is empty");
        Assert.Contains(Read("a: 1\n---\nb: 2\n").Findings, f => f.Message.Contains("more than one YAML document"));
    }

    [Fact]
    public void Names_the_line_and_column_of_the_first_byte_that_is_not_utf8()
    {
        var sink = new FindingSink();
        var bytes = Encoding.UTF8.GetBytes("a: 1\nbb: x").Concat(new byte[] { 0xFF, 0x41 }).ToArray();
        Assert.Null(YamlFileReader.DecodeUtf8(bytes, "f.yaml", sink));
        var finding = Assert.Single(sink.Findings);
        Assert.Equal(new SourceLocation("f.yaml", 2, 6), finding.Location);
        Assert.Contains("not UTF-8", finding.Message);
    }

    [Fact]
    public void Refuses_a_huge_file_without_reading_it()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var stream = File.OpenWrite(path))
            {
                stream.SetLength(YamlFileReader.MaxBytes + 1);
            }

            var sink = new FindingSink();
            Assert.Null(YamlFileReader.Read(path, "big.yaml", sink));
            Assert.Contains("the limit is 2 MB", Assert.Single(sink.Findings).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_keys_that_are_expected()
    {
        var (node, _) = Read("name: x\ncolour: y\n");
        var sink = new FindingSink();
        using (var map = MappingReader.Open(node, sink, "a thing")!)
        {
            map.Text("name");
        }

        var finding = Assert.Single(sink.Findings);
        Assert.Equal(2, finding.Location.Line);
        Assert.Equal("unknown key 'colour' in a thing; expected one of: name", finding.Message);
    }
}
