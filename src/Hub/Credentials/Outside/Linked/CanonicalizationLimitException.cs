namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>A dataset whose blank nodes would take RDFC-1.0 more work than the hub allows (many indistinguishable
/// blank nodes make the N-degree hashing factorial); the document is refused, never canonicalised at any cost.</summary>
public sealed class CanonicalizationLimitException(string message) : InvalidOperationException(message)
{
    /// <summary>The JSON-LD style error code, as the JSON-LD processor names its limits.</summary>
    public string Code => "limit exceeded";
}
