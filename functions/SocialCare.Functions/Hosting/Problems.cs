namespace SocialCare.Functions.Hosting;

/// <summary>
/// Every error answer of the app, as RFC 9457 problem details (<c>application/problem+json</c>) through the framework's
/// <see cref="TypedResults"/>: a request that failed on a field names it in <c>errors</c>; the rest carry a
/// <c>detail</c> sentence. Details must not echo secrets.
/// </summary>
public static class Problems
{
    /// <summary>400 naming the one field that failed.</summary>
    public static IResult Invalid(string field, string reason, string title = "The request is not valid.") =>
        Invalid([new KeyValuePair<string, string>(field, reason)], title);

    /// <summary>400 naming each field that failed (a field may fail for several reasons).</summary>
    public static IResult Invalid(IEnumerable<KeyValuePair<string, string>> errors, string title = "The request is not valid.")
    {
        var byField = errors.GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Value).ToArray(), StringComparer.Ordinal);
        var detail = string.Join(" ", byField.SelectMany(f => f.Value.Select(reason => $"{f.Key} {reason}.")));
        return TypedResults.ValidationProblem(byField, detail, title: title);
    }

    public static IResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);

    /// <summary>Any other status, with optional members beside the standard ones (e.g. the deflection's phrase).</summary>
    public static IResult Status(int status, string detail, string? title = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
}
