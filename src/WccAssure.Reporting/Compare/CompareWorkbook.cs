using System.Globalization;
using ClosedXML.Excel;
using WccAssure.Core.Benchmarks;
using WccAssure.Core.Comparison;
using WccAssure.Core.Model;
using WccAssure.Core.Model.Framework;

namespace WccAssure.Reporting.Compare;

/// <summary>
/// The pack as a workbook an analyst can use: one sheet per section (league, distribution, calibration, movement,
/// outcome benchmarks, outcome rates), each with its title and the synthetic notice above the header (where sorting
/// cannot reach it), headers in words, an auto-filter, a frozen header, and numbers stored as numbers with formats.
/// </summary>
internal static class CompareWorkbook
{
    private const string Scores = "0.00";
    private const string Whole = "0";

    public static byte[] Build(ComparisonPack pack)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "WCC comparison " + pack.Year;
        workbook.Properties.Created = new DateTime(2010, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        workbook.Properties.Modified = workbook.Properties.Created;
        League(workbook.Worksheets.Add("League"), pack);
        Distribution(workbook.Worksheets.Add("Distribution"), pack);
        Calibration(workbook.Worksheets.Add("Calibration"), pack);
        Movement(workbook.Worksheets.Add("Movement"), pack);
        Benchmarks(workbook.Worksheets.Add("Outcome benchmarks"), pack);
        Rates(workbook.Worksheets.Add("Outcome rates"), pack);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Title, notices and the header row; returns the header's row number.</summary>
    private static int Start(IXLWorksheet sheet, ComparisonPack pack, string section, IReadOnlyList<(string Header, double Width)> columns)
    {
        var title = Text(sheet.Cell(1, 1), $"{section}: World Class Commissioning comparison {pack.Year.Replace('-', '/')}{(pack.Sha is null ? "" : $", {pack.Sha}")}");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 13;
        var row = 2;
        if (pack.IncludesSynthetic)
        {
            var notice = Text(sheet.Cell(row++, 1), "This workbook includes SYNTHETIC assessments generated for demonstration: rows marked synthetic are not real organisations' results.");
            notice.Style.Font.Bold = true;
            notice.Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF3BF");
        }

        if (pack.Replaced.Count > 0)
        {
            Text(sheet.Cell(row++, 1), "Real assessments replaced the synthetic rows of " +
                string.Join(", ", pack.Replaced.Select(r => $"{r.Code} {r.Year} ({r.SyntheticFolder} → {r.RealFolder})")) + ".");
        }

        var header = row + 1;
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = Text(sheet.Cell(header, c + 1), columns[c].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            // Widths are set, not measured: ClosedXML measures text through GDI+, which Linux lacks.
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        sheet.SheetView.FreezeRows(header);
        return header;
    }

    private static void Finish(IXLWorksheet sheet, int header, int lastRow, int columns)
    {
        // The filter covers the header and the data only, so the notices above it never sort into the rows.
        sheet.Range(header, 1, Math.Max(header, lastRow), columns).SetAutoFilter();
    }

    private static void League(IXLWorksheet sheet, ComparisonPack pack)
    {
        var columns = new List<(string, double)>
        {
            ("National rank", 9), ("Rank in SHA", 8), ("Code", 7), ("Organisation", 38), ("SHA", 22), ("Year", 8), ("Status", 14),
            ("Synthetic", 9), ("Basis", 10), ("Provenance", 30),
        };
        columns.AddRange(pack.Competencies.Select(c => ($"C{c.Number} {c.Name}", 12.0)));
        columns.AddRange(pack.Areas.Select(a => (a, 10.0)));
        columns.AddRange([("Competency points", 12), ("Governance points", 12), ("Total", 9)]);
        var header = Start(sheet, pack, "League table", columns);
        sheet.SheetView.FreezeColumns(4);
        var row = header;
        var competencies = pack.Competencies.Count;
        const int FirstScore = 11; // after the two ranks and the eight text columns
        foreach (var r in pack.League)
        {
            row++;
            var c = 1;
            sheet.Cell(row, c++).SetValue(r.Rank);
            sheet.Cell(row, c++).SetValue(r.ShaRank);
            foreach (var text in new string[] { r.Code, r.Name, r.Sha, r.Year, $"{r.Status}", r.Synthetic ? "yes" : "no", CompareViewBuilder.Word(r.Basis), r.Provenance })
            {
                Text(sheet.Cell(row, c++), text);
            }

            foreach (var score in r.Competencies)
            {
                var cell = sheet.Cell(row, c++);
                if (score is { } s)
                {
                    cell.SetValue(s);
                    var (fill, ink) = HeatmapScale.Of(s);
                    cell.Style.Fill.BackgroundColor = XLColor.FromHtml(fill);
                    cell.Style.Font.FontColor = XLColor.FromHtml(ink);
                }
            }

            foreach (var area in r.Areas)
            {
                var cell = Text(sheet.Cell(row, c++), area?.Title() ?? "");
                if (area is { } rag)
                {
                    cell.Style.Fill.BackgroundColor = XLColor.FromHtml(View.RagPalette.Light(rag));
                }
            }

            sheet.Cell(row, c++).SetValue(r.CompetencyPoints);
            sheet.Cell(row, c++).SetValue(r.GovernancePoints);
            sheet.Cell(row, c).SetValue(r.Total);
        }

        // Number formats by column range: one style per column is much cheaper than one per cell.
        if (row > header)
        {
            sheet.Range(header + 1, 1, row, 2).Style.NumberFormat.Format = Whole;
            if (competencies > 0)
            {
                sheet.Range(header + 1, FirstScore, row, FirstScore + competencies - 1).Style.NumberFormat.Format = Scores;
            }

            sheet.Range(header + 1, columns.Count - 2, row, columns.Count - 2).Style.NumberFormat.Format = Scores;
            sheet.Range(header + 1, columns.Count - 1, row, columns.Count - 1).Style.NumberFormat.Format = Whole;
            sheet.Range(header + 1, columns.Count, row, columns.Count).Style.NumberFormat.Format = Scores;
        }

        Finish(sheet, header, row, columns.Count);
    }

    private static void Distribution(IXLWorksheet sheet, ComparisonPack pack)
    {
        var header = Start(sheet, pack, "Competency level distribution", [("Competency", 44), ("Level 1", 9), ("Level 2", 9), ("Level 3", 9), ("Level 4", 9), ("Organisations", 13)]);
        var row = header;
        foreach (var d in pack.Distribution)
        {
            row++;
            Text(sheet.Cell(row, 1), $"{d.Competency.Number}. {d.Competency.Name}");
            for (var i = 0; i < d.Counts.Count; i++)
            {
                Number(sheet.Cell(row, i + 2), d.Counts[i], Whole);
            }

            Number(sheet.Cell(row, 6), d.Counts.Sum(), Whole);
        }

        Finish(sheet, header, row, 6);
    }

    private static void Calibration(IXLWorksheet sheet, ComparisonPack pack)
    {
        var header = Start(sheet, pack, "Self-assessment against panel",
            [("Competency", 44), ("Organisations with both ratings", 14), ("Mean self-rating", 11), ("Mean panel rating", 11), ("Mean gap (panel − self)", 13)]);
        var row = header;
        foreach (var c in pack.Calibration)
        {
            row++;
            Text(sheet.Cell(row, 1), $"{c.Competency.Number}. {c.Competency.Name}");
            Number(sheet.Cell(row, 2), c.Organisations, Whole);
            Optional(sheet.Cell(row, 3), c.MeanSelf);
            Optional(sheet.Cell(row, 4), c.MeanPanel);
            Optional(sheet.Cell(row, 5), c.MeanGap);
        }

        Finish(sheet, header, row, 5);
    }

    private static void Movement(IXLWorksheet sheet, ComparisonPack pack)
    {
        var columns = new List<(string, double)> { ("Code", 7), ("Organisation", 38), ("From", 8), ("To", 8), ("Basis", 12), ("Synthetic", 9) };
        columns.AddRange(pack.Competencies.Select(c => ($"C{c.Number} {c.Name}", 12.0)));
        columns.AddRange([("Competency change", 11), ("Governance change", 11), ("Total change", 10), ("Not compared (in one year only)", 20)]);
        var header = Start(sheet, pack, "Year-on-year movement, like with like", columns);
        var row = header;
        foreach (var m in pack.Movement)
        {
            row++;
            var c = 1;
            foreach (var text in new[] { m.Code, m.Name, m.FromYear, m.ToYear, CompareViewBuilder.Bases(m), m.Synthetic ? "yes" : "no" })
            {
                Text(sheet.Cell(row, c++), text);
            }

            foreach (var change in m.Changes)
            {
                Optional(sheet.Cell(row, c++), change);
            }

            Number(sheet.Cell(row, c++), m.CompetencyChange, Scores);
            Number(sheet.Cell(row, c++), m.GovernanceChange, Whole);
            Optional(sheet.Cell(row, c++), m.TotalChange);
            Text(sheet.Cell(row, c), string.Join(", ", m.NotCompared));
        }

        Finish(sheet, header, row, columns.Count);
    }

    private static void Benchmarks(IXLWorksheet sheet, ComparisonPack pack)
    {
        var header = Start(sheet, pack, $"Outcome benchmarks (CAGR, % a year){(pack.BenchmarkSource is null ? "" : $" from {pack.BenchmarkSource}")}",
            [("Indicator", 30), ("Better is", 9), ("Years", 11), ("Organisations", 13), ("National", 10), ("Top decile", 10), ("Upper quartile", 10), ("Median", 10), ("Lower quartile", 10)]);
        var row = header;
        foreach (var o in pack.Outcomes)
        {
            row++;
            Text(sheet.Cell(row, 1), o.Indicator);
            Text(sheet.Cell(row, 2), o.Polarity == Polarity.LowerIsBetter ? "lower" : "higher");
            Text(sheet.Cell(row, 3), $"{o.FromYear}–{o.ToYear}");
            Number(sheet.Cell(row, 4), o.Organisations.Count, Whole);
            Optional(sheet.Cell(row, 5), o.National);
            Optional(sheet.Cell(row, 6), o.TopDecile);
            Optional(sheet.Cell(row, 7), o.UpperQuartile);
            Optional(sheet.Cell(row, 8), o.Median);
            Optional(sheet.Cell(row, 9), o.LowerQuartile);
        }

        Finish(sheet, header, row, 9);
    }

    /// <summary>Each organisation of the league's rate for each indicator, beside its peer group's and England's.</summary>
    private static void Rates(IXLWorksheet sheet, ComparisonPack pack)
    {
        var peer = pack.PeerGroup.Heading();
        var header = Start(sheet, pack, "Outcome rates by organisation (CAGR, % a year)",
            [("Code", 7), ("Organisation", 38), ("SHA", 22), ("Indicator", 30), ("Organisation's rate", 12), (peer, 22), ($"{peer} rate", 10), ("National", 10), ("Top decile", 10), ("Quartile", 9)]);
        var row = header;
        foreach (var o in pack.Outcomes)
        {
            foreach (var r in pack.League.Where(r => o.Organisations.ContainsKey(r.Code)))
            {
                row++;
                var group = pack.PeerGroups.GetValueOrDefault(r.Code);
                Text(sheet.Cell(row, 1), r.Code);
                Text(sheet.Cell(row, 2), r.Name);
                Text(sheet.Cell(row, 3), r.Sha);
                Text(sheet.Cell(row, 4), o.Indicator);
                Number(sheet.Cell(row, 5), o.Organisations[r.Code], Scores);
                Text(sheet.Cell(row, 6), group ?? "");
                Optional(sheet.Cell(row, 7), group is not null && o.Clusters.TryGetValue(group, out var rate) ? rate : null);
                Optional(sheet.Cell(row, 8), o.National);
                Optional(sheet.Cell(row, 9), o.TopDecile);
                Text(sheet.Cell(row, 10), $"{o.Quartiles.GetValueOrDefault(r.Code)}");
            }
        }

        Finish(sheet, header, row, 10);
    }

    private static void Number(IXLCell cell, double value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
    }

    /// <summary>Unknown is left empty, never written as 0.</summary>
    private static void Optional(IXLCell cell, double? value)
    {
        if (value is { } v)
        {
            Number(cell, v, Scores);
        }
    }

    /// <summary>Text is stored as text, never as a formula, whatever it starts with.</summary>
    private static IXLCell Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
        return cell;
    }
}
