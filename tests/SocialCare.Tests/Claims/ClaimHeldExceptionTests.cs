using SocialCare.Core.Claims;
using SocialCare.Core.Notifications;
using SocialCare.Core.Publishing;

namespace SocialCare.Tests.Claims;

/// <summary>Which failures defer a queue message (a held claim, however wrapped) and which fail it (anything else).</summary>
public sealed class ClaimHeldExceptionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_held_publish_is_found_inside_the_exception_that_wraps_it()
    {
        var sut = ClaimHeldException.Find(new InvalidOperationException("moderation failed", new PublishInProgressException("moderation:e1:hide", Noon)));

        Assert.Equal(("moderation:e1:hide", Noon), (sut!.Key, sut.HeldUntil));
    }

    [Fact]
    public void An_aggregate_of_held_claims_is_held_until_the_latest_lease_end()
    {
        var sut = ClaimHeldException.Find(new AggregateException(
            new NotificationInFlightException("n1 to email:a", Noon.AddMinutes(6)),
            new NotificationInFlightException("n1 to email:b", Noon.AddMinutes(2))));

        Assert.Equal(Noon.AddMinutes(6), sut!.HeldUntil);
    }

    [Fact]
    public void An_aggregate_with_any_other_failure_is_not_held_so_the_queue_retries_it()
    {
        var sut = ClaimHeldException.Find(new AggregateException(
            new NotificationInFlightException("n1 to email:a", Noon),
            new IOException("SMTP refused")));

        Assert.Null(sut);
    }

    [Fact]
    public void A_held_publish_is_still_the_in_progress_error_the_agent_api_answers_409_for()
    {
        Exception sut = new PublishInProgressException("reply:c1:k1", Noon);

        Assert.IsType<PublishInProgressException>(sut);
        Assert.Equal(Noon, Assert.IsAssignableFrom<ClaimHeldException>(sut).HeldUntil);
    }
}
