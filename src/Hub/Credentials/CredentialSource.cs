namespace Exchange.Hub.Credentials;

/// <summary>Where a recognition request's credential comes from.</summary>
[GenerateSerializer, Alias("exchange.CredentialSource")]
public abstract record CredentialSource
{
    /// <summary>This source with any secret it carries dropped (see <see cref="CredentialByReference.WithoutShareCode"/>).</summary>
    public CredentialSource WithoutSecrets() => this is CredentialByReference reference ? reference.WithoutShareCode() : this;
}

/// <summary>A credential held by its issuing hub, reachable with the learner's share code.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialByReference")]
public sealed record CredentialByReference(
    [property: Id(0)] string IssuingHubId,
    [property: Id(1)] string CredentialId,
    [property: Id(2)] string ShareCode) : CredentialSource
{
    /// <summary>The reference once its credential is fetched: the share code is a secret of the learner's and is
    /// kept no longer than the requesting hub needs it.</summary>
    public CredentialByReference WithoutShareCode() => this with { ShareCode = "" };
}

/// <summary>A signed envelope handed over directly (e.g. by the learner).</summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialByEnvelope")]
public sealed record CredentialByEnvelope([property: Id(0)] SignedEnvelope Envelope) : CredentialSource;
