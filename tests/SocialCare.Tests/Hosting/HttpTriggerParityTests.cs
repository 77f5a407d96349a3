using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.Functions;
using SocialCare.Functions.Hosting;

namespace SocialCare.Tests.Hosting;

/// <summary>
/// Routes, methods and auth levels are written once, in function.json: every endpoint the app maps under /api (and every one an HTTP function maps, /inbox included)
/// belongs to one HTTP function and fits its route template and methods, and every function.json method is served.
/// </summary>
public sealed partial class HttpTriggerParityTests
{
    [Fact]
    public async Task Every_api_endpoint_fits_its_function_json_and_every_declared_method_is_served()
    {
        await using var app = Build();
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true || e.Metadata.GetMetadata<HttpTriggerMetadata>() is not null)
            .ToList();
        var problems = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var raw = endpoint.RoutePattern.RawText!;
            if (endpoint.Metadata.GetMetadata<HttpTriggerMetadata>() is not { } trigger)
            {
                problems.Add($"{raw}: mapped by no HTTP function");
                continue;
            }
            var declared = catalog.Find(trigger.Function)!.Trigger!;
            var template = new TemplateMatcher(TemplateParser.Parse(declared.Route!), new RouteValueDictionary());
            if (!template.TryMatch(Sample(raw), new RouteValueDictionary())) problems.Add($"{raw}: outside {trigger.Function}'s route {declared.Route}");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            if (methods.Count == 0) problems.Add($"{raw}: answers every method, {trigger.Function} declares {string.Join(",", declared.Methods ?? [])}");
            problems.AddRange(methods.Where(m => declared.Methods?.Contains(m, StringComparer.OrdinalIgnoreCase) != true)
                .Select(m => $"{m} {raw}: not among {trigger.Function}'s methods"));
            if (trigger.AuthLevel != (declared.AuthLevel ?? "function")) problems.Add($"{raw}: auth level differs from function.json");
        }
        foreach (var function in catalog.Functions.Where(f => f.IsHttp))
        {
            var served = endpoints.Where(e => e.Metadata.GetMetadata<HttpTriggerMetadata>()?.Function == function.Name)
                .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
            problems.AddRange((function.Trigger!.Methods ?? []).Where(m => !served.Contains(m)).Select(m => $"{function.Name}: declares {m}, no endpoint serves it"));
        }

        Assert.True(endpoints.Count >= 30, $"only {endpoints.Count} /api endpoints found");
        Assert.Empty(problems);
    }

    // /api/conversations/{id}/reply → /api/conversations/x/reply: a concrete path the declared template must match.
    private static string Sample(string raw) => Parameter().Replace(raw, "x");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Parameter();

    private static WebApplication Build()
    {
        // The local host, even where the Functions host's port setting is in the environment.
        return SocialCareApp.Build(["--port", "0"], builder => builder.Logging.ClearProviders(),
            new Dictionary<string, string?> { [SocialCareApp.HandlerPortSetting] = "", ["Queues:RunTriggers"] = "false", ["Demo:Seed"] = "false" });
    }
}
