using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Exchange.Hub.Credentials;

namespace Exchange.Hub.Web.Verification;

/// <summary>
/// The three segments of a verification path, checked before anything is asked of a grain or a peer: a hub id as
/// the hubs name themselves, a credential id of the one shape (<see cref="CredentialIdShape"/>), and a share code as
/// the hubs make them (base64url). Anything else is no share link, and the page says so without looking further.
/// </summary>
public static partial class SharePathShape
{
    public static bool IsWellFormed(string? issuingHubId, string? credentialId, string? shareCode) =>
        IsWellFormed(issuingHubId, credentialId, shareCode, out _);

    /// <summary>The link as a reference to resolve, when its three segments have their shapes.</summary>
    public static bool IsWellFormed(string? issuingHubId, string? credentialId, string? shareCode, [NotNullWhen(true)] out CredentialByReference? link)
    {
        link = issuingHubId is not null && HubId().IsMatch(issuingHubId)
            && CredentialIdShape.IsWellFormed(credentialId)
            && shareCode is not null && ShareCode().IsMatch(shareCode)
                ? new CredentialByReference(issuingHubId, credentialId!, shareCode)
                : null;
        return link is not null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,62}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex HubId();

    // The hubs issue 32 characters (24 random bytes); a little room either way for codes of other hubs.
    [GeneratedRegex("^[A-Za-z0-9_-]{16,128}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ShareCode();
}
