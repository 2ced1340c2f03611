namespace WccAssure.Cli;

/// <summary>Where commands write: injected so tests can capture it.</summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error);
