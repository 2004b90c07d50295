using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Exchange.Hub.Grains.Review;

/// <summary>
/// Where a page of the review queue ends, as the keys the queue is ordered by (deadline, received, case id): the next
/// page is the cases after it in that order (keyset paging), so a page costs the same deep in a queue of thousands as
/// at its start, and a case joining or leaving the queue meanwhile neither repeats nor skips one. Oldest-first order
/// uses received and case id only.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.ReviewQueueCursor")]
public sealed record ReviewQueueCursor(
    [property: Id(0)] long DeadlineKey,
    [property: Id(1)] long ReceivedTicks,
    [property: Id(2)] string CaseId)
{
    /// <summary>The deadline as the queue orders it: a case without one after every case with one.</summary>
    public static long OrderOf(DateTimeOffset? deadline) => (deadline ?? DateTimeOffset.MaxValue).UtcTicks;

    public static ReviewQueueCursor After(ReviewQueueEntry entry) => new(OrderOf(entry.Deadline), entry.ReceivedAt.UtcTicks, entry.CaseId);

    /// <summary>The cursor as an opaque page token: "deadline.received.caseId" (the case id may hold dots).</summary>
    public string ToToken() => string.Create(CultureInfo.InvariantCulture, $"{DeadlineKey}.{ReceivedTicks}.{CaseId}");

    public static bool TryParse(string token, [NotNullWhen(true)] out ReviewQueueCursor? cursor)
    {
        cursor = null;
        var parts = token.Split('.', 3);
        if (parts.Length != 3 || parts[2].Length == 0
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var deadline)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var received))
        {
            return false;
        }

        cursor = new ReviewQueueCursor(deadline, received, parts[2]);
        return true;
    }
}
