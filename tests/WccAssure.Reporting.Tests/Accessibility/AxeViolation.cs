namespace WccAssure.Reporting.Tests.Accessibility;

/// <summary>An axe-core rule that failed on a page, with every element it failed on.</summary>
/// <param name="Id">axe's rule id, e.g. <c>color-contrast</c> or <c>image-alt</c>.</param>
/// <param name="Impact">axe's severity: minor, moderate, serious or critical.</param>
/// <param name="Help">One line saying what the rule requires.</param>
/// <param name="HelpUrl">Deque's page explaining the rule and how to fix it.</param>
/// <param name="Nodes">Every element the rule failed on.</param>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<AxeNode> Nodes);
