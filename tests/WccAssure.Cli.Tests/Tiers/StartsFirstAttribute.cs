namespace WccAssure.Cli.Tests.Tiers;

/// <summary>
/// Marks a collection definition whose tests <see cref="LongestFirst"/> starts before all the others.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class StartsFirstAttribute : Attribute;
