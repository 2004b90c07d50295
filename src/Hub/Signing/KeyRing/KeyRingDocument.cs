namespace Exchange.Hub.Signing.KeyRing;

/// <summary>What a hub key is used for; each kind has its own ring of keys.</summary>
public enum HubKeyKind
{
    /// <summary>Attests envelopes, signs descriptors, key lists and federation requests.</summary>
    Attestation = 1,

    /// <summary>Signs the bearer tokens of the hub's local API.</summary>
    Tokens = 2,
}

/// <summary>The content of <c>keyring.json</c>: every key of each kind, exactly one of them active.</summary>
public sealed record KeyRingDocument(IReadOnlyList<HubKeyEntry> Attestation, IReadOnlyList<HubKeyEntry> Tokens)
{
    public IReadOnlyList<HubKeyEntry> Of(HubKeyKind kind) => kind == HubKeyKind.Attestation ? Attestation : Tokens;

    public HubKeyEntry ActiveOf(HubKeyKind kind) =>
        Of(kind).SingleOrDefault(k => k.Status == HubKeyStatus.Active)
        ?? throw new InvalidDataException($"The key ring has no single active {kind} key.");

    public KeyRingDocument With(HubKeyKind kind, IReadOnlyList<HubKeyEntry> keys) =>
        kind == HubKeyKind.Attestation ? this with { Attestation = keys } : this with { Tokens = keys };

    public HubKeyEntry? Find(string keyId) =>
        Attestation.Concat(Tokens).FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    public HubKeyKind KindOf(string keyId) =>
        Attestation.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal)) ? HubKeyKind.Attestation : HubKeyKind.Tokens;
}
