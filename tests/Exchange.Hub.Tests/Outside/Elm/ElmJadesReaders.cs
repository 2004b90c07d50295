using System.Net;
using System.Text;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Credentials.Outside.Elm;
using Exchange.Hub.Credentials.Outside.Status;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Exchange.Hub.Tests.Outside.Elm;

/// <summary>Builds an <see cref="ElmJadesReader"/> as the hub wires it, on the fake clock of
/// <see cref="OutsideReaders.Now"/> (2026-12-01), with a trust list and a network that answers nothing.</summary>
public static class ElmJadesReaders
{
    public static ElmJadesReader Create(params TrustedIssuer[] trusted)
    {
        var time = new FakeTimeProvider(OutsideReaders.Now);
        var fetcher = new StatusListFetcher(new OutsideReaders.HandlerClients(new OutsideReaders.Answering(_ => new HttpResponseMessage(HttpStatusCode.NotFound))));
        return new ElmJadesReader(new InMemoryIssuerTrust(trusted), new BitstringStatusCheck(fetcher, new StatusListCache(time), Options.Create(new OutsideCredentialOptions()), time), time);
    }

    public static Task<ResolvedCredential> ReadAsync(string sealedDocument, params TrustedIssuer[] trusted) =>
        Create(trusted).ReadAsync(Encoding.UTF8.GetBytes(sealedDocument), CancellationToken.None);

    public static CheckOutcome Check(this ResolvedCredential read, VerificationCheck check) => read.Verification.Checks.Single(c => c.Check == check);
}
