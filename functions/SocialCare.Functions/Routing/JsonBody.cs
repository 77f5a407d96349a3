using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Routing;

/// <summary>Reads a request body with a source-generated type; a malformed body is a 400 naming "body".</summary>
public static class JsonBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken);
            return value is null ? (null, Problems.Invalid("body", "must be a JSON object")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid("body", $"is not valid JSON for this resource ({e.Path ?? "$"})"));
        }
    }

}
