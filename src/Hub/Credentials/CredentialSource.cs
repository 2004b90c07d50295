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

/// <summary>A credential issued outside the federation, as its holder received it (e.g. an Open Badge as a VC-JWT):
/// the exact bytes, kept with the case so the original stays beside what the hub read from it.</summary>
[GenerateSerializer, Immutable, Alias("exchange.CredentialByDocument")]
public sealed record CredentialByDocument(
    [property: Id(0)] Outside.OutsideFormat Format,
    [property: Id(1)] byte[] Document) : CredentialSource;
