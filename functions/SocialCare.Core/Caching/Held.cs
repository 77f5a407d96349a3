using System.ComponentModel;

namespace SocialCare.Core.Caching;

/// <summary>
/// A cached value as HybridCache keeps it: sealed and marked immutable, so the local cache hands out this instance
/// instead of serializing a copy per read. Our cached values are records nobody mutates.
/// </summary>
[ImmutableObject(true)]
public sealed class Held<T>(T value)
{
    public T Value { get; } = value;
}
