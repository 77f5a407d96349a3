using System.Net;
using System.Text.Json;

namespace SocialCare.Tests.Infrastructure;

/// <summary>Every error the app answers is RFC 9457 problem details: this checks the shape and returns the body.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), problem.GetRawText());
        return problem;
    }

    /// <summary>The fields a 400 names in <c>errors</c>, each with at least one non-blank reason.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> IsValidationProblemAsync(HttpResponseMessage response)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(r => r.GetString() ?? "").ToArray(), StringComparer.Ordinal);
        Assert.NotEmpty(errors);
        Assert.All(errors.Values, reasons => Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r))));
        return errors;
    }
}
