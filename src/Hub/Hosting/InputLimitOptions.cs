using System.ComponentModel.DataAnnotations;

namespace Exchange.Hub.Hosting;

/// <summary>
/// One size policy for gRPC and REST (<c>Hub:Input</c>): the bytes of a request (Kestrel's request body limit and
/// gRPC's receive limit both come from <see cref="MaxRequestBytes"/>), the length of a string field and the count of
/// a repeated field; enforced by <c>InputPolicyInterceptor</c> before any service method runs.
/// </summary>
public sealed class InputLimitOptions
{
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Characters of an ordinary string field (ids, names, titles, codes).</summary>
    [Range(16, 1_000_000)]
    public int MaxStringLength { get; set; } = 2000;

    /// <summary>Characters of a long text (the text of a LocalizedText: descriptions, outcomes, reasons).</summary>
    [Range(16, 10_000_000)]
    public int MaxLongTextLength { get; set; } = 20_000;

    /// <summary>Entries of a repeated or map field, unless the field has its own limit.</summary>
    [Range(1, 1_000_000)]
    public int MaxRepeatedCount { get; set; } = 256;
}
