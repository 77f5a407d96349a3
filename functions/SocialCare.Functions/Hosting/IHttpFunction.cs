namespace SocialCare.Functions.Hosting;

/// <summary>An HTTP function: the Functions host proxies its requests to the same /api/... path.</summary>
public interface IHttpFunction
{
    void Map(IEndpointRouteBuilder routes);
}
