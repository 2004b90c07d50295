using System.Globalization;
using Exchange.Contracts.V1;
using Exchange.Hub.Rpc;

namespace Exchange.Hub.Services.Mapping;

/// <summary>Page requests and responses: the token is the offset of the next page, opaque to clients.</summary>
internal static class Paging
{
    private const int DefaultSize = 20;
    private const int MaxSize = 100;

    public static (int Offset, int Size) Read(PageRequest? page, FieldViolations violations)
    {
        var size = page?.PageSize ?? 0;
        if (size < 0)
        {
            violations.Add("page.page_size", "page.page_size cannot be negative.");
        }

        var offset = 0;
        if (!string.IsNullOrEmpty(page?.PageToken)
            && (!int.TryParse(page.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            violations.Add("page.page_token", "page.page_token is not a token this hub issued.");
        }

        return (offset, size <= 0 ? DefaultSize : Math.Min(size, MaxSize));
    }

    public static PageResponse Write(int? nextOffset, int total) => new()
    {
        NextPageToken = nextOffset?.ToString(CultureInfo.InvariantCulture) ?? "",
        TotalSize = total,
    };
}
