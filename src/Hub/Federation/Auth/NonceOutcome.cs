namespace Exchange.Hub.Federation.Auth;

/// <summary>What a replay memory says about a signed request's nonce.</summary>
[GenerateSerializer]
public enum NonceOutcome
{
    /// <summary>First use inside the window: the request may proceed.</summary>
    New = 1,

    /// <summary>The caller used this nonce before, inside the window.</summary>
    Replayed = 2,

    /// <summary>Signed before this memory began, so it may have been accepted by a memory that is gone (before a
    /// restart, on a lost silo). An honest caller signs again; a replayer cannot.</summary>
    SignedBeforeMemory = 3,
}
