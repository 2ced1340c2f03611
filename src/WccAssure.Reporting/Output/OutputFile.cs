namespace WccAssure.Reporting.Output;

/// <summary>One file of an output folder, rendered in memory: its name inside the folder and its bytes.</summary>
public sealed record OutputFile(string Name, byte[] Content);
