using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using WccAssure.Cli.Commands;
using WccAssure.Core.Diagnostics;
using WccAssure.Core.Pipeline;
using WccAssure.Core.Text;

namespace WccAssure.Cli;

/// <summary>Where commands write: injected so tests can capture it.</summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error);
