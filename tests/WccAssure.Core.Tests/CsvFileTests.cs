using System.Diagnostics;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Csv;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Loading;

namespace WccAssure.Core.Tests;

/// <summary>Every CSV the tool reads goes through one parser; each problem is reported where it is.</summary>
public class CsvFileTests
{
    private static string Temp(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Quoted_cells_keep_commas_and_doubled_quotes()
    {
        var findings = new FindingSink();
        var rows = CsvFile.Parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",two\n\nlast,2,3\n", "t.csv", findings)!;
        Assert.Empty(findings.Findings);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x, y", "say \"hi\"", "two"], rows[1].Cells.Select(c => c.Text));
        Assert.Equal((2, 8), (rows[1].Cells[1].Line, rows[1].Cells[1].Column));
        Assert.Equal(4, rows[2].Line); // the blank line 3 is skipped
    }

    [Theory]
    [InlineData("\"5PK\n\",x\n")]
    [InlineData("\"5PK\r\",x\n")]
    public void A_cell_holding_a_line_break_is_a_finding_and_the_lines_around_it_are_still_read(string broken)
    {
        var findings = new FindingSink();
        var rows = CsvFile.Parse("code,name\n5HG,one\n" + broken + "5QT,two\n", "t.csv", findings)!;
        var finding = findings.Sorted()[0];
        Assert.Equal((3, 1), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("line break", finding.Message);
        Assert.Equal(["code", "5HG", "5QT"], rows.Select(r => r[0]));
    }

    [Fact]
    public void Cells_are_located_by_line_and_column()
    {
        var rows = CsvFile.Parse("h1,h2\n  aa , b\n", "t.csv", new FindingSink())!;
        Assert.Equal("aa", rows[1].Cells[0].Text);
        Assert.Equal((2, 7), (rows[1].Cells[1].Line, rows[1].Cells[1].Column));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        var findings = new FindingSink();
        var rows = CsvFile.Parse("a,b\n1,\"open\n2,3\n4,5 \"stray\n", "t.csv", findings)!;
        Assert.Equal([(2, 3), (4, 5)], findings.Sorted().Select(f => (f.Location.Line, f.Location.Column)));
        Assert.Equal(["a", "2"], rows.Select(r => r[0])); // the other lines are still read
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_without_parsing()
    {
        var path = Temp(
            "organisation,indicator,period,value\n" + string.Concat(Enumerable.Repeat("5PK,x,2006,1.5\n", 100))
        );
        var findings = new FindingSink();
        Assert.Null(CsvFile.Read(path, "big.csv", findings, maxBytes: 1024));
        Assert.Contains("the limit for a CSV file is", Assert.Single(findings.Findings).Message);
    }

    [SkippableFact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
        var path = Path.Combine(Path.GetTempPath(), $"wcc-fifo-{Guid.NewGuid():N}.csv");
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
        }

        try
        {
            var findings = new FindingSink();
            var read = Task.Run(() => BenchmarkDataSet.Load(path, null, findings));
            Assert.True(read.Wait(TimeSpan.FromSeconds(10)), "reading a named pipe hung");
            Assert.Null(read.Result);
            Assert.Contains("not a regular file", Assert.Single(findings.Findings).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Conflicting_rows_for_one_organisation_indicator_and_period_are_an_error_not_pooled()
    {
        var path = Temp("organisation,indicator,period,value\n5PK,x,2006,1.5\n5PK,x,2008,2\n5PK,x,2006,1.7\n");
        var findings = new FindingSink();
        Assert.Null(BenchmarkDataSet.Load(path, null, findings));
        var finding = Assert.Single(findings.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(4, finding.Location.Line);
        Assert.Contains("line 2", finding.Message);
    }

    [Fact]
    public void A_repeated_identical_row_is_counted_once_with_a_warning()
    {
        var path = Temp("organisation,indicator,period,value\n5PK,x,2006,1.5\n5PK,x,2008,2\n5PK,x,2006,1.5\n");
        var findings = new FindingSink();
        var data = BenchmarkDataSet.Load(path, null, findings);
        Assert.Equal(2, data!.Observations.Count);
        Assert.Equal(Severity.Warning, Assert.Single(findings.Findings).Severity);
    }

    [Theory]
    [InlineData("organisation,indicator,period,value\n5PK,x,2006,1,234\n")]
    [InlineData("organisation,indicator,period,value,numerator,denominator\n5PK,x,2006,1,234\n")]
    public void A_thousands_separator_in_the_value_column_is_not_read_as_a_numerator(string text)
    {
        var findings = new FindingSink();
        Assert.Null(BenchmarkDataSet.Load(Temp(text + "5PK,x,2007,2\n5PK,x,2008,2,\"3\n"), null, findings));
        Assert.Equal([(2, 12), (4, 14)], findings.Sorted().Select(f => (f.Location.Line, f.Location.Column)));
        Assert.Contains("'1,234'", findings.Sorted()[0].Message);
    }

    [Fact]
    public void An_unquoted_thousands_separator_is_named_at_its_column()
    {
        var path = Temp("organisation,indicator,period,value,numerator,denominator\n5PK,x,2006,1.5,1,234,100000\n");
        var findings = new FindingSink();
        Assert.Null(BenchmarkDataSet.Load(path, null, findings));
        var finding = Assert.Single(findings.Findings);
        Assert.Contains("thousands separator", finding.Message);
        Assert.Contains("'1,234'", finding.Message);
        // "1" of "1,234", after "5PK,x,2006,1.5,"
        Assert.Equal((2, 16), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void The_register_reads_names_with_commas_and_reports_bad_rows()
    {
        var path = Temp(
            "code,name,sha\n5HG,\"Ashton, Leigh and Wigan PCT\",North West\n5XX,Unquoted, name "
                + "PCT,London\n5HG,Again,London\n"
        );
        var findings = new FindingSink();
        var register = OrganisationRegister.Load(path, "organisations.csv", findings);
        Assert.Equal("Ashton, Leigh and Wigan PCT", register.Find("5HG")!.Name);
        Assert.Equal([3, 4], findings.Sorted().Select(f => f.Location.Line));
    }

    [Fact]
    public void The_shipped_register_reads_cleanly()
    {
        var findings = new FindingSink();
        var register = OrganisationRegister.Load(
            Path.Combine(Repo.Root, "seeds", "organisations.csv"),
            "seeds/organisations.csv",
            findings
        );
        Assert.Empty(findings.Findings);
        Assert.Equal(152, register.All.Count);
    }
}
