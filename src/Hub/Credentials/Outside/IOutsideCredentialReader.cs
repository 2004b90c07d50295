namespace Exchange.Hub.Credentials.Outside;

/// <summary>
/// Reads and verifies a credential in one outside format: parses the document, checks its signature, whether the
/// signing key belongs to an issuer this hub trusts, its status, its validity, and maps it into the hub's model. One
/// implementation per format, all behind <see cref="OutsideCredentialImporter"/>. A problem with the document is a
/// check in the report, never an exception.
/// </summary>
public interface IOutsideCredentialReader
{
    OutsideFormat Format { get; }

    Task<ResolvedCredential> ReadAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken);
}
