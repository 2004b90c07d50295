namespace Exchange.Hub.Web.Learner;

/// <summary>The "share" form as posted: strings as typed, so a refused form comes back exactly as the learner left it.</summary>
public sealed class ShareForm
{
    public const string ToAnyone = "anyone";
    public const string ToHub = "hub";
    public const string ToUniversity = "university";

    public const int DefaultDays = 30;

    /// <summary><see cref="ToAnyone"/>, <see cref="ToHub"/> or <see cref="ToUniversity"/>.</summary>
    public string Recipient { get; set; } = ToAnyone;

    /// <summary>The hub, for a share with one hub or with a university at that hub.</summary>
    public string? HubId { get; set; }

    /// <summary>The university's institution id (e.g. KZ-KAZNU), for a share with one university.</summary>
    public string? InstitutionId { get; set; }

    /// <summary>How many days the link works, from now.</summary>
    public string? Days { get; set; } = DefaultDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A share the learner asked for, checked: what goes to the credential grain.</summary>
public sealed record ShareRequest(string RecipientHubId, string RecipientInstitutionId, DateTimeOffset ExpiresAt);

/// <summary>A hub a learner can share with: a pinned peer of the federation, or this hub.</summary>
public sealed record ShareHubChoice(string HubId, string Country, bool IsOwn);
