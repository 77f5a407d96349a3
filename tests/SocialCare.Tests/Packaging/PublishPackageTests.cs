using SocialCare.Tests.Infrastructure;
using System.Text.Json;
using SocialCare.Functions.Hosting;

namespace SocialCare.Tests.Packaging;

/// <summary>The published folder has the layout the Functions host reads, and its bindings agree with the code.</summary>
[Trait(Needs.Trait, Needs.Publish)]
public sealed class PublishPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    private FunctionCatalog Catalog => new(package.Directory);

    [Fact]
    public void Every_function_json_has_a_handler_and_every_handler_a_function_json()
    {
        var folders = Catalog.Functions.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var handlers = FunctionTypes.AllNames().Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(folders);
        Assert.Equal(handlers, folders);
        Assert.False(Directory.Exists(Path.Combine(package.Directory, "Triggers")), "function folders belong at the package root");
    }

    [Fact]
    public void Trigger_functions_and_http_functions_are_the_right_kinds()
    {
        var triggers = TriggerDispatcher.TriggerTypes.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var function in Catalog.Functions)
        {
            Assert.Equal(!function.IsHttp, triggers.Contains(function.Name));
            if (function.IsHttp)
            {
                // Pass-through proxying needs exactly one httpTrigger and one http output.
                Assert.Equal(2, function.Bindings.Count);
                Assert.Single(function.Bindings, b => b.Type == "http" && b.Direction == "out");
            }
            else
            {
                Assert.DoesNotContain(function.Bindings, b => b.Type.StartsWith("http", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Queue_names_agree_between_outputs_and_triggers()
    {
        var functions = Catalog.Functions;
        var consumed = functions.Where(f => f.Trigger?.Type == BindingTypes.ServiceBusTrigger).Select(f => f.Trigger!.QueueName!).ToHashSet();
        var produced = functions.SelectMany(f => f.Outputs).Where(b => b.Type == BindingTypes.ServiceBus).Select(b => b.QueueName!).ToHashSet();
        produced.Add(Core.Messages.QueueNames.Classify); // the webhooks send to classify themselves

        Assert.Empty(produced.Except(consumed));
        Assert.Empty(consumed.Except(produced));
        Assert.All(functions.SelectMany(f => f.Bindings).Where(b => b.Type.StartsWith("serviceBus", StringComparison.Ordinal)),
            b => Assert.Equal("ServiceBusConnection", b.Connection));
        Assert.All(functions.Where(f => f.Trigger?.Type == BindingTypes.ServiceBusTrigger), f => Assert.True(f.Trigger!.IsBinary, $"{f.Name} should bind binary"));
    }

    [Fact]
    public void Webhooks_health_signed_links_and_the_workspace_are_anonymous_and_the_rest_need_the_function_key()
    {
        foreach (var function in Catalog.Functions.Where(f => f.IsHttp))
        {
            var route = function.Trigger!.Route ?? "";
            // The workspace is anonymous to the host: its pages ask for the Easy Auth session themselves.
            var anonymous = route.StartsWith("api/webhooks/", StringComparison.Ordinal) || route == "api/health" || route.StartsWith("api/actions", StringComparison.Ordinal)
                || route.StartsWith("inbox", StringComparison.Ordinal);
            Assert.Equal(anonymous ? "anonymous" : "function", function.Trigger.AuthLevel);
        }
    }

    [Fact]
    public void Host_json_runs_the_custom_handler_with_proxying_and_service_bus_settings()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(package.Directory, "host.json")));
        var root = host.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.True(handler.GetProperty("enableProxyingHttpRequest").GetBoolean());
        var executable = handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        var path = Path.Combine(package.Directory, executable);
        Assert.True(File.Exists(path), $"{executable} is not in the package");
        if (!OperatingSystem.IsWindows()) Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{executable} is not executable");
        var serviceBus = root.GetProperty("extensions").GetProperty("serviceBus");
        Assert.InRange(serviceBus.GetProperty("maxConcurrentCalls").GetInt32(), 1, 64);
        Assert.True(serviceBus.GetProperty("autoCompleteMessages").GetBoolean());
        Assert.Equal("", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Theory]
    [InlineData("handler.dll", true)]
    [InlineData("SocialCare.Core.dll", true)]
    [InlineData("SocialCare.Adapters.dll", true)]
    [InlineData("Azure.Core.dll", false)]
    public void Our_assemblies_are_precompiled_and_the_libraries_are_left_as_shipped(string file, bool readyToRun)
    {
        using var stream = File.OpenRead(Path.Combine(package.Directory, file));
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        // A ReadyToRun image carries a managed native header beside its IL.
        Assert.Equal(readyToRun, reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }

    [Fact]
    public void The_handler_is_self_contained_for_linux()
    {
        Assert.True(File.Exists(Path.Combine(package.Directory, "libcoreclr.so")), "the custom-handler image has no .NET runtime: publish self-contained");
        Assert.True(File.Exists(Path.Combine(package.Directory, "handler.dll")));
    }
}
