namespace WccAssure.Core.Diagnostics;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>The input cannot be used as written; commands exit non-zero.</summary>
    Error,

    /// <summary>The input is usable, but something in it needs a person's attention.</summary>
    Warning,
}
