using System.Globalization;
using WccAssure.Core.Diagnostics;

namespace WccAssure.Core.Yaml;

/// <summary>Typed reading of single nodes; each conversion reports a located finding instead of throwing.</summary>
internal static class NodeValues
{
    public static string? Text(YamlNode node, FindingSink findings, string what)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? null : scalar.Value;
        }

        findings.Error(node.Location, $"{what} should be text, not {node.Kind}");
        return null;
    }

    public static double? Number(YamlNode node, FindingSink findings, string what)
    {
        if (node is not YamlScalar scalar)
        {
            findings.Error(node.Location, $"{what} should be a number, not {node.Kind}");
            return null;
        }

        if (scalar.IsNull)
        {
            return null;
        }

        if (
            scalar.IsPlain
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
        )
        {
            return value;
        }

        // "2" in quotes is text to YAML, though it reads as a number to a person: say what to change.
        if (
            !scalar.IsPlain
            && double.TryParse(scalar.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var quoted)
            && double.IsFinite(quoted)
        )
        {
            findings.Error(
                node.Location,
                $"{what} should be a number, found the text '{Shorten(scalar.Value)}' in quotes: remove the quotes"
            );
            return null;
        }

        findings.Error(node.Location, $"{what} should be a number, found '{Shorten(scalar.Value)}'");
        return null;
    }

    /// <summary>
    /// Words YAML 1.1 read as yes/no, which this reader (YAML 1.2) takes as text; the message says what to write
    /// instead.
    /// </summary>
    public static bool IsYesNoWord(string text) =>
        text.ToLowerInvariant() is "yes" or "no" or "y" or "n" or "on" or "off";

    /// <summary>What to say when a yes/no value is not written true or false.</summary>
    public static string TrueOrFalseHint(YamlScalar scalar) =>
        scalar.IsPlain && IsYesNoWord(scalar.Value)
            ? $"found '{Shorten(scalar.Value)}'; write true or false "
                + $"({(scalar.Value.ToLowerInvariant() is "yes" or "y" or "on" ? "true" : "false")} here)"
        : !scalar.IsPlain && scalar.Value is "true" or "false"
            ? $"found the text '{scalar.Value}' in quotes; write it without quotes: {scalar.Value}"
        : $"found '{Shorten(scalar.Value)}'; write true or false";

    public static int? Integer(YamlNode node, FindingSink findings, string what, int min, int max)
    {
        var number = Number(node, findings, what);
        if (number is null)
        {
            return null;
        }

        if (number != Math.Floor(number.Value) || number < min || number > max)
        {
            findings.Error(
                node.Location,
                $"{what} should be a whole number from {min} to {max}, found {Format(number.Value)}"
            );
            return null;
        }

        return (int)number.Value;
    }

    public static bool? Boolean(YamlNode node, FindingSink findings, string what)
    {
        if (node is YamlScalar { IsPlain: true } scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        findings.Error(
            node.Location,
            node is YamlScalar written
                ? $"{what} should be true or false, {TrueOrFalseHint(written)}"
                : $"{what} should be true or false, not {node.Kind}"
        );
        return null;
    }

    /// <summary>
    /// Reads one of a fixed set of words, in any letter case (NHS papers write "Green" and "GREEN"), as the
    /// allowed spelling; names the nearest or all allowed words when the value is not among them.
    /// </summary>
    public static string? Choice(YamlNode node, FindingSink findings, string what, IReadOnlyCollection<string> allowed)
    {
        var text = Text(node, findings, what);
        if (text is null)
        {
            return null;
        }

        if (
            allowed.FirstOrDefault(word => string.Equals(word, text.Trim(), StringComparison.OrdinalIgnoreCase)) is
            { } match
        )
        {
            return match;
        }

        var advice = Suggestions.DidYouMean(text, allowed) is { } suggestion ? "; " + suggestion : "";
        findings.Error(
            node.Location,
            $"{what} is '{Shorten(text)}', which is not one of: {string.Join(", ", allowed)}{advice}"
        );
        return null;
    }

    public static IReadOnlyList<YamlNode> Items(YamlNode node, FindingSink findings, string what)
    {
        switch (node)
        {
            case YamlSequence sequence:
                return sequence.Items;
            case YamlScalar { IsNull: true }:
                return [];
            default:
                findings.Error(node.Location, $"{what} should be a list, not {node.Kind}");
                return [];
        }
    }

    public static IReadOnlyList<string> TextList(YamlNode node, FindingSink findings, string what) =>
        [.. Items(node, findings, what).Select(item => Text(item, findings, what)).OfType<string>()];

    /// <summary>
    /// A number as a person would write it; a huge one in exponent form, so a message stays one line.
    /// </summary>
    public static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 1e15 ? "0.###E+0" : "0.###", CultureInfo.InvariantCulture);

    public static string Shorten(string text) => WccAssure.Core.Text.VisibleText.Shorten(text);
}
