using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace SocialCare.Functions.Hosting;

/// <summary>
/// JSON leaves a non-nullable member null when the field is absent or null; a queue message like that would fail deep
/// inside a function with a NullReferenceException. This finds the first such member of our own message records, so
/// the invocation is refused as unreadable input instead.
/// </summary>
public static class MissingMembers
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Required = new();
    private static readonly NullabilityInfoContext Nullability = new();

    /// <returns>The path of the first null non-nullable member, or null when there is none.</returns>
    public static string? Find(object value, string path = "$", int depth = 0)
    {
        if (depth > 16) return null;
        foreach (var property in Required.GetOrAdd(value.GetType(), RequiredProperties))
        {
            var member = property.GetValue(value);
            var at = $"{path}.{property.Name}";
            if (member is null) return at;
            if (member is string) continue;
            if (member is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsOurs(item.GetType()) && Find(item, $"{at}[{index}]", depth + 1) is { } inner) return inner;
                    index++;
                }
            }
            else if (IsOurs(member.GetType()) && Find(member, at, depth + 1) is { } inner)
            {
                return inner;
            }
        }
        return null;
    }

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("SocialCare.", StringComparison.Ordinal) == true && !type.IsEnum && !type.IsPrimitive;

    private static PropertyInfo[] RequiredProperties(Type type)
    {
        if (!IsOurs(type)) return [];
        lock (Nullability)
        {
            return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType && Nullability.Create(p).ReadState == NullabilityState.NotNull)];
        }
    }
}
