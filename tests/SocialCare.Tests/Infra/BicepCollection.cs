namespace SocialCare.Tests.Infra;

[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<CompiledTemplateFixture>
{
    public const string Name = "Bicep";
}
