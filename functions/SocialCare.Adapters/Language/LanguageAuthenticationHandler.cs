using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace SocialCare.Adapters.Language;

/// <summary>
/// Puts the key in <c>Ocp-Apim-Subscription-Key</c>, or without a key an Entra token for the Cognitive Services
/// scope, on every try: it sits inside the resilience handler, so a retry carries a current token and a rotated key.
/// </summary>
internal sealed class LanguageAuthenticationHandler(IOptions<LanguageOptions> options, LanguageAccessToken token) : DelegatingHandler
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(KeyHeader);
        request.Headers.Authorization = null;
        if (options.Value.ApiKey is { Length: > 0 } key)
        {
            request.Headers.Add(KeyHeader, key);
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.GetAsync(cancellationToken).ConfigureAwait(false));
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
