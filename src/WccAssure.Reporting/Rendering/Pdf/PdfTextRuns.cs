namespace WccAssure.Reporting.Rendering.Pdf;

/// <summary>
/// Where a page's text runs start, in page coordinates, with the font and size each is shown in: read from its
/// content streams by following the graphics and text state (q, Q, cm, BT, Tm, Td, TD, T*, TL, Tf). Enough to set new
/// text on the baseline of text already on the page, in its font.
/// </summary>
internal static class PdfTextRuns
{
    public static IReadOnlyList<PdfTextRun> Read(PdfFile file, PdfDictionary page)
    {
        var runs = new List<PdfTextRun>();
        var contents = file.Resolve(page["Contents"]) is PdfArray array ? array.Items : [page["Contents"]!];
        var stream = contents.SelectMany(c => file.StreamBytes(file.Dictionary(c)).Append((byte)'\n')).ToArray();
        var syntax = new PdfSyntax(stream, 0);
        var operands = new List<PdfValue>();
        var states = new Stack<Matrix>();
        var (ctm, text, line) = (Matrix.Identity, Matrix.Identity, Matrix.Identity);
        var (font, size, leading) = ("", 0.0, 0.0);
        for (syntax.SkipWhite(); syntax.Position < stream.Length; syntax.SkipWhite())
        {
            var value = syntax.ReadValue();
            if (
                value is not PdfToken { Number: null, Raw: var op }
                || op.StartsWith('(')
                || op.StartsWith('<')
                || op is "true" or "false" or "null"
            )
            {
                operands.Add(value);
                continue;
            }

            var n = operands.Select(v => (v as PdfToken)?.Number ?? 0).ToArray();
            double N(int i, int of) => n[n.Length - of + i];
            switch (op)
            {
                case "BI":
                    return runs; // An inline image's data is not PDF syntax; Chromium never writes one.
                case "q":
                    states.Push(ctm);
                    break;
                case "Q" when states.Count > 0:
                    ctm = states.Pop();
                    break;
                case "cm" when operands.Count >= 6:
                    ctm = new Matrix(N(0, 6), N(1, 6), N(2, 6), N(3, 6), N(4, 6), N(5, 6)).Times(ctm);
                    break;
                case "BT":
                    (text, line) = (Matrix.Identity, Matrix.Identity);
                    break;
                case "Tm" when operands.Count >= 6:
                    text = line = new Matrix(N(0, 6), N(1, 6), N(2, 6), N(3, 6), N(4, 6), N(5, 6));
                    break;
                case "Td" or "TD" when operands.Count >= 2:
                    leading = op == "TD" ? -N(1, 2) : leading;
                    text = line = new Matrix(1, 0, 0, 1, N(0, 2), N(1, 2)).Times(line);
                    break;
                case "T*":
                    text = line = new Matrix(1, 0, 0, 1, 0, -leading).Times(line);
                    break;
                case "TL" when operands.Count >= 1:
                    leading = N(0, 1);
                    break;
                case "Tf" when operands.Count >= 2:
                    (font, size) = (operands[^2] is PdfName name ? name.Value : "", N(1, 2));
                    break;
                case "Tj" or "TJ" or "'" or "\"":
                    var at = text.Times(ctm);
                    runs.Add(new PdfTextRun(font, size * Math.Sqrt((at.C * at.C) + (at.D * at.D)), at.E, at.F));
                    break;
            }

            operands.Clear();
        }

        return runs;
    }

    private sealed record Matrix(double A, double B, double C, double D, double E, double F)
    {
        public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

        public Matrix Times(Matrix m) =>
            new(
                (A * m.A) + (B * m.C),
                (A * m.B) + (B * m.D),
                (C * m.A) + (D * m.C),
                (C * m.B) + (D * m.D),
                (E * m.A) + (F * m.C) + m.E,
                (E * m.B) + (F * m.D) + m.F
            );
    }
}

/// <summary>A text run's font resource, its size in points and where its baseline starts on the page.</summary>
internal sealed record PdfTextRun(string Font, double Size, double X, double Y);
