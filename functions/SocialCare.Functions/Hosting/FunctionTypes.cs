using System.Reflection;

namespace SocialCare.Functions.Hosting;

/// <summary>Finds the classes that handle function folders, by their [HandlesFunction].</summary>
public static class FunctionTypes
{
    public static IReadOnlyDictionary<string, Type> Discover<TKind>() =>
        typeof(FunctionTypes).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(TKind).IsAssignableFrom(t))
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<HandlesFunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => x.Attribute!.Name, x => x.Type, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> AllNames() =>
        Discover<ITriggerFunction>().Keys.Concat(Discover<IHttpFunction>().Keys);
}
