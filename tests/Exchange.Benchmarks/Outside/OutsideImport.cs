using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.Status;
using Microsoft.Extensions.Options;

namespace Exchange.Benchmarks.Outside;

/// <summary>The importer as the hub wires it, with its readers on a trust list in memory and no status hosts
/// allowed (the documents state no status, so the network is never asked), and the proof that each document reads as
/// it should before anything is measured.</summary>
public static class OutsideImport
{
    public static OutsideCredentialImporter Importer(IOutsideIssuerTrust trust, TimeProvider time)
    {
        var status = new BitstringStatusCheck(new StatusListFetcher(new NoNetwork()), new StatusListCache(time), Options.Create(new OutsideCredentialOptions()), time);
        return new OutsideCredentialImporter(
            [
                new VcJwtReader(trust, status, time), new Hub.Credentials.Outside.DataIntegrity.DataIntegrityReader(trust, status, time),
                new Hub.Credentials.Outside.Elm.ElmJadesReader(trust, status, time), new ElmoReader(trust, time),
            ], time);
    }

    public static void Prove(OutsideCredentialImporter importer, OutsideDocuments documents)
    {
        Expect(importer, "ES256 badge", documents.Es256Badge, VerificationVerdict.Valid);
        Expect(importer, "RS256 badge", documents.Rs256Badge, VerificationVerdict.Valid);
        Expect(importer, "vc-claim badge", documents.VcClaimBadge, VerificationVerdict.Valid);
        Expect(importer, "CLR of three badges", documents.Clr, VerificationVerdict.Valid);
        Expect(importer, "jwk-header badge", documents.UntrustedJwkBadge, VerificationVerdict.NeedsReview);
    }

    public static void Prove(OutsideCredentialImporter importer, OutsideFormatDocuments documents)
    {
        Expect(importer, "Data Integrity badge", documents.DataIntegrityBadge, VerificationVerdict.Valid, OutsideFormat.VcJsonLd);
        Expect(importer, "sealed European Digital Credential", documents.SealedCredential, VerificationVerdict.Valid, OutsideFormat.ElmJades);
        Expect(importer, "signed ELMO transcript", documents.SignedTranscript, VerificationVerdict.Valid, OutsideFormat.ElmoXml);
    }

    private static void Expect(OutsideCredentialImporter importer, string what, byte[] document, VerificationVerdict verdict, OutsideFormat format = OutsideFormat.VcJwt)
    {
        var read = importer.ImportAsync(format, document, CancellationToken.None).GetAwaiter().GetResult();
        if (read.Verification.Verdict != verdict || read.Credential is null)
        {
            throw new InvalidOperationException($"The {what} reads {read.Verification.Verdict}, not {verdict}: " +
                string.Join("; ", read.Verification.Checks.Select(c => $"{c.Check} {c.Result} {c.Detail}")));
        }
    }

    /// <summary>The status fetcher's client factory; never asked, since no status host is allowed.</summary>
    private sealed class NoNetwork : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("The benchmarks never reach the network.");
    }
}
