using Microsoft.Extensions.Internal;

namespace Exchange.Hub.Caching;

/// <summary>
/// The hub's <see cref="TimeProvider"/> as the clock of a <c>MemoryCache</c>, which (as of 10.0) takes its time only
/// from an <see cref="ISystemClock"/>: entries then expire on the time the hub sees, and a test's fake clock.
/// </summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
