using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Core.Caching;

namespace SocialCare.Tests.Caching;

public sealed class ReadThroughCacheTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();

    private ReadThroughCache Cache(TimeSpan? lifetime = null) =>
        new(_services.GetRequiredService<HybridCache>(), "test", lifetime ?? ReadThroughCache.DefaultLifetime);

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Concurrent_misses_of_one_key_share_one_load()
    {
        var sut = Cache();
        var loads = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var readers = Enumerable.Range(0, 20).Select(_ => sut.GetAsync("rules", async ct =>
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return "value";
        }, CancellationToken.None)).ToList();
        release.SetResult();
        var values = await Task.WhenAll(readers);

        Assert.Equal(1, loads);
        Assert.All(values, v => Assert.Equal("value", v));
    }

    [Fact]
    public async Task A_load_racing_a_forget_never_leaves_the_stale_value_cached()
    {
        var sut = Cache();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stale = sut.GetAsync("channel", async ct =>
        {
            started.SetResult();
            await release.Task;
            return "before the write";
        }, CancellationToken.None);
        await started.Task;

        sut.Forget("channel"); // a write through this instance lands while the old read is still loading
        release.SetResult();
        Assert.Equal("before the write", await stale);
        var fresh = await sut.GetAsync("channel", _ => Task.FromResult("after the write"), CancellationToken.None);

        Assert.Equal("after the write", fresh);
    }

    [Fact]
    public async Task Forget_and_clear_make_the_next_read_load_again_and_other_keys_stay()
    {
        var sut = Cache();
        await sut.GetAsync("a", _ => Task.FromResult(1), CancellationToken.None);
        await sut.GetAsync("b", _ => Task.FromResult(1), CancellationToken.None);

        sut.Forget("a");
        var a = await sut.GetAsync("a", _ => Task.FromResult(2), CancellationToken.None);
        var b = await sut.GetAsync("b", _ => Task.FromResult(2), CancellationToken.None);
        sut.Clear();
        var bAfterClear = await sut.GetAsync("b", _ => Task.FromResult(3), CancellationToken.None);

        Assert.Equal((2, 1, 3), (a, b, bAfterClear));
    }

    [Fact]
    public async Task A_value_is_read_again_once_its_lifetime_is_over()
    {
        var sut = Cache(TimeSpan.FromMilliseconds(200));
        var loads = 0;
        Task<int> Load(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref loads));

        var first = await sut.GetAsync("k", Load, CancellationToken.None);
        var cached = await sut.GetAsync("k", Load, CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var later = cached;
        while (later == first && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            later = await sut.GetAsync("k", Load, CancellationToken.None);
        }

        Assert.Equal((1, 1), (first, cached));
        Assert.Equal(2, later);
    }

    [Fact]
    public async Task A_cached_reference_is_handed_out_as_is_not_copied()
    {
        var sut = Cache();
        var value = new List<string> { "x" };

        var first = await sut.GetAsync("list", _ => Task.FromResult(value), CancellationToken.None);
        var second = await sut.GetAsync("list", _ => Task.FromResult(new List<string>()), CancellationToken.None);

        Assert.Same(value, first);
        Assert.Same(value, second);
    }
}
