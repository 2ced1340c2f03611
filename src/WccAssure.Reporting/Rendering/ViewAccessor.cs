using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace WccAssure.Reporting.Rendering;

/// <summary>
/// How templates read a view-model record: its public properties under snake_case names (Scriban's convention),
/// read-only, with [Trusted] text handed over as <see cref="TrustedText"/>. Members are looked up once per type
/// and shared by every render, not once per render as Scriban's own accessor does.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> Cache = new();
    private readonly Dictionary<string, Func<object, object?>> getters;

    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2070",
        Justification = "Only types in ViewTypes.All get this accessor (IsView), and it keeps their public properties "
            + "for the trimmer; ViewTypesTests holds the list complete."
    )]
    private ViewAccessor(Type type)
    {
        getters = new(StringComparer.Ordinal);
        foreach (
            var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
        )
        {
            // A record's compiler-generated EqualityContract is protected, so only the declared data remain.
            var getter = Shared(property.PropertyType, Getter(type, property));
            getters[StandardMemberRenamer.Rename(property.Name)] = property.GetCustomAttribute<TrustedAttribute>()
                is { } trusted
                ? target => getter(target) is string text ? new TrustedText(text, trusted.Format) : null
                : getter;
        }

        Members = [.. getters.Keys];
    }

    public IReadOnlyList<string> Members { get; }

    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>
    /// A flag read by a template is boxed at every read (templates test them in every loop): one shared box for each
    /// value instead.
    /// </summary>
    private static Func<object, object?> Shared(Type type, Func<object, object?> getter) =>
        type == typeof(bool) ? target => getter(target) is true ? True : False : getter;

    /// <summary>
    /// Under the JIT, a typed delegate over the property's getter: PropertyInfo.GetValue would emit and compile an
    /// invoke stub per property at run time (about 175 of them in a national run), while this shares the
    /// precompiled code of one generic method per kind of property value. Compiled ahead of time (Native AOT) no
    /// code can be made at run time, and GetValue is already native code, so it is the one used there.
    /// </summary>
    private static Func<object, object?> Getter(Type type, PropertyInfo property) =>
        RuntimeFeature.IsDynamicCodeSupported ? TypedDelegate(type, property) : property.GetValue;

    [UnconditionalSuppressMessage(
        "AOT",
        "IL3050",
        Justification = "Called only where RuntimeFeature.IsDynamicCodeSupported is true."
    )]
    [UnconditionalSuppressMessage(
        "Trimming",
        "IL2060",
        Justification = "Typed<TView, TValue> places no requirement on its type arguments."
    )]
    private static Func<object, object?> TypedDelegate(Type type, PropertyInfo property) =>
        TypedGetter
            .MakeGenericMethod(type, property.PropertyType)
            .CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(property.GetMethod!);

    private static readonly MethodInfo TypedGetter = typeof(ViewAccessor).GetMethod(
        nameof(Typed),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    private static Func<object, object?> Typed<TView, TValue>(MethodInfo getter)
    {
        var typed = getter.CreateDelegate<Func<TView, TValue>>();
        return view => typed((TView)view);
    }

    /// <summary>Only the report's own view records get this accessor; any other object keeps Scriban's.</summary>
    public static bool IsView(Type type) => ViewTypes.All.Contains(type);

    public static ViewAccessor For(Type type) => Cache.GetOrAdd(type, t => new ViewAccessor(t));

    public object? Get(object target, string member) => getters[member](target);

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => Members;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
