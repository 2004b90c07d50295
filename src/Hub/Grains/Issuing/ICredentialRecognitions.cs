namespace Exchange.Hub.Grains.Issuing;

/// <summary>
/// The recognitions peer hubs decided on this hub's credentials (the learners' records), one row per decision and
/// recognising hub. Recording one costs the same for a credential's first recognition and its thousandth: the
/// credential's own state is not rewritten with its whole history each time.
/// </summary>
public interface ICredentialRecognitions
{
    /// <summary>Stores the recognition unless its decision (by the same recognising hub) is already stored.</summary>
    /// <returns>True when this call stored it, or when the stored copy came from the same delivered message (a retry
    /// of that message); false when another message recorded the decision earlier.</returns>
    Task<bool> RecordAsync(string credentialId, CredentialRecognitionRecord recognition);

    /// <summary>A credential's recognitions in the order they were recorded.</summary>
    Task<IReadOnlyList<CredentialRecognitionRecord>> ListAsync(string credentialId);
}
