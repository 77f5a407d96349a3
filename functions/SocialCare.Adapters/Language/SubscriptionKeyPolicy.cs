using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SocialCare.Adapters.Language;

/// <summary>Puts the key in <c>Ocp-Apim-Subscription-Key</c> on every attempt; reading it each time lets a rotated key take effect.</summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(LanguagePipeline.KeyHeader, credential.Key);
}
