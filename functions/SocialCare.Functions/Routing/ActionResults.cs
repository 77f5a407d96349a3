using SocialCare.Core.Agents;
using SocialCare.Core.Messages;

namespace SocialCare.Functions.Routing;

/// <summary>HTTP answers for agent actions: 200 with the conversation, 404, 400 naming the field, 422 deflection, 502 platform refusal.</summary>
public static class ActionResults
{
    public static IResult For(ActionOutcome outcome) => outcome.Status switch
    {
        ActionStatus.Done => Results.Json(outcome.Conversation!, CoreJson.Default.Conversation),
        ActionStatus.NotFound => Results.NotFound(new { error = "No such conversation." }),
        ActionStatus.Invalid => JsonBody.Invalid(outcome.Field!, outcome.Detail!),
        ActionStatus.Deflection => Results.Json(new { error = "deflection", phrase = outcome.Detail }, statusCode: StatusCodes.Status422UnprocessableEntity),
        _ => Results.Json(new { error = "platform", detail = outcome.Detail }, statusCode: StatusCodes.Status502BadGateway),
    };
}
