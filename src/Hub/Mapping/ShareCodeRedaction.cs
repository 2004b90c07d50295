using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>
/// A learner's share code opens their credential to whoever holds it; the requesting institution hands it over once,
/// and no answer about the case ever shows it again.
/// </summary>
internal static class ShareCodeRedaction
{
    /// <summary>A copy of <paramref name="request"/> whose credential references carry no share code.</summary>
    public static V1.RecognitionRequest Redacted(V1.RecognitionRequest request)
    {
        var copy = request.Clone();
        foreach (var source in copy.Credentials.Where(s => s.SourceCase == V1.CredentialSource.SourceOneofCase.Reference))
        {
            source.Reference.ShareCode = "";
        }

        return copy;
    }
}
