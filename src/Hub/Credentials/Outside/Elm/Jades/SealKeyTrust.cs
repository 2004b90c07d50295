using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// Whether the key that made a seal is the credential issuer's, as far as this hub can tell offline: the issuer is on
/// the trust list and the seal certificate chains to one of the issuer's registered roots (or its key is one of the
/// issuer's registered keys), at the signing time the seal claims. What an eIDAS validator would add is named as not
/// checked, never implied: the qualified status on the EU trusted lists, the timestamps, the long-term validation
/// data and revocation. A seal that verifies but whose issuer or root this hub does not know is for an officer to
/// judge (NeedsReview), not a failure.
/// </summary>
public static class SealKeyTrust
{
    public const string NotChecked =
        "Not checked: the seal's eIDAS qualified status (EU trusted lists), the timestamps, the long-term validation data, the certificates' revocation.";

    /// <summary>The judgement for a seal that verified with its leaf certificate.</summary>
    public static CheckOutcome OfCertificate(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> others, string issuerId, TrustedIssuer? issuer, SigningInstant at)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(at);
        var certificate = SealCertificate.Of(leaf);
        if (at.InFuture is { } future)
        {
            return future;
        }

        if (!certificate.ValidAt(at.Instant))
        {
            return new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed,
                $"The seal certificate {certificate.Subject} was valid from {certificate.NotBefore:O} to {certificate.NotAfter:O}, not at {at.Words}.", "KEY_NOT_VALID");
        }

        var expiredSince = certificate.NotAfter < at.Now ? $" The certificate expired on {certificate.NotAfter:O}; that it was valid when sealing rests on the claimed signing time." : "";
        var judge = $"An officer must judge whether it is an e-seal of the organisation the credential names and whether it was valid, qualified and unrevoked when sealing. {NotChecked}";
        if (issuer is null)
        {
            return new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.NeedsReview,
                $"The seal verifies with the certificate {certificate.Subject} (issued by {certificate.Issuer}), but issuer {OutsideChecks.Cut(issuerId)} is neither on this hub's trust list of outside issuers nor in a peer hub's signed institution list.{expiredSince} {judge}",
                "ISSUER_NOT_TRUSTED");
        }

        var source = issuer.Source.Length > 0 ? $" (trust list of {issuer.Source})" : "";
        var spki = leaf.PublicKey.ExportSubjectPublicKeyInfo();
        if (issuer.Keys.FirstOrDefault(k => k.SpkiDer.AsSpan().SequenceEqual(spki)) is { } registered)
        {
            return registered.ValidAt(at.Instant)
                ? new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Passed,
                    $"The seal certificate {certificate.Subject} holds key {registered.KeyId}, registered for {issuer.Name} ({issuer.IssuerId}){source}, valid at {at.Words}.{expiredSince} {NotChecked}", null, registered.KeyId)
                : new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed,
                    $"Key {registered.KeyId} of {issuer.Name} was not valid at {at.Words} (window {registered.NotBefore:O} – {registered.NotAfter:O}{(registered.RevokedAt is { } r ? $", revoked {r:O}" : "")}).",
                    "KEY_NOT_VALID", registered.KeyId);
        }

        var chain = Chain(leaf, others, issuer.CertificateRoots, at.Instant);
        return chain.Length == 0
            ? new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Passed,
                $"The seal certificate {certificate.Subject} chains to a root registered for {issuer.Name} ({issuer.IssuerId}){source}, at {at.Words}.{expiredSince} {NotChecked}")
            : new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.NeedsReview,
                $"{issuer.Name} ({issuer.IssuerId}) is on the trust list{source}, but the seal certificate {certificate.Subject} (issued by {certificate.Issuer}) chains to none of its {issuer.CertificateRoots.Count} registered roots ({chain}) and is none of its {issuer.Keys.Count} registered keys.{expiredSince} {judge}",
                "ISSUER_NOT_TRUSTED");
    }

    /// <summary>The judgement for a seal that named its certificate only by reference and verified with a key the
    /// trust list registers for the issuer.</summary>
    public static CheckOutcome OfRegisteredKey(TrustedIssuer issuer, TrustedIssuerKey key, SigningInstant at)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(at);
        if (at.InFuture is { } future)
        {
            return future;
        }

        var source = issuer.Source.Length > 0 ? $" (trust list of {issuer.Source})" : "";
        return key.ValidAt(at.Instant)
            ? new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Passed,
                $"Key {key.KeyId} is a registered key of {issuer.Name} ({issuer.IssuerId}){source}, valid at {at.Words}. {NotChecked}", null, key.KeyId)
            : new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed,
                $"Key {key.KeyId} of {issuer.Name} was not valid at {at.Words} (window {key.NotBefore:O} – {key.NotAfter:O}{(key.RevokedAt is { } r ? $", revoked {r:O}" : "")}).",
                "KEY_NOT_VALID", key.KeyId);
    }

    /// <summary>Builds the leaf's chain to <paramref name="roots"/> offline (no downloads, no revocation fetch: the hub
    /// reaches no network for a document) at <paramref name="instant"/>; "" when it builds, else the chain's
    /// complaints.</summary>
    private static string Chain(X509Certificate2 leaf, IReadOnlyList<X509Certificate2> others, IReadOnlyList<X509Certificate2> roots, DateTimeOffset instant)
    {
        if (roots.Count == 0)
        {
            return "it registers none";
        }

        using var builder = new X509Chain();
        builder.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        builder.ChainPolicy.CustomTrustStore.AddRange(roots.ToArray());
        builder.ChainPolicy.ExtraStore.AddRange(others.ToArray());
        builder.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        builder.ChainPolicy.DisableCertificateDownloads = true;
        builder.ChainPolicy.VerificationTime = instant.UtcDateTime;
        if (builder.Build(leaf))
        {
            return "";
        }

        var complaints = builder.ChainStatus.Select(s => s.Status.ToString()).Distinct(StringComparer.Ordinal).ToList();
        return complaints.Count == 0 ? "the chain does not build" : "chain: " + string.Join(", ", complaints);
    }
}

/// <summary>The instant a seal is judged at: the signing time it claims (sigT, not proven: no timestamp is
/// verified), else now; with the words a report uses for it.</summary>
public sealed record SigningInstant(DateTimeOffset Instant, bool Claimed, DateTimeOffset Now)
{
    public static SigningInstant Of(DateTimeOffset? claimed, DateTimeOffset now) => new(claimed ?? now, claimed is not null, now);

    /// <summary>A failed key check when the seal claims to have been made after now (beyond the clock skew): a
    /// claimed time no clock could have read is not one to judge a certificate at.</summary>
    public CheckOutcome? InFuture => Claimed && Instant > Now + OutsideChecks.ClockSkew
        ? new CheckOutcome(VerificationCheck.IssuerKeyTrusted, CheckResult.Failed, $"The seal claims to have been made at {Instant:O} (sigT), after now ({Now:O}).", "KEY_NOT_VALID")
        : null;

    public string Words => Claimed
        ? $"the claimed signing time {Instant:O} (sigT; no timestamp verified)"
        : $"{Instant:O} (now: the seal claims no signing time)";
}
