namespace WccAssure.Cli.Tests.Processes;

/// <summary>
/// The panel's meeting as a panel runs it: wcc panel-sheet exports the workbook, a person fills it in (edited here
/// with the Open XML SDK, as a spreadsheet program saves it), wcc panel-apply writes it back into the YAML. What it
/// refuses, it refuses with the sheet and cell, and then no file of the assessment has changed.
/// </summary>
[Trait(Tier.Name, Tier.Slow)]
public class PanelTests
{
    private const string Refused = "wcc: the workbook was refused; nothing was written";

    private sealed class Meeting : IDisposable
    {
        private readonly Scratch scratch = new();

        public Meeting(string source = "assessments/south-staffordshire/2009-10")
        {
            Folder = Path.Combine(scratch.Work, "assessment", "2009-10");
            Scratch.CopyInto(Path.Combine(Wcc.Root, source), Folder);
            Workbook = Path.Combine(scratch.Work, "panel.xlsx");
            var export = WccProcess.Run("panel-sheet", Folder, "--out", Workbook).AssertExit(ExitCodes.Success);
            Assert.StartsWith($"{Workbook}: 14 sheets, ", export.Output, StringComparison.Ordinal);
            Before = Bytes();
        }

        public string Work => scratch.Work;

        public string Folder { get; }

        public string Workbook { get; }

        public IReadOnlyDictionary<string, byte[]> Before { get; }

        public string File(string relative) => Path.Combine(Folder, relative);

        public string Text(string relative) => System.IO.File.ReadAllText(File(relative));

        public WorkbookEdit Edit() => new(Workbook);

        public ProcessResult Apply(params string[] more) => WccProcess.Run(["panel-apply", Workbook, Folder, .. more]);

        /// <summary>Every file of the folder, so a test can say no byte changed.</summary>
        public Dictionary<string, byte[]> Bytes() =>
            Directory
                .EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Folder, f), System.IO.File.ReadAllBytes);

        public void AssertUnchanged()
        {
            var now = Bytes();
            Assert.Equal(Before.Keys.Order(), now.Keys.Order());
            Assert.All(Before, f => Assert.True(f.Value.AsSpan().SequenceEqual(now[f.Key]), $"{f.Key} changed"));
        }

        public void Dispose() => scratch.Dispose();
    }

    [Fact]
    public void An_untouched_workbook_changes_no_byte()
    {
        using var meeting = new Meeting();
        var result = meeting.Apply().AssertExit(ExitCodes.Success);
        Assert.Contains("\nNo changes. ", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("No file changed.\n", result.Output, StringComparison.Ordinal);
        meeting.AssertUnchanged();
    }

    [Fact]
    public void A_rating_changed_and_a_rationale_typed_with_a_line_break_and_quotes_give_exactly_these_bytes()
    {
        using var meeting = new Meeting();
        var c01 = meeting.Text("competencies/c01.yaml");
        var board = meeting.Text("governance/board.yaml");
        const string typed = "The panel met the chief executive.\nShe said \"we lead the LAA\".";
        using (var edit = meeting.Edit())
        {
            edit.Number("Competency 1", "H5", 3).Typed("Competency 1", "I4", typed).Typed("Board", "H4", "Amber");
        }

        var result = meeting.Apply().AssertExit(ExitCodes.Success);

        var panel1b = Line(
            c01,
            "    panel: {level: 2, provenance: reconstructed, note: \"Reconstruction: the panel glyph was lost (L333)."
        );
        var rationale1a = Line(c01, "    rationale: \"Key stakeholders agree that the PCT is recognised");
        var expected = c01.Replace(panel1b, "    panel: 3\n", StringComparison.Ordinal)
            .Replace(
                rationale1a,
                "    rationale: \"The panel met the chief executive.\\nShe said \\\"we lead the LAA\\\".\"\n",
                StringComparison.Ordinal
            );
        Assert.Equal(expected, meeting.Text("competencies/c01.yaml"));
        var organisation = board.IndexOf("    panel: green\n", StringComparison.Ordinal);
        Assert.Equal(
            board[..organisation] + "    panel: amber\n" + board[(organisation + "    panel: green\n".Length)..],
            meeting.Text("governance/board.yaml")
        );
        Assert.All(meeting.Before.Where(f => f.Key is not "competencies/c01.yaml" and not "governance/board.yaml"), f =>
            Assert.Equal(f.Value, System.IO.File.ReadAllBytes(meeting.File(f.Key)))
        );

        var at = c01[..c01.IndexOf(panel1b, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains(
            $"\n  1b Reputation as a change leader for local organisations: panel 2* → 3 — "
                + $"{meeting.Folder}/competencies/c01.yaml:{at}:12\n",
            result.Output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\n  1a Reputation as the local leader of the NHS:\n    rationale \"Key stakeholders agree that the PCT is"
                + " recognised as the local NHS …\" → \"The panel met the chief executive. She said \"we lead the "
                + "LAA\".\" — ",
            result.Output,
            StringComparison.Ordinal
        );
        Assert.Contains("\n  Board 1. Organisation: panel Green → Amber — ", result.Output, StringComparison.Ordinal);
        Assert.EndsWith(
            "Wrote competencies/c01.yaml, governance/board.yaml.\n",
            result.Output,
            StringComparison.Ordinal
        );

        // Applied once, the workbook no longer matches the assessment it was exported from.
        var again = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Contains($"{meeting.Workbook}:About!B7: error: ", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_without_a_panel_rating_gets_one_line_each_for_rating_and_rationale()
    {
        using var meeting = new Meeting("tests/fixtures/valid");
        var c01 = meeting.Text("competencies/c01.yaml");
        using (var edit = meeting.Edit())
        {
            edit.Number("Competency 1", "H4", 2).Typed("Competency 1", "I4", "Seen on panel day.");
        }

        meeting.Apply().AssertExit(ExitCodes.Success);
        const string measure = "  a:\n    evidence: []\n";
        Assert.Equal(
            c01.Replace(
                measure,
                "  a:\n    panel: 2\n    rationale: \"Seen on panel day.\"\n    evidence: []\n",
                StringComparison.Ordinal
            ),
            meeting.Text("competencies/c01.yaml")
        );
    }

    [Fact]
    public void A_workbook_for_another_organisation_or_year_is_refused_at_its_identity_cells()
    {
        using var meeting = new Meeting();
        var other = Path.Combine(meeting.Work, "stockport.xlsx");
        WccProcess
            .Run("panel-sheet", Path.Combine(Wcc.Root, "assessments", "stockport", "2009-10"), "--out", other)
            .AssertExit(ExitCodes.Success);
        var organisation = WccProcess.Run("panel-apply", other, meeting.Folder).AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{other}:About!B3: error: this workbook is for organisation code '5F7', but {meeting.Folder} is "
                + $"5PK\n{Refused}\n",
            organisation.Error
        );

        var earlier = Path.Combine(meeting.Work, "2008-09.xlsx");
        WccProcess
            .Run("panel-sheet", Path.Combine(Wcc.Root, "assessments", "stockport", "2008-09"), "--out", earlier)
            .AssertExit(ExitCodes.Success);
        var stockport = Path.Combine(meeting.Work, "stockport", "2009-10");
        Scratch.CopyInto(Path.Combine(Wcc.Root, "assessments", "stockport", "2009-10"), stockport);
        var year = WccProcess.Run("panel-apply", earlier, stockport).AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{earlier}:About!B5: error: this workbook is for year '2008-09', but {stockport} is 2009-10\n"
                + $"{earlier}:About!B6: error: this workbook is for framework 'wcc-2008-09', but {stockport} is "
                + $"wcc-2009-10\n{Refused}\n",
            year.Error
        );
        meeting.AssertUnchanged();
    }

    [Fact]
    public void An_assessment_changed_since_the_export_is_refused_unless_forced()
    {
        using var meeting = new Meeting();
        using (var edit = meeting.Edit())
        {
            edit.Number("Competency 3", "H4", 3);
        }

        System.IO.File.AppendAllText(meeting.File("assessment.yaml"), "# edited after the export\n");
        var before = meeting.Bytes();
        var refused = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{meeting.Workbook}:About!B7: error: {meeting.Folder} has changed since this workbook was exported (its "
                + $"files' fingerprint differs); export a new workbook with wcc panel-sheet, or apply this one anyway "
                + $"with --force\n{Refused}\n",
            refused.Error
        );
        Assert.Equal(before.Keys, meeting.Bytes().Keys);
        Assert.All(before, f => Assert.Equal(f.Value, System.IO.File.ReadAllBytes(meeting.File(f.Key))));

        var forced = meeting.Apply("--force").AssertExit(ExitCodes.Success);
        Assert.Contains(": panel 2 → 3 — ", forced.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Competency 1", 5.0, "the panel rating '5' is not one of 1, 2, 3, 4")]
    [InlineData("Competency 1", 2.5, "the panel rating '2.5' is not one of 1, 2, 3, 4")]
    [InlineData("Finance", null, "the panel rating 'Purple' is not one of Red, Amber, Green")]
    public void A_rating_not_in_the_list_is_refused_at_its_cell_and_nothing_is_written(
        string sheet,
        double? number,
        string message
    )
    {
        using var meeting = new Meeting();
        using (var edit = meeting.Edit())
        {
            // A valid change elsewhere in the same workbook is not written either: all or nothing.
            edit.Number("Competency 2", "H4", 1);
            _ = number is { } n ? edit.Number(sheet, "H4", n) : edit.Typed(sheet, "H4", "Purple");
        }

        var result = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Equal($"{meeting.Workbook}:{sheet}!H4: error: {message}\n{Refused}\n", result.Error);
        Assert.Equal("", result.Output);
        meeting.AssertUnchanged();
    }

    [Fact]
    public void A_cleared_rating_is_refused_rather_than_read_as_a_removal()
    {
        using var meeting = new Meeting();
        using (var edit = meeting.Edit())
        {
            edit.Cleared("Board", "H5");
        }

        var result = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{meeting.Workbook}:Board!H5: error: the panel rating (Green) was cleared; panel-apply writes ratings, "
                + $"it does not remove them: choose one from the list\n{Refused}\n",
            result.Error
        );
        meeting.AssertUnchanged();
    }

    [Fact]
    public void Sheets_added_removed_or_renamed_are_refused_by_name()
    {
        using var meeting = new Meeting();
        using (var edit = meeting.Edit())
        {
            edit.Added("Notes").Removed("Board").Renamed("Competency 2", "C2");
        }

        var result = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{meeting.Workbook}:C2!A1: error: this sheet is not one of the panel workbook's (was it added, or "
                + $"renamed?); remove it or give it back its name\n{meeting.Workbook}:Notes!A1: error: this sheet is "
                + $"not one of the panel workbook's (was it added, or renamed?); remove it or give it back its "
                + $"name\n{meeting.Workbook}:Competency 2: error: this sheet is missing from the workbook (was it "
                + $"removed, or renamed?); export a new workbook with wcc panel-sheet\n{meeting.Workbook}:Board: "
                + $"error: this sheet is missing from the workbook (was it removed, or renamed?); export a "
                + $"new workbook with wcc panel-sheet\n{Refused}\n",
            result.Error
        );
        meeting.AssertUnchanged();
    }

    [Fact]
    public void Rows_added_or_removed_are_refused_at_the_first_cell_out_of_place()
    {
        using var meeting = new Meeting();
        using (var edit = meeting.Edit())
        {
            edit.Typed("Competency 1", "A7", "1d").Typed("Competency 1", "H7", "3");
            // Row 5 (1b) deleted: 1c moves up into it.
            edit.Typed("Competency 2", "A5", "2c");
            foreach (var column in "ABCDEFGHI")
            {
                edit.Cleared("Competency 2", $"{column}6");
            }
        }

        var result = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{meeting.Workbook}:Competency 1!A7: error: a row below the last measure (1c); rows must not be added\n"
                + $"{meeting.Workbook}:Competency 2!A5: error: expected measure 2b (Ability to conduct constructive "
                + $"partnerships) in this row, found '2c'; rows must not be added, removed or moved\n{Refused}\n",
            result.Error
        );
        meeting.AssertUnchanged();
    }

    [Fact]
    public void A_file_that_is_not_an_xlsx_workbook_is_refused()
    {
        using var meeting = new Meeting();
        System.IO.File.WriteAllText(meeting.Workbook, "measure,rating\n1a,3\n");
        var result = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Equal(
            $"{meeting.Workbook}: error: not an xlsx workbook (wcc panel-sheet writes one; a workbook saved as .xls "
                + $"or .ods must be saved as .xlsx)\n",
            result.Error
        );
        meeting.AssertUnchanged();
    }

    [Fact]
    public void Values_that_would_make_the_assessment_invalid_write_no_file_at_all()
    {
        using var meeting = new Meeting();
        using (var edit = meeting.Edit())
        {
            edit.Number("Competency 1", "H4", 1).Typed("Board", "I4", new string('x', 10_001));
        }

        var result = meeting.Apply().AssertExit(ExitCodes.InvalidInput);
        Assert.Contains($"{meeting.Folder}/governance/board.yaml:", result.Error, StringComparison.Ordinal);
        Assert.Contains(
            ": error: this text is 10,001 characters long; the limit is 10,000",
            result.Error,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "wcc: the assessment would not be valid with the workbook's values; nothing was written\n",
            result.Error,
            StringComparison.Ordinal
        );
        meeting.AssertUnchanged();
    }

    /// <summary>
    /// The whole line of <paramref name="text"/> that starts with <paramref name="start"/>, with its line break.
    /// </summary>
    private static string Line(string text, string start)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no line starting '{start}'");
        return text[at..(text.IndexOf('\n', at) + 1)];
    }
}
