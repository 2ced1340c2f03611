using Spectre.Console;

namespace WccAssure.Reporting.Runs;

/// <summary>
/// A progress bar while a batch's folders are written, on an interactive terminal only: redirected output stays
/// free of it so it can be diffed, and a handful of folders is written too quickly to need it.
/// </summary>
public static class WriteProgress
{
    private const int Fewest = 5;

    /// <summary><paramref name="work"/> is given an action to call once per folder written.</summary>
    public static T Show<T>(int count, Func<Action, T> work) =>
        count < Fewest || Console.IsOutputRedirected || Console.IsErrorRedirected
            ? work(() => { })
            : AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask("Writing reports", maxValue: count);
                return work(() => task.Increment(1));
            });
}
