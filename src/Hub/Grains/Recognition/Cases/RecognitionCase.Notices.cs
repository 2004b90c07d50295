using Exchange.Hub.Credentials;

namespace Exchange.Hub.Grains.Recognition.Cases;

/// <summary>Decisions travel back to the hubs that issued the case's credentials: a notice per peer hub is stored
/// with the decision (no extra write) and handed over after it (<see cref="PeerNoticeHandOver"/>).</summary>
public sealed partial class RecognitionCase
{
    /// <summary>Makes <paramref name="decision"/> the case's decision and marks it, in the same state, for every peer
    /// hub that issued one of its credentials: every way a case is decided goes through here.</summary>
    private void AdoptDecision(CaseDecision decision)
    {
        state.Decision = decision;
        NoticePeers(decision);
    }

    private void NoticePeers(CaseDecision decision)
    {
        var byPeer = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < state.CurrentCredentials.Count && i < state.Verifications.Count; i++)
        {
            var verification = state.Verifications[i];
            var issuer = state.CurrentCredentials[i] switch
            {
                CredentialByReference reference => reference.IssuingHubId,
                // Issued outside the federation: there is no hub to tell.
                CredentialByDocument => "",
                _ => verification.Verdict == VerificationVerdict.Valid ? verification.IssuingHubId : "",
            };
            var credentialId = state.Credentials.Count > i ? state.Credentials[i].CredentialId : verification.CredentialId;
            if (issuer.Length == 0 || credentialId.Length == 0 || string.Equals(issuer, hub.HubId, StringComparison.Ordinal))
            {
                continue;
            }

            if (!byPeer.TryGetValue(issuer, out var ids))
            {
                byPeer[issuer] = ids = [];
            }

            if (!ids.Contains(credentialId, StringComparer.Ordinal))
            {
                ids.Add(credentialId);
            }
        }

        foreach (var (peer, ids) in byPeer)
        {
            state.PeerNotices.Add(new PeerDecisionNotice(decision.DecisionId, peer, ids));
        }
    }
}
