namespace WccAssure.Reporting.Word;

/// <summary>A picture of the report as PNG bytes, with its size in pixels at one picture unit per pixel.</summary>
internal sealed record WordPng(byte[] Bytes, int Width, int Height);
