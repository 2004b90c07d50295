namespace Exchange.Hub.Persistence.Embedded;

/// <summary>A state row as stored: its version (the ETag) and payload; a cleared state has no payload.</summary>
internal sealed record StoredState(long Version, byte[]? Payload);
