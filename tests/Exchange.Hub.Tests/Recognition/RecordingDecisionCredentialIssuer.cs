using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Exchange.Hub.Credentials.Decisions;
using Exchange.Hub.Credentials.Publishing;
using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Tests.Recognition;

/// <summary>
/// The case grain's decision credentials without the status-list grains: the real <see cref="DecisionCredential"/>
/// signed by the hub's real <see cref="VcJwtSigner"/>, entries counted here, marks recorded here, and a failure of the
/// next mark of a decision that can be planted (a crash between the re-decision's write and the mark).
/// </summary>
public sealed class RecordingDecisionCredentialIssuer(HubIssuer issuer, VcJwtSigner signer, HubRecognitionPolicy policy) : IDecisionCredentialIssuer
{
    private readonly ConcurrentDictionary<long, int> _marks = new();
    private readonly ConcurrentDictionary<string, bool> _failNextMark = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>How often each status index was marked superseded.</summary>
    public int MarksOf(long index) => _marks.GetValueOrDefault(index);

    public void FailNextMark(string decisionId) => _failNextMark[decisionId] = true;

    public Task<CaseDecision> IssueAsync(RecognitionCaseState state, CaseDecision decision, CancellationToken cancellationToken = default)
    {
        var index = decision.StatusIndex ?? Interlocked.Increment(ref _next);
        var list = issuer.StatusListUrl("decisions", 1).AbsoluteUri;
        var status = new JsonObject
        {
            ["id"] = $"{list}#{index}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["statusListCredential"] = list,
        };
        var jws = signer.Sign(DecisionCredential.Build(state, decision, issuer, policy, status));
        return Task.FromResult(decision with { DecisionCredential = jws, StatusIndex = index });
    }

    public Task MarkSupersededAsync(CaseDecision decision, CancellationToken cancellationToken = default)
    {
        if (_failNextMark.TryRemove(decision.DecisionId, out _))
        {
            throw new InvalidOperationException("Crash planted before the mark.");
        }

        if (decision.StatusIndex is { } index)
        {
            _marks.AddOrUpdate(index, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }
}
