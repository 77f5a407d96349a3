using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Functions.Workspace.Identity;

/// <summary>
/// The signed-in user as App Service Authentication ("Easy Auth") passes it to the app: base64 of this JSON in the
/// <c>X-MS-CLIENT-PRINCIPAL</c> header. The local host's dev sign-in writes the same header, so one reader serves both.
/// </summary>
public sealed record ClientPrincipal(
    [property: JsonPropertyName("auth_typ")] string AuthType,
    [property: JsonPropertyName("claims")] IReadOnlyList<ClientPrincipalClaim> Claims,
    [property: JsonPropertyName("name_typ")] string? NameType = null,
    [property: JsonPropertyName("role_typ")] string? RoleType = null)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The headers Easy Auth sets and a client must never set for itself.</summary>
    public static readonly string[] Headers = [Header, "X-MS-CLIENT-PRINCIPAL-ID", "X-MS-CLIENT-PRINCIPAL-NAME", "X-MS-CLIENT-PRINCIPAL-IDP"];

    public const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string DefaultRoleType = ClaimTypes.Role;

    public string? Find(params string[] types) =>
        types.Select(t => Claims.FirstOrDefault(c => string.Equals(c.Type, t, StringComparison.OrdinalIgnoreCase))?.Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public string? Email => Find(ClaimTypes.Email, "preferred_username", ClaimTypes.Upn, "email");

    public string? ObjectId => Find(ObjectIdClaim, "oid");

    public string? Name => Find(NameType ?? ClaimTypes.Name, "name");

    public IEnumerable<string> Roles => Claims
        .Where(c => string.Equals(c.Type, RoleType ?? DefaultRoleType, StringComparison.OrdinalIgnoreCase) || c.Type is "roles" or ClaimTypes.Role)
        .Select(c => c.Value);

    public string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(this, IdentityJson.Default.ClientPrincipal));

    /// <summary>The principal in a header value; null when it is not base64 of the JSON above.</summary>
    public static ClientPrincipal? Decode(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var bytes = new byte[header.Length];
        if (!Convert.TryFromBase64String(header.Trim(), bytes, out var length)) return null;
        try
        {
            var principal = JsonSerializer.Deserialize(bytes.AsSpan(0, length), IdentityJson.Default.ClientPrincipal);
            return principal is { Claims: not null } ? principal : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

public sealed record ClientPrincipalClaim(
    [property: JsonPropertyName("typ")] string Type,
    [property: JsonPropertyName("val")] string Value);

[JsonSerializable(typeof(ClientPrincipal))]
[JsonSerializable(typeof(ClientPrincipal[]))]
internal sealed partial class IdentityJson : JsonSerializerContext;
