using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Outside.VcJwt;
using Exchange.Hub.Credentials.Publishing;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Credentials.Outside.Status;

/// <summary>
/// The Revocation check of an imported credential from its Bitstring Status List entries (W3C; StatusList2021 entries
/// have the same shape and are read alike). A list is fetched only from the issuer id's own host and only when that
/// host is in <see cref="OutsideCredentialOptions.StatusHosts"/>; the list credential must be a VC-JWT of the same
/// issuer verifying with one of its trusted keys. A set bit of a revocation list fails the credential, of a suspension
/// list too (named "suspended"); anything that keeps the hub from reading the bit is "could not be checked" with the
/// reason (NeedsReview, STATUS_NOT_CHECKED), never "not revoked".
/// </summary>
public sealed class BitstringStatusCheck(StatusListFetcher fetcher, StatusListCache cache, IOptions<OutsideCredentialOptions> options, TimeProvider time)
{
    private static readonly string[] EntryTypes = ["BitstringStatusListEntry", "StatusList2021Entry"];
    private static readonly string[] ListTypes = ["BitstringStatusListCredential", "StatusList2021Credential"];
    private static readonly string[] Purposes = ["revocation", "suspension"];

    public async Task<CheckOutcome> CheckAsync(JsonObject credential, string issuerId, TrustedIssuer? issuer, CancellationToken cancellationToken)
    {
        var entries = credential["credentialStatus"] switch
        {
            null => [],
            JsonArray many => many.ToList(),
            var one => [one],
        };
        if (entries.Count == 0)
        {
            return new CheckOutcome(VerificationCheck.Revocation, CheckResult.Passed, "The credential states no status (no credentialStatus).");
        }

        var results = new List<EntryResult>();
        foreach (var entry in entries.Take(8))
        {
            results.Add(await CheckEntryAsync(entry as JsonObject, issuerId, issuer, cancellationToken));
        }

        if (results.FirstOrDefault(r => r.Result == CheckResult.Failed) is { } failed)
        {
            return new CheckOutcome(VerificationCheck.Revocation, CheckResult.Failed, failed.Detail, "CREDENTIAL_REVOKED");
        }

        var notChecked = results.Where(r => r.Result == CheckResult.NeedsReview).ToList();
        return notChecked.Count > 0
            ? new CheckOutcome(VerificationCheck.Revocation, CheckResult.NeedsReview,
                "The status could not be checked: " + string.Join("; ", notChecked.Select(r => r.Detail)) + ".", "STATUS_NOT_CHECKED")
            : new CheckOutcome(VerificationCheck.Revocation, CheckResult.Passed, string.Join(" ", results.Select(r => r.Detail)));
    }

    private sealed record EntryResult(CheckResult Result, string Detail);

    private async Task<EntryResult> CheckEntryAsync(JsonObject? entry, string issuerId, TrustedIssuer? issuer, CancellationToken cancellationToken)
    {
        var type = VcJwtPayload.Strings(entry?["type"]).FirstOrDefault(t => EntryTypes.Contains(t, StringComparer.Ordinal));
        if (entry is null || type is null)
        {
            return Unchecked($"the status method {Cut(VcJwtPayload.FirstString(entry?["type"]) ?? "(none)")} is not one this hub reads");
        }

        var purpose = VcJwtPayload.Text(entry["statusPurpose"]);
        if (purpose is null || !Purposes.Contains(purpose, StringComparer.Ordinal))
        {
            // refresh and message entries say nothing about validity.
            return purpose is "refresh" or "message"
                ? new EntryResult(CheckResult.Passed, $"A {purpose} status entry says nothing about validity.")
                : Unchecked($"the status purpose \"{Cut(purpose ?? "")}\" is not revocation or suspension");
        }

        if (entry["statusSize"] is JsonValue size && !(size.TryGetValue<int>(out var bitsPerEntry) && bitsPerEntry == 1))
        {
            return Unchecked("entries of more than one bit are not read");
        }

        if (!TryIndex(entry["statusListIndex"], out var index))
        {
            return Unchecked("the statusListIndex is not a non-negative integer");
        }

        if (!Uri.TryCreate(VcJwtPayload.Text(entry["statusListCredential"]), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return Unchecked("the statusListCredential is not an http(s) URL");
        }

        if (!Uri.TryCreate(issuerId, UriKind.Absolute, out var issuerUrl) || issuerUrl.Scheme is not ("https" or "http")
            || !string.Equals(issuerUrl.Host, url.Host, StringComparison.OrdinalIgnoreCase))
        {
            return Unchecked($"the list is not on the issuer's host ({Cut(url.Host)})");
        }

        if (!options.Value.StatusHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            return Unchecked($"the hub may not reach host {Cut(url.Host)} (not in Hub:OutsideCredentials:StatusHosts)");
        }

        if (issuer is null)
        {
            return Unchecked("the list cannot be verified, as the issuer is not on the trust list");
        }

        var list = cache.Find(url, issuer.IssuerId);
        if (list is null)
        {
            var (read, problem) = await ReadListAsync(url, issuer, cancellationToken);
            if (read is null)
            {
                return Unchecked(problem);
            }

            list = read.Value.List;
            cache.Keep(url, issuer.IssuerId, list, read.Value.Lifetime);
        }

        if (list.Purpose != purpose)
        {
            return Unchecked($"the list at {url} is a {Cut(list.Purpose)} list, the entry a {purpose} entry");
        }

        if (index >= list.Bits.Length * 8L)
        {
            return Unchecked($"index {index} lies past the end of the list at {url}");
        }

        var set = BitstringStatusList.IsSet(list.Bits, (int)index);
        return (set, purpose) switch
        {
            (true, "revocation") => new EntryResult(CheckResult.Failed, $"Revoked: entry {index} of the status list {url} is set."),
            (true, _) => new EntryResult(CheckResult.Failed, $"Suspended: entry {index} of the suspension list {url} is set."),
            _ => new EntryResult(CheckResult.Passed, $"Not {(purpose == "revocation" ? "revoked" : "suspended")}: entry {index} of the status list {url} is clear."),
        };
    }

    private async Task<((StatusListSnapshot List, TimeSpan Lifetime)? Read, string Problem)> ReadListAsync(Uri url, TrustedIssuer issuer, CancellationToken cancellationToken)
    {
        var (body, fetchProblem) = await fetcher.FetchAsync(url, cancellationToken);
        if (body is null)
        {
            return (null, fetchProblem);
        }

        if (body.AsSpan().TrimStart(" \t\r\n"u8) is [(byte)'{', ..])
        {
            var json = CompactJws.ParseObject(body, "list", out _);
            return (null, json?["proof"] is not null
                ? $"the list at {url} is secured with a Data Integrity proof, which this hub does not verify yet"
                : $"the list at {url} is not signed");
        }

        var jws = CompactJws.TryParse(body, out var problem);
        var header = jws is null ? null : JoseHeader.TryRead(jws.Header, out problem);
        var payload = jws is null || header is null ? null : VcJwtPayload.TryRead(jws.Payload, out problem);
        if (jws is null || header is null || payload is null)
        {
            return (null, $"the list at {url} is not a VC-JWT ({problem.TrimEnd('.')})");
        }

        if (!VcJwtPayload.Strings(payload.Credential["type"]).Any(t => ListTypes.Contains(t, StringComparer.Ordinal)))
        {
            return (null, $"the document at {url} is not a status list credential");
        }

        if (payload.IssuerId != issuer.IssuerId)
        {
            return (null, $"the list at {url} is issued by {Cut(payload.IssuerId)}, not by the credential's issuer");
        }

        var now = time.GetUtcNow();
        var keys = SigningKeyFinder.Trusted(jws, header, issuer, payload.SignedAt ?? now);
        if (!keys.SignatureVerified || !keys.KeyTrusted)
        {
            return (null, $"the list at {url} does not verify with a trusted key of the issuer");
        }

        if (payload.Expires is { } expires && expires <= now)
        {
            return (null, $"the list at {url} expired on {expires:O}");
        }

        var subject = VcJwtPayload.Subject(payload.Credential);
        var purpose = VcJwtPayload.Text(subject?["statusPurpose"]);
        var encoded = VcJwtPayload.Text(subject?["encodedList"]);
        if (purpose is null || encoded is null)
        {
            return (null, $"the list at {url} states no statusPurpose or encodedList");
        }

        byte[] bits;
        try
        {
            // StatusList2021 wrote plain base64 without the multibase prefix the Bitstring list requires.
            var legacy = VcJwtPayload.Strings(payload.Credential["type"]).Contains("StatusList2021Credential", StringComparer.Ordinal) && !encoded.StartsWith('u');
            bits = BitstringStatusList.Decode(legacy ? "u" + encoded.TrimEnd('=').Replace('+', '-').Replace('/', '_') : encoded, maxBytes: 2 * 1024 * 1024);
        }
        catch (FormatException)
        {
            return (null, $"the encodedList at {url} is not a GZIP bitstring within bounds");
        }

        var lifetime = subject?["ttl"] is JsonValue ttl && ttl.TryGetValue<double>(out var ms) && ms is > 0 and < 86_400_000
            ? TimeSpan.FromMilliseconds(ms)
            : options.Value.StatusListLifetime;
        if (payload.Expires is { } until && until - now < lifetime)
        {
            lifetime = until - now;
        }

        return ((new StatusListSnapshot(purpose, bits, now), lifetime), "");
    }

    private static bool TryIndex(JsonNode? node, out long index)
    {
        index = -1;
        return node is JsonValue v && (v.GetValueKind() == JsonValueKind.String
            ? long.TryParse(v.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out index)
            : v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out index) && index >= 0) && index < int.MaxValue;
    }

    private static EntryResult Unchecked(string why) => new(CheckResult.NeedsReview, why);

    private static string Cut(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
