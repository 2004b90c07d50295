using System.Text.Json.Serialization;

namespace Exchange.Hub.Signing.KeyRing;

/// <summary>Where a hub key is in its life: the one active key of its kind signs; retired and revoked keys only
/// verify what was signed inside their window.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HubKeyStatus>))]
public enum HubKeyStatus
{
    Active = 1,
    Retired = 2,
    Revoked = 3,
}

/// <summary>One key of the hub's key ring as written in <c>keyring.json</c>: its id, the PEM file beside the ring
/// that holds it, and the window in which signatures made with it are accepted.</summary>
/// <param name="NotAfter">Set when the key is retired: signatures dated from then on are not accepted.</param>
/// <param name="RevokedAt">The cut-off of a compromised key: signatures dated from then on are not accepted.</param>
public sealed record HubKeyEntry(
    string KeyId, string File, HubKeyStatus Status, DateTimeOffset NotBefore, DateTimeOffset? NotAfter = null,
    DateTimeOffset? RevokedAt = null, string? Reason = null)
{
    /// <summary>The end of the window: the earlier of retirement and revocation cut-off, or none.</summary>
    [JsonIgnore]
    public DateTimeOffset? ValidUntil => (NotAfter, RevokedAt) switch
    {
        ({ } retired, { } cutOff) => retired < cutOff ? retired : cutOff,
        ({ } retired, null) => retired,
        (null, { } cutOff) => cutOff,
        _ => null,
    };

    public bool IsValidAt(DateTimeOffset instant) => instant >= NotBefore && (ValidUntil is not { } until || instant < until);
}
