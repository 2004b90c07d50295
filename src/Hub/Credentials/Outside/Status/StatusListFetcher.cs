using System.Net;
using System.Net.Http.Headers;

namespace Exchange.Hub.Credentials.Outside.Status;

/// <summary>
/// Fetches a status list document over the "outside-status" HttpClient: at most <see cref="MaximumBytes"/>, redirects
/// followed only on the same scheme, host and port (at most three), anything else a named failure, never an exception.
/// </summary>
public sealed class StatusListFetcher(IHttpClientFactory clients)
{
    public const int MaximumBytes = 1024 * 1024;

    public async Task<(byte[]? Body, string Problem)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(OutsideCredentialOptions.StatusHttpClient);
        var current = url;
        try
        {
            for (var hop = 0; hop < 4; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vc+jwt"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vc", 0.9));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (Uri.Compare(next, url, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
                    {
                        return (null, $"the list at {url} redirects to another host ({next.Host}), which is not followed");
                    }

                    current = next;
                    continue;
                }

                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return (null, $"the list at {url} answered {(int)response.StatusCode}");
                }

                if (response.Content.Headers.ContentLength > MaximumBytes)
                {
                    return (null, $"the list at {url} is larger than {MaximumBytes} bytes");
                }

                return await ReadBoundedAsync(response, url, cancellationToken);
            }

            return (null, $"the list at {url} redirects too often");
        }
        catch (HttpRequestException e)
        {
            return (null, $"the list at {url} could not be fetched ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"the list at {url} did not answer in time");
        }
    }

    private static async Task<(byte[]? Body, string Problem)> ReadBoundedAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaximumBytes)
            {
                return (null, $"the list at {url} is larger than {MaximumBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), "");
    }
}
