using SocialCare.Core.Agents;
using SocialCare.Core.Messages;
using SocialCare.Functions.Hosting;

namespace SocialCare.Functions.Routing;

/// <summary>HTTP answers for agent actions: 200 with the conversation, 404, 400 naming the field, 422 deflection, 502 platform refusal.</summary>
public static class ActionResults
{
    public static IResult For(ActionOutcome outcome) => outcome.Status switch
    {
        ActionStatus.Done => Results.Json(outcome.Conversation!, CoreJson.Default.Conversation),
        ActionStatus.NotFound => Problems.NotFound("No such conversation."),
        ActionStatus.Invalid => Problems.Invalid(outcome.Field!, outcome.Detail!),
        ActionStatus.Deflection => Problems.Status(StatusCodes.Status422UnprocessableEntity, "The reply sends the customer elsewhere; answer them here.", "deflection", new Dictionary<string, object?> { ["phrase"] = outcome.Detail }),
        _ => Problems.Status(StatusCodes.Status502BadGateway, outcome.Detail ?? "The platform refused the action.", "platform"),
    };
}
