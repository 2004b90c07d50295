namespace Exchange.Hub.Grains.Recognition;

/// <summary>
/// A decision that still has to be handed to the outbox of the hub that issued some of the case's credentials.
/// Persisted with the decision itself, so a crash between deciding and enqueueing loses nothing: the case hands
/// it over again when it is next active, under the same message id, and the outbox recognises the repeat.
/// </summary>
[GenerateSerializer, Immutable, Alias("exchange.PeerDecisionNotice")]
public sealed record PeerDecisionNotice(
    [property: Id(0)] string DecisionId,
    [property: Id(1)] string PeerHubId,
    [property: Id(2)] IReadOnlyList<string> CredentialIds)
{
    /// <summary>The outbox message id: derived from the decision, so every hand-over of one notice has the same id.</summary>
    public string MessageId(string ownHubId) => $"{ownHubId}:{PeerHubId}:{DecisionId}";
}

/// <summary>Hands a decision notice to the peer's durable outbox (one grain call); delivery is the outbox's job.</summary>
public interface IPeerDecisionOutbox
{
    Task EnqueueAsync(PeerDecisionNotice notice, RecognitionCaseState state, CaseDecision decision);
}
