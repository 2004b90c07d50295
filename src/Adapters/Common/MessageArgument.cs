namespace Exchange.Adapters.Common;

/// <summary>A named value that a client substitutes into a localised message template.</summary>
public sealed record MessageArgument(string Name, string Value);
