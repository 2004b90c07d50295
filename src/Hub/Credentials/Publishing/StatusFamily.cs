namespace Exchange.Hub.Credentials.Publishing;

/// <summary>
/// The lists a hub publishes: "credentials" (revocation of its exported credentials) and "decisions" (a recognition
/// decision superseded by a later one). An entry's global index i lives in list number i / 131072 + 1 at position
/// i % 131072.
/// </summary>
public enum StatusFamily
{
    Credentials = 1,
    Decisions = 2,
}

/// <summary>The families' names in the lists' URLs (<c>/status/{name}/{number}</c>) and as grain keys.</summary>
public static class StatusFamilies
{
    public static string Name(StatusFamily family) => family switch
    {
        StatusFamily.Credentials => "credentials",
        StatusFamily.Decisions => "decisions",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Not a status family."),
    };

    /// <summary>The family of a URL segment, exactly as <see cref="Name"/> writes it.</summary>
    public static bool TryParse(string? name, out StatusFamily family)
    {
        (var known, family) = name switch
        {
            "credentials" => (true, StatusFamily.Credentials),
            "decisions" => (true, StatusFamily.Decisions),
            _ => (false, default),
        };
        return known;
    }
}
