namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// The one seam through which credentials in outside formats enter the hub: picks the reader of the document's
/// format. A format no reader handles is a failed check (UNSUPPORTED_FORMAT), so a recognition case records why.
/// </summary>
public sealed class OutsideCredentialImporter(IEnumerable<IOutsideCredentialReader> readers, TimeProvider time)
{
    private readonly Dictionary<OutsideFormat, IOutsideCredentialReader> _readers = readers.ToDictionary(r => r.Format);

    public IReadOnlyCollection<OutsideFormat> Formats => _readers.Keys;

    public Task<ResolvedCredential> ImportAsync(OutsideFormat format, ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        if (_readers.TryGetValue(format, out var reader))
        {
            return reader.ReadAsync(document, cancellationToken);
        }

        var now = time.GetUtcNow();
        var check = new CheckOutcome(VerificationCheck.EnvelopeFormat, CheckResult.Failed, $"This hub does not read credentials in the {format} format.", "UNSUPPORTED_FORMAT");
        return Task.FromResult(new ResolvedCredential(new SignedEnvelope([], [], []), new CredentialVerification("", "", [check], now, now), "", null));
    }
}
