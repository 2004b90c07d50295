using Exchange.Adapters.Common;

namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// A text the system wrote for a case, kept as its message key and arguments with the English rendering, so it can be
/// shown in the reader's language later (Messaging/HubMessages). Officers' own words are kept as written, not as this.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.CaseMessage")]
public sealed record CaseMessage(
    [property: Id(0)] string Key,
    [property: Id(1)] string English,
    [property: Id(2)] IReadOnlyDictionary<string, string> Arguments)
{
    public static CaseMessage From(Message message) => new(message.Key, message.English, message.ArgumentMap());

    public static CaseMessage Of(string key, string english, params MessageArgument[] arguments) => From(new Message(key, english, arguments));

    public Message ToMessage() => new(Key, English, [.. Arguments.Select(a => new MessageArgument(a.Key, a.Value))]);

    // Value equality over the arguments: a case read back from storage equals the one written.
    public bool Equals(CaseMessage? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && string.Equals(English, other.English, StringComparison.Ordinal)
        && Arguments.Count == other.Arguments.Count
        && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out var value) && string.Equals(a.Value, value, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(Key, English);
}
