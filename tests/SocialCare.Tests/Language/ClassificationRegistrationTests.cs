using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Adapters.Language;
using SocialCare.Core.Classification;
using SocialCare.Core.Ports;

namespace SocialCare.Tests.Language;

public sealed class ClassificationRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddClassification(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void Without_an_endpoint_the_offline_classifier_is_registered()
    {
        using var provider = Build([]);

        Assert.IsType<OfflineClassifier>(provider.GetRequiredService<ITextClassifier>());
    }

    [Fact]
    public void With_an_endpoint_and_key_the_service_classifier_is_registered()
    {
        using var provider = Build(new() { ["Language:Endpoint"] = "https://example.cognitiveservices.azure.com/", ["Language:ApiKey"] = "k" });

        Assert.IsType<AzureLanguageClassifier>(provider.GetRequiredService<ITextClassifier>());
    }

    [Fact]
    public void Invalid_settings_fail_validation_with_the_setting_name()
    {
        using var provider = Build(new() { ["Language:Endpoint"] = "not a url", ["Classification:InfluencerFollowers"] = "0" });

        var language = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LanguageOptions>>().Value);
        var offline = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OfflineClassifierOptions>>().Value);
        Assert.Contains("Endpoint", language.Message);
        Assert.Contains("InfluencerFollowers", offline.Message);
    }
}
