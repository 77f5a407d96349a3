using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.Functions;
using SocialCare.Tests.Infrastructure;

namespace SocialCare.Tests.Hosting;

/// <summary>
/// Each area registers its own services once: no type of ours is registered twice (a fallback that a later
/// registration silently replaces is dead code), and the app has exactly one clock.
/// </summary>
public sealed class RegistrationTests
{
    // Resolved as IEnumerable<T>: one registration per implementation is the point.
    private static readonly HashSet<Type> ResolvedAsMany =
    [
        typeof(SocialCare.Functions.Hosting.IHttpFunction),
        typeof(SocialCare.Adapters.Webhooks.IWebhookSource),
        typeof(SocialCare.Core.Ports.IPlatformPublisher),
    ];

    [Fact]
    public async Task No_service_of_ours_is_registered_twice_and_there_is_one_clock()
    {
        var descriptors = new List<ServiceDescriptor>();
        await using var app = Build(descriptors);

        var ours = descriptors.Where(d => d.ServiceType.Namespace?.StartsWith("SocialCare.", StringComparison.Ordinal) == true
                && !d.ServiceType.IsGenericType
                && !ResolvedAsMany.Contains(d.ServiceType))
            .GroupBy(d => d.ServiceType)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.FullName} ×{g.Count()}")
            .ToList();

        Assert.Empty(ours);
        Assert.Single(descriptors, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public async Task The_key_ring_is_kept_in_the_storage_account_and_not_loaded_before_the_app_answers()
    {
        var descriptors = new List<ServiceDescriptor>();
        await using var app = Build(descriptors);

        // Loaded before start, it would hold the start on storage (its retries when storage is down).
        Assert.DoesNotContain(descriptors, d => d.ImplementationType?.FullName == SocialCare.Functions.Workspace.WorkspaceServiceCollectionExtensions.EagerKeyRingLoad);
        var keys = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>().Value;
        Assert.IsType<SocialCare.Adapters.Tables.TableDataProtectionKeys>(keys.XmlRepository);
    }

    private static WebApplication Build(List<ServiceDescriptor> descriptors)
    {
        // The local host, even where the Functions host's port setting is in the environment.
        return SocialCareApp.Build(["--port", "0"], builder =>
        {
            builder.Logging.ClearProviders();
            descriptors.AddRange(builder.Services);
        }, new Dictionary<string, string?> { [SocialCareApp.HandlerPortSetting] = "", ["Queues:RunTriggers"] = "false", ["Demo:Seed"] = "false" });
    }
}
