namespace WccAssure.Core.Loading;

/// <summary>A PCT in the register: its code, name and strategic health authority.</summary>
public sealed record Organisation(string Code, string Name, string Sha);
