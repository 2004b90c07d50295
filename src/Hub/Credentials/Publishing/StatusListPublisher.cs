using System.Collections.Concurrent;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// Serves a status list as a signed VC-JWT. A list is signed again only when its version changed, or when the copy
/// held has run through half its validity (a list nobody revokes in would otherwise expire); between those every
/// request gets the same bytes. The copies are per silo and in memory: a restart signs once more.
/// </summary>
public sealed class StatusListPublisher(StatusLists lists, HubIssuer issuer, VcJwtSigner signer, TimeProvider time)
{
    private readonly ConcurrentDictionary<(StatusFamily, int), Signed> _signed = new();

    /// <summary>The compact JWS of the list, or null when the hub has no such list.</summary>
    public async Task<string?> FindAsync(StatusFamily family, int number, CancellationToken ct = default)
    {
        var snapshot = await lists.FindAsync(family, number, ct);
        if (snapshot is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var key = (family, number);
        if (_signed.TryGetValue(key, out var held) && held.Version == snapshot.Version && now < held.RenewAfter)
        {
            return held.Jwt;
        }

        var url = issuer.StatusListUrl(StatusFamilies.Name(family), number);
        var payload = StatusListCredential.Build(issuer.Id, url, BitstringStatusList.Encode(snapshot.Positions), now);
        var signed = new Signed(snapshot.Version, now + StatusListCredential.Validity / 2, signer.Sign(payload));
        // A slower request that read an older version must not replace a newer copy.
        return _signed.AddOrUpdate(key, signed, (_, current) => current.Version > signed.Version ? current : signed).Jwt;
    }

    private sealed record Signed(long Version, DateTimeOffset RenewAfter, string Jwt);
}
