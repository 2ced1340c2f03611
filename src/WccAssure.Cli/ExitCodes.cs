namespace WccAssure.Cli;

/// <summary>The documented exit codes of `wcc`.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input has errors; the findings were printed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Something outside the input failed (a bug or the machine); reported without a stack trace.</summary>
    public const int Internal = 70;
}
