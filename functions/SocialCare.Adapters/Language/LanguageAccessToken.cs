using Azure.Core;

namespace SocialCare.Adapters.Language;

/// <summary>
/// The Entra token for the Cognitive Services scope, kept until five minutes before it expires: asking the
/// credential for every request (two per classification) costs a round trip each time with some credentials.
/// </summary>
internal sealed class LanguageAccessToken(TokenCredential credential, TimeProvider time)
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";
    private static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _token;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } token) return token;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } again) return again;
            _token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false);
            return _token.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh() => _token is { } t && t.ExpiresOn - RefreshBefore > time.GetUtcNow() ? t.Token : null;
}
