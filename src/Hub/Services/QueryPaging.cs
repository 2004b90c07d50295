using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Exchange.Contracts.V1;
using Exchange.Hub.Errors;

namespace Exchange.Hub.Services;

/// <summary>
/// Offset paging with opaque tokens bound to the query: a token is "offset.fingerprint" in base64url, and a token
/// from another query is refused with INVALID_ARGUMENT.
/// </summary>
public static class QueryPaging
{
    public const int DefaultSize = 50;
    public const int MaximumSize = 500;

    public static (IReadOnlyList<T> Items, PageResponse Page) Slice<T>(IReadOnlyList<T> items, PageRequest? page, string query)
    {
        ArgumentNullException.ThrowIfNull(items);
        var size = page?.PageSize is > 0 and var s ? Math.Min(s, MaximumSize) : DefaultSize;
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..12];
        var offset = Offset(page?.PageToken ?? "", fingerprint);
        var slice = items.Skip(offset).Take(size).ToList();
        var next = offset + slice.Count < items.Count ? Token(offset + slice.Count, fingerprint) : "";
        return (slice, new PageResponse { NextPageToken = next, TotalSize = items.Count });
    }

    private static string Token(int offset, string fingerprint) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{offset}.{fingerprint}")));

    private static int Offset(string token, string fingerprint)
    {
        if (token.Length == 0)
        {
            return 0;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)).Split('.');
            if (parts.Length == 2 && parts[1] == fingerprint && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the refusal below.
        }

        throw new HubException(ErrorKind.InvalidArgument, "INVALID_PAGE_TOKEN", "The page token is malformed or belongs to another query.", "page.page_token");
    }
}
