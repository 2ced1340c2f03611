using Scriban.Functions;
using Scriban.Runtime;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// Scriban's built-in functions as templates see them: built once and shared by every render (building them is
/// most of the cost of a fresh context), read-only so no render can change what another sees, and without the
/// clock (`date`) or `math.random`, so the same inputs always give the same report.
/// </summary>
internal static class TemplateBuiltins
{
    public static readonly ScriptObject Shared = Build();

    private static ScriptObject Build()
    {
        var builtins = new BuiltinFunctions();
        builtins.Remove("date");
        if (builtins["math"] is ScriptObject math)
        {
            math.Remove("random");
        }

        foreach (var group in builtins.Values.OfType<ScriptObject>())
        {
            group.IsReadOnly = true;
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
