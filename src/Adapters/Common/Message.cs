namespace Exchange.Adapters.Common;

/// <summary>
/// A text the system writes, kept as a stable key with named arguments so it can be rendered in any
/// supported language from the message catalogue; <see cref="English"/> is the English rendering.
/// </summary>
public sealed record Message(string Key, string English, IReadOnlyList<MessageArgument> Arguments)
{
    public static Message Of(string key, string english, params MessageArgument[] arguments) => new(key, english, arguments);

    /// <summary>The arguments by name (the first wins when a name repeats).</summary>
    public IReadOnlyDictionary<string, string> ArgumentMap() => MessageArgument.ToMap(Arguments);

    // Value equality over the arguments too.
    public bool Equals(Message? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && string.Equals(English, other.English, StringComparison.Ordinal)
        && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Key, English);

    public override string ToString() => English;
}
