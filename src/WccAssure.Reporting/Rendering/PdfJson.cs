using System.Text.Json.Serialization;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// The values the printer passes to and reads back from the page's scripts (the contents list's entries). wcc is
/// compiled ahead of time, where System.Text.Json has no reflection, so PuppeteerSharp is given their metadata.
/// </summary>
[JsonSerializable(typeof(string[][]))]
internal sealed partial class PdfJson : JsonSerializerContext;
