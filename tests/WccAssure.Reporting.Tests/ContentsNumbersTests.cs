using System.Diagnostics;
using System.Text;
using WccAssure.Reporting.Rendering.Pdf;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// The contents' numbers written into a PDF without Chromium: a two-page file made here whose first page links a
/// slot to a section on the second, and which has no font holding the digits, so the standard font is named.
/// </summary>
public class ContentsNumbersTests
{
    private static byte[] TwoPages()
    {
        var objects = new[]
        {
            "<</Type /Catalog /Pages 2 0 R /Dests <</second [4 0 R /XYZ 0 800 0]>>>>",
            "<</Type /Pages /Count 2 /Kids [3 0 R 4 0 R]>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <<>> /Contents 5 0 R"
                + " /Annots [6 0 R 7 0 R]>>",
            "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <<>> /Contents 5 0 R>>",
            "<</Length 0>>\nstream\n\nendstream",
            "<</Type /Annot /Subtype /Link /Rect [50 700 150 712] /Dest /second>>",
            "<</Type /Annot /Subtype /Link /Rect [160 702 172 708] /Dest /second>>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append($"{o:D10} 00000 n \n"));
        pdf.Append($"trailer\n<</Size {objects.Length + 1} /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    [Fact]
    public void The_slot_link_gets_the_number_of_the_page_it_points_to_and_the_title_link_does_not()
    {
        var original = TwoPages();
        var (pdf, missing) = ContentsNumbers.Fill(original, [new ContentsSlot("second", (0, 0, 0))], aspect: 2);
        Assert.Empty(missing);
        Assert.True(pdf.AsSpan(0, original.Length).SequenceEqual(original), "the printed bytes must stay as they were");
        var update = Encoding.Latin1.GetString(pdf, original.Length, pdf.Length - original.Length);
        Assert.Contains("/Artifact BMC", update);
        Assert.Contains("1 0 0 1 160 702 Tm\n(2) Tj", update);
        Assert.Contains("/BaseFont /Helvetica", update);
        Assert.Contains("/Prev " + Encoding.Latin1.GetString(original).Split("startxref\n")[1].Split('\n')[0], update);
        Assert.Equal(pdf, ContentsNumbers.Fill(original, [new ContentsSlot("second", (0, 0, 0))], aspect: 2).Pdf);

        if (File.Exists("/usr/bin/pdftotext"))
        {
            var path = Path.Combine(Fixture.TempDirectory(), "numbered.pdf");
            File.WriteAllBytes(path, pdf);
            var start = new ProcessStartInfo("/usr/bin/pdftotext", ["-f", "1", "-l", "1", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.Equal("", errors);
            Assert.Equal("2", text.Trim());
        }
    }

    [Fact]
    public void A_slot_whose_link_is_not_printed_is_named_and_the_file_is_unchanged()
    {
        var original = TwoPages();
        var (pdf, missing) = ContentsNumbers.Fill(original, [new ContentsSlot("elsewhere", (0, 0, 0))], aspect: 2);
        Assert.Equal(["elsewhere"], missing);
        Assert.Equal(original, pdf);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_refused_as_invalid_data() =>
        Assert.Throws<InvalidDataException>(() =>
            ContentsNumbers.Fill(Encoding.Latin1.GetBytes("%PDF-1.4\nnot really\n"), [], 2)
        );
}
