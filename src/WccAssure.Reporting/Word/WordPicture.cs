using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using Svg.Skia;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace WccAssure.Reporting.Word;

/// <summary>
/// The report's two pictures in the document. They are drawn once, as SVG (<see cref="Pictures"/>); Word wants a
/// raster in the picture itself (an SVG only as an extension beside one, which LibreOffice 7.4 ignores), so the SVG
/// is rasterised here with Svg.Skia at twice its size, sharp in print at the text width.
/// </summary>
internal static partial class WordPicture
{
    private const float Scale = 2f;
    private const long EmuPerTwip = 635;

    /// <summary>The SVG as PNG; hover titles are dropped first, since a raster cannot show them.</summary>
    public static WordPng Rasterise(string svg)
    {
        using var document = new SKSvg();
        var picture = document.FromSvg(Titles().Replace(svg, ""))
            ?? throw new InvalidOperationException("the picture's SVG could not be read");
        var bounds = picture.CullRect;
        var width = (int)Math.Ceiling(bounds.Width * Scale);
        var height = (int)Math.Ceiling(bounds.Height * Scale);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(Scale);
            canvas.DrawPicture(picture);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new WordPng(png.ToArray(), width, height);
    }

    /// <summary>
    /// The picture inline in its own paragraph, at the text width, with its description as alternative text.
    /// </summary>
    public static Paragraph Inline(string relationshipId, uint number, WordPng png, string description)
    {
        var cx = WordTables.TextWidth * EmuPerTwip;
        var cy = cx * png.Height / png.Width;
        var name = $"Picture {number.ToString(CultureInfo.InvariantCulture)}";
        var graphic = new A.Graphic(
            new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties
                        {
                            Id = number,
                            Name = name,
                            Description = description,
                        },
                        new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })
                    ),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }
                    )
                )
            )
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }
        );
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent
            {
                LeftEdge = 0,
                TopEdge = 0,
                RightEdge = 0,
                BottomEdge = 0,
            },
            new DW.DocProperties
            {
                Id = number,
                Name = name,
                Description = description,
            },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic
        )
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        return WordText.Styled("Normal", [new Run(new Drawing(inline))]);
    }

    [GeneratedRegex("<title>.*?</title>", RegexOptions.Singleline)]
    private static partial Regex Titles();
}
