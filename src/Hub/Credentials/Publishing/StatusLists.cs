using System.Globalization;
using System.Text.Json.Nodes;
using Exchange.Hub.Grains;
using Exchange.Hub.Grains.Publishing;

namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// The hub's status lists as the rest of the hub sees them: take an entry for something published, mark it, and the
/// <c>credentialStatus</c> that points a verifier at it. The entries live in <see cref="IStatusSequenceGrain"/> (one
/// per family) and the marks in <see cref="IStatusListGrain"/> (one per list); both persist before they answer.
/// </summary>
public sealed class StatusLists(IGrainFactory grains, HubIssuer issuer)
{
    /// <summary>A fresh index, never given twice.</summary>
    public async Task<StatusEntry> AllocateAsync(StatusFamily family, CancellationToken ct = default)
    {
        var index = await grains.Keyed<IStatusSequenceGrain>(StatusFamilies.Name(family)).NextAsync(ct);
        return new StatusEntry(family, index);
    }

    /// <summary>Marks the entry (revoked / superseded); idempotent; never cleared.</summary>
    public Task SetAsync(StatusEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfNegative(entry.Index);
        return List(entry.Family, entry.ListNumber).SetAsync(entry.Position, ct);
    }

    /// <summary>The <c>credentialStatus</c> of the entry: a <c>BitstringStatusListEntry</c> for revocation.</summary>
    public JsonObject CredentialStatus(StatusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var list = issuer.StatusListUrl(StatusFamilies.Name(entry.Family), entry.ListNumber).AbsoluteUri;
        var position = entry.Position.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = $"{list}#{position}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = position,
            ["statusListCredential"] = list,
        };
    }

    /// <summary>The list as stored, or null when no entry was ever allocated in it (so nobody can point at it).</summary>
    public async Task<StatusListSnapshot?> FindAsync(StatusFamily family, int number, CancellationToken ct = default)
    {
        if (number < 1)
        {
            return null;
        }

        var allocated = await grains.Keyed<IStatusSequenceGrain>(StatusFamilies.Name(family)).AllocatedAsync(ct);
        var lists = (allocated + BitstringStatusList.MinimumEntries - 1) / BitstringStatusList.MinimumEntries;
        return number > lists ? null : await List(family, number).GetAsync(ct);
    }

    private IStatusListGrain List(StatusFamily family, int number) =>
        grains.Keyed<IStatusListGrain>($"{StatusFamilies.Name(family)}/{number.ToString(CultureInfo.InvariantCulture)}");
}
