namespace WccAssure.Reporting.Tests.Accessibility;

/// <summary>
/// One element that failed an axe rule: where it is, what it looks like, and axe's own account of what to fix.
/// </summary>
/// <param name="Target">CSS selectors that locate the element (one per frame or shadow root, joined with " &gt;&gt;&gt;
/// ").</param>
/// <param name="Html">The opening of the element's markup, cut short so a failing assertion stays readable.</param>
/// <param name="FailureSummary">axe's "Fix any of the following" text, when it gives one.</param>
public sealed record AxeNode(IReadOnlyList<string> Target, string Html, string? FailureSummary);
