using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SkiaSharp;
using Svg.Skia;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace WccAssure.Reporting.Word;

/// <summary>A picture of the report as PNG bytes, with its size in pixels at one picture unit per pixel.</summary>
internal sealed record WordPng(byte[] Bytes, int Width, int Height);
