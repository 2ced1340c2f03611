namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Bounds on one template render, so a user template (--templates) cannot hang or exhaust the machine. Each
/// breach is an error located in the template. The defaults fit a comparison of 10,000 organisations.
/// </summary>
/// <param name="Depth">Nested function calls and includes.</param>
/// <param name="LoopSteps">Iterations of one loop together with the loops nested in it.</param>
/// <param name="Characters">Length of the output and of any one string the template builds.</param>
/// <param name="Time">Wall-clock budget of one render.</param>
internal sealed record TemplateLimits(int Depth, int LoopSteps, int Characters, TimeSpan Time)
{
    /// <summary>The limits wcc renders with: 64 deep, 2,000,000 loop steps, 32 Mi characters, 20 seconds.</summary>
    public static readonly TemplateLimits Default = new(
        Depth: 64,
        LoopSteps: 2_000_000,
        Characters: 32 * 1024 * 1024,
        Time: TimeSpan.FromSeconds(20)
    );
}
