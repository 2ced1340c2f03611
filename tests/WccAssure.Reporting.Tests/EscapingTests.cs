using System.Collections;
using System.Reflection;
using WccAssure.Reporting.Compare;
using WccAssure.Reporting.Rendering;
using WccAssure.Reporting.View;

namespace WccAssure.Reporting.Tests;

/// <summary>
/// Every text field of the view models, filled with markup, comes out escaped through the real templates; only
/// the fields the view model marks [Trusted] (pictures, rendered Markdown, the stylesheet) are written as they are.
/// A new field that a template writes unescaped fails here without anyone having to list it.
/// </summary>
public class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script>\"'&|";

    [Fact]
    public void Every_report_field_is_escaped_in_html()
    {
        var (html, error) = Fixture.Templates.RenderHtml(Build<ReportView>());
        Assert.Null(error);
        Assert.DoesNotContain("<script", html!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;|", html);
        Assert.Contains("TRUSTED-Html", html);
    }

    [Fact]
    public void Every_field_of_the_provenance_annex_is_escaped()
    {
        var view = Build<ReportView>();
        var (html, htmlError) = Fixture.Templates.RenderProvenanceHtml(view);
        Assert.Null(htmlError);
        Assert.DoesNotContain("<script", html!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&amp;|", html);
        var (markdown, markdownError) = Fixture.Templates.RenderProvenanceMarkdown(view);
        Assert.Null(markdownError);
        Assert.DoesNotContain("<script", markdown!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;\"'&amp;\\|", markdown);
    }

    [Fact]
    public void Every_report_field_is_escaped_in_markdown()
    {
        var (markdown, error) = Fixture.Templates.RenderMarkdown(Build<ReportView>());
        Assert.Null(error);
        Assert.DoesNotContain("<script", markdown!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;\"'&amp;\\|", markdown);

        // Trusted HTML (pictures, rendered Markdown) is not trusted in Markdown: it is escaped there too.
        Assert.DoesNotContain("TRUSTED-Html", markdown);
        Assert.Contains("TRUSTED-Markdown", markdown);
    }

    [Fact]
    public void Every_comparison_field_is_escaped()
    {
        var (html, error) = Fixture.Templates.RenderCompare(Build<CompareView>());
        Assert.Null(error);

        // The page's own sorting script is the template's text; no other script may appear.
        Assert.Equal(1, Count(html!, "<script"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static T Build<T>() => (T)Build(typeof(T), null)!;

    /// <summary>
    /// A record with every string hostile (or a marked stand-in where the field is trusted), every list of two items,
    /// every flag on.
    /// </summary>
    private static object? Build(Type type, TrustedAttribute? trusted)
    {
        if (type == typeof(string))
        {
            return trusted is null ? Hostile : $"<b>TRUSTED-{trusted.Format}</b>";
        }

        if (type == typeof(int))
        {
            return 2;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        // Numbers, ratings and the audience are values the templates print through the view's formatted text.
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Build(underlying, trusted);
        }

        if (type == typeof(double))
        {
            return 2.5;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(Build(item, null));
            list.Add(Build(item, null));
            return list;
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor
            .GetParameters()
            .Select(p => Build(p.ParameterType, type.GetProperty(p.Name!)?.GetCustomAttribute<TrustedAttribute>()))
            .ToArray();
        var built = constructor.Invoke(arguments);

        // Init-only members (added beside a record's positional ones) are filled too, so none escapes the check.
        var positional = constructor.GetParameters().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (
            var property in type.GetProperties()
                .Where(p => p.CanWrite && !positional.Contains(p.Name) && p.Name != "EqualityContract")
        )
        {
            property.SetValue(built, Build(property.PropertyType, property.GetCustomAttribute<TrustedAttribute>()));
        }

        return built;
    }
}
