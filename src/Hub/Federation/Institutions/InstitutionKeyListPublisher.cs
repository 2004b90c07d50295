using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping;
using Exchange.Hub.Security;
using Exchange.Hub.Signing;
using Exchange.Hub.Signing.KeyRing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Federation.Institutions;

/// <summary>
/// This hub's signed list of institution keys and QA status (<c>HubFederation.GetInstitutionKeys</c>): every
/// institution that has keys or outside issuer ids, with retired and revoked keys and their windows, the outside
/// issuer ids and certificate roots, signed by the hub key.
/// </summary>
/// <remarks>
/// The sequence is the sum of the institutions' registry versions. Every change of an institution (a key added,
/// retired or revoked included) raises its version and institutions are never deleted, so the sum only grows and
/// two lists with the same sequence have the same content; no counter grain sits on any request path. The list is
/// built when a peer asks, which is rare: peers cache it until <see cref="Freshness"/> has passed.
/// </remarks>
public sealed class InstitutionKeyListPublisher(IGrainFactory grains, HubKeyRing keys, TimeProvider time)
{
    /// <summary>How long a peer may use the list without fetching it again; bounds how late a peer learns of a key
    /// revocation whose notice did not reach it.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    public async Task<SignedInstitutionKeyList> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var directory = await grains.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key).ListAsync(cancellationToken);
        var snapshots = await Task.WhenAll(directory.Select(i => grains.Keyed<IInstitutionGrain>(i.InstitutionId).GetAsync(cancellationToken)));
        var now = time.GetUtcNow();
        var list = new InstitutionKeyList
        {
            HubId = keys.HubId,
            Sequence = snapshots.OfType<InstitutionSnapshot>().Sum(s => s.Version),
            IssuedAt = Timestamp.FromDateTimeOffset(now),
            FreshUntil = Timestamp.FromDateTimeOffset(now + Freshness),
        };
        list.Institutions.AddRange(snapshots.OfType<InstitutionSnapshot>()
            .Where(s => s.Keys.Count > 0 || s.Profile.OutsideIssuers.Count > 0)
            .OrderBy(s => s.Profile.InstitutionId, StringComparer.Ordinal)
            .Select(Entry));
        var bytes = list.ToByteArray();
        return new SignedInstitutionKeyList
        {
            ListBytes = ByteString.CopyFrom(bytes),
            HubKeyId = keys.AttestationKeyId,
            Signature = ByteString.CopyFrom(Sign(keys, bytes)),
        };
    }

    public static byte[] Sign(HubKeyRing keys, byte[] listBytes)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Es256.Sign(keys.AttestationKey, SignedDigest.Compute(SigningContext.InstitutionKeyList, listBytes));
    }

    private static InstitutionKeyEntry Entry(InstitutionSnapshot snapshot)
    {
        var entry = new InstitutionKeyEntry
        {
            InstitutionId = snapshot.Profile.InstitutionId,
            Name = RegistryContract.Text(snapshot.Profile.Names),
            CountryCode = snapshot.Profile.Country,
        };
        entry.Keys.AddRange(snapshot.Keys.Select(k => RegistryContract.ToContract(k, snapshot.Profile.InstitutionId)));
        entry.QualityAssurance.AddRange(snapshot.QualityAssurance.Select(q => QualityAssuranceStatus.Parser.ParseFrom(q.Document)));
        // The trust list of outside issuers travels with the keys: a peer trusts what this hub's registry vouches for.
        entry.OutsideIssuerIds.AddRange(snapshot.Profile.OutsideIssuers);
        entry.CertificateRoots.AddRange(Institution.Parser.ParseFrom(snapshot.Profile.Document).CertificateRoots);
        return entry;
    }
}
