using Azure.Messaging.ServiceBus;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.DeadLetters;
using SocialCare.Adapters.ServiceBus;
using SocialCare.Core.Ports;
using SocialCare.Functions;
using SocialCare.Functions.Hosting;
using SocialCare.Functions.Webhooks;

namespace SocialCare.Tests.ServiceBus;

/// <summary>The app as the Functions host starts it (custom-handler mode), composed with every DI check on.</summary>
public sealed class ServiceBusCompositionTests
{
    private const string ConnectionString = "Endpoint=sb://test.servicebus.windows.net/;SharedAccessKeyName=x;SharedAccessKey=eA==";

    private static readonly Dictionary<string, string?> Common = new()
    {
        ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        ["Api:FunctionKey"] = "composition-key",
        ["Listening:Secret"] = "composition-secret",
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:From"] = "socialcare@test.local",
        ["Notifications:DefaultEmail"] = "team@test.local",
        ["Telemetry:Console"] = "false",
        ["Demo:Seed"] = "false",
    };

    private static WebApplication BuildAsFunctionsHost(Dictionary<string, string?> settings) =>
        SocialCareApp.Build([], builder => builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        }), Common.Concat(settings).Append(new(SocialCareApp.HandlerPortSetting, "0")));

    [Fact]
    public async Task With_a_connection_string_every_function_resolves_and_sends_through_service_bus()
    {
        await using var sut = BuildAsFunctionsHost(new() { ["ServiceBusConnection"] = ConnectionString, ["ServiceBus:MaxRetries"] = "5" });

        using var scope = sut.Services.CreateScope();
        foreach (var type in TriggerDispatcher.TriggerTypes.Values) Assert.NotNull(scope.ServiceProvider.GetRequiredService(type));
        Assert.NotEmpty(sut.Services.GetServices<IHttpFunction>());
        Assert.NotNull(sut.Services.GetRequiredService<WebhookIngest>());
        Assert.IsType<ServiceBusQueueSender>(sut.Services.GetRequiredService<IQueueSender>());
        Assert.IsType<ServiceBusDeadLetters>(sut.Services.GetRequiredService<IDeadLetters>());
        Assert.Equal("test.servicebus.windows.net", sut.Services.GetRequiredService<ServiceBusClient>().FullyQualifiedNamespace);
        var retry = sut.Services.GetRequiredService<IOptionsMonitor<ServiceBusClientOptions>>().Get("Default").RetryOptions;
        Assert.Equal((5, ServiceBusRetryMode.Exponential, TimeSpan.FromSeconds(5)), (retry.MaxRetries, retry.Mode, retry.TryTimeout));
    }

    [Fact]
    public async Task With_the_identity_based_setting_the_client_targets_that_namespace()
    {
        await using var sut = BuildAsFunctionsHost(new()
        {
            ["ServiceBusConnection:fullyQualifiedNamespace"] = "care-prod.servicebus.windows.net",
            ["ServiceBusConnection:credential"] = "managedidentity",
            ["ServiceBusConnection:clientId"] = "00000000-0000-0000-0000-000000000001",
        });

        Assert.Equal("care-prod.servicebus.windows.net", sut.Services.GetRequiredService<ServiceBusClient>().FullyQualifiedNamespace);
        Assert.IsType<ServiceBusQueueSender>(sut.Services.GetRequiredService<IQueueSender>());
    }

    [Fact]
    public async Task Retry_settings_out_of_range_fail_at_start_naming_the_setting()
    {
        await using var sut = BuildAsFunctionsHost(new() { ["ServiceBusConnection"] = ConnectionString, ["ServiceBus:MaxRetries"] = "99" });

        var e = Record.Exception(() => sut.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MaxRetries", e?.Message);
    }
}
