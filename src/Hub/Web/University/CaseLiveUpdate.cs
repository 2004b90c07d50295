using System.Globalization;
using System.Text.Json;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.University;

/// <summary>
/// One server-sent event of a case's live status (<c>/university/cases/{id}/events</c>): its version, status and, once
/// decided, outcome, as codes; the page's script shows them in the words the page was rendered in. Nothing else of
/// the case travels, so the stream needs no translation and shows nothing the page does not.
/// </summary>
public sealed record CaseLiveUpdate(long Version, string Status, string? Outcome, bool Final)
{
    public const string EventName = "status";

    /// <summary>How long a browser waits before reconnecting a dropped stream.</summary>
    public static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    public static CaseLiveUpdate Of(RecognitionCaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (status, outcome) = UniversityCaseViewBuilder.Headline(state);
        return new CaseLiveUpdate(state.Version, status, outcome, state.IsFinal);
    }

    /// <summary>The event as the stream carries it (text/event-stream: event, id, one data line, a blank line).</summary>
    public string ToEvent()
    {
        var data = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["version"] = Version,
            ["status"] = Status,
            ["outcome"] = Outcome,
            ["final"] = Final,
        });
        return string.Create(CultureInfo.InvariantCulture, $"event: {EventName}\nid: {Version}\ndata: {data}\n\n");
    }

    /// <summary>The stream's opening line: the reconnection delay.</summary>
    public static string RetryLine() => string.Create(CultureInfo.InvariantCulture, $"retry: {(int)Retry.TotalMilliseconds}\n\n");

    /// <summary>A comment line that keeps an idle stream open through proxies; browsers ignore it.</summary>
    public const string KeepAlive = ": waiting\n\n";
}
