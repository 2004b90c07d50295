using System.Globalization;

namespace Exchange.Hub.Grains.Registry;

/// <summary>
/// Human-readable registry numbers, country-prefixed: <c>UA-MC-2026-000123</c> = country, what is registered,
/// year of registration, sequence within that year. The sequence has at least six digits and grows beyond.
/// </summary>
public static class RegistryNumbers
{
    public const string Programme = "PR";

    /// <summary>The key of one year's sequence, e.g. <c>UA-MC-2026</c>; also the prefix of its numbers.</summary>
    public static string SequenceKey(string country, string kindCode, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{country}-{kindCode}-{year:D4}");

    public static string Format(string sequenceKey, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequenceKey}-{sequence:D6}");
}
