using Spectre.Console;

namespace WccAssure.Cli;

/// <summary>
/// Progress bars while a batch's PDFs print and its folders are written, on an interactive terminal only: redirected
/// output stays free of them so it can be diffed, and a handful of folders is written too quickly to need them.
/// </summary>
internal static class WriteProgress
{
    private const int Fewest = 5;

    /// <summary>
    /// <paramref name="work"/> is given an action to call once per PDF printed (a bar of its own when
    /// <paramref name="printing"/>) and one to call once per folder written.
    /// </summary>
    public static Task<T> ShowAsync<T>(int count, bool printing, Func<Action, Action, Task<T>> work) =>
        !Shown(count)
            ? work(() => { }, () => { })
            : AnsiConsole
                .Progress()
                .StartAsync(context =>
                {
                    var print = printing ? context.AddTask("Printing PDFs", maxValue: count) : null;
                    var settings = new ProgressTaskSettings { AutoStart = !printing, MaxValue = count };
                    var write = context.AddTask("Writing reports", settings);
                    return work(
                        () => print?.Increment(1),
                        () =>
                        {
                            write.StartTask();
                            write.Increment(1);
                        }
                    );
                });

    /// <summary>Bars are shown for this many folders: on a terminal, and more than a handful.</summary>
    public static bool Shown(int count) => count >= Fewest && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>
    /// The closing line of a batch that printed PDFs: how many reports, in how long (rendering and writing too), at
    /// what rate.
    /// </summary>
    public static string PrintedSummary(int printed, TimeSpan elapsed)
    {
        var (plural, seconds) = (printed == 1 ? "" : "s", elapsed.TotalSeconds);
        var rate = printed / Math.Max(seconds, 0.001);
        return FormattableString.Invariant(
            $"{printed} report{plural} with PDF rendered, printed and written in {seconds:0.0} s ({rate:0.0} a second)"
        );
    }
}
