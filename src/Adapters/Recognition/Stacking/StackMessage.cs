using Exchange.Adapters.Common;

namespace Exchange.Adapters.Recognition.Stacking;

/// <summary>A text about stack progress: message key (topic "stack"), named arguments and the English text.</summary>
public sealed record StackMessage(string Key, string English, IReadOnlyList<MessageArgument> Arguments);
