using Exchange.Hub.Identity.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Identity;

public sealed class SignInThrottleSpecs
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Five_failures_for_one_name_and_address_block_it_until_the_window_has_passed()
    {
        var throttle = new SignInThrottle(_clock);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            throttle.Failed("ua-officer", "10.0.0.1");
        }

        Assert.Null(throttle.BlockedUntil("ua-officer", "10.0.0.1"));
        throttle.Failed("UA-OFFICER", "10.0.0.1");

        Assert.Equal(_clock.GetUtcNow() + SignInThrottle.Window, throttle.BlockedUntil("ua-officer", "10.0.0.1"));
        Assert.Null(throttle.BlockedUntil("ua-officer", "10.0.0.2"));
        Assert.Null(throttle.BlockedUntil("ua-admin", "10.0.0.1"));
        _clock.Advance(SignInThrottle.Window);
        Assert.Null(throttle.BlockedUntil("ua-officer", "10.0.0.1"));
    }

    [Fact]
    public void A_successful_sign_in_forgets_the_failures()
    {
        var throttle = new SignInThrottle(_clock);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            throttle.Failed("ua-officer", "10.0.0.1");
        }

        throttle.Succeeded("ua-officer", "10.0.0.1");
        throttle.Failed("ua-officer", "10.0.0.1");

        Assert.Null(throttle.BlockedUntil("ua-officer", "10.0.0.1"));
    }
}
