using System.Globalization;

namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// Instants as an export writes them: whole seconds, UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c> in the credential and the same
/// second as a NumericDate in the JWT claims, so <c>nbf</c>/<c>exp</c> agree with <c>validFrom</c>/<c>validUntil</c>.
/// </summary>
public static class OpenBadgeTime
{
    public static DateTimeOffset ToSecond(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());

    public static string Text(DateTimeOffset instant) =>
        ToSecond(instant).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static long NumericDate(DateTimeOffset instant) => instant.ToUnixTimeSeconds();
}
