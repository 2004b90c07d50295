using System.Globalization;
using System.Text.RegularExpressions;
using Exchange.Hub.Errors;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Learner;

/// <summary>
/// Checks the share form before anything is created, with messages keyed by the API's field names
/// (<c>recipient_hub_id</c>, <c>recipient_institution_id</c>, <c>expires_at</c>) so they sit next to the field that
/// is wrong; whatever the credential grain still refuses is added the same way (<see cref="Refused"/>).
/// </summary>
public static partial class ShareFormRules
{
    public const string RecipientField = "recipient";
    public const string HubField = "recipient_hub_id";
    public const string InstitutionField = "recipient_institution_id";
    public const string ExpiryField = "expires_at";

    public const string ChooseRecipient = "Choose who may open the link.";
    public const string ChooseHub = "Choose one of the hubs listed.";
    public const string EnterInstitution = "Enter the university's institution id.";
    public const string InstitutionShape = "An institution id is a country code, a hyphen, then capital letters, digits or hyphens, such as KZ-KAZNU.";
    public const string DaysRange = "Enter a whole number of days within the limit shown.";

    /// <summary>Every message the rules can give, for the translation specs.</summary>
    public static IReadOnlyList<string> Messages { get; } = [ChooseRecipient, ChooseHub, EnterInstitution, InstitutionShape, DaysRange];

    public static IReadOnlySet<string> Fields { get; } = new HashSet<string>(StringComparer.Ordinal) { RecipientField, HubField, InstitutionField, ExpiryField };

    /// <param name="hubs">The hubs the form offers; any other is refused.</param>
    /// <param name="maximum">The hub's longest share (<c>ShareGrantPolicy.MaximumLifetime</c>).</param>
    /// <returns>The request, or null with the reasons in <paramref name="messages"/>.</returns>
    public static ShareRequest? Check(ShareForm form, IReadOnlyList<ShareHubChoice> hubs, TimeSpan maximum, DateTimeOffset now, FieldMessages messages)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(messages);
        var before = messages.Count;
        var recipient = form.Recipient?.Trim();
        if (recipient is not (ShareForm.ToAnyone or ShareForm.ToHub or ShareForm.ToUniversity))
        {
            messages.Add(RecipientField, ChooseRecipient);
        }

        var hub = "";
        if (recipient is ShareForm.ToHub or ShareForm.ToUniversity)
        {
            hub = form.HubId?.Trim() ?? "";
            if (!hubs.Any(h => string.Equals(h.HubId, hub, StringComparison.Ordinal)))
            {
                messages.Add(HubField, ChooseHub);
            }
        }

        var institution = "";
        if (recipient is ShareForm.ToUniversity)
        {
            institution = form.InstitutionId?.Trim().ToUpperInvariant() ?? "";
            if (institution.Length == 0)
            {
                messages.Add(InstitutionField, EnterInstitution);
            }
            else if (!InstitutionId().IsMatch(institution))
            {
                messages.Add(InstitutionField, InstitutionShape);
            }
        }

        var days = MaximumDays(maximum) is var most
                   && int.TryParse(form.Days?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= most
            ? d
            : 0;
        if (days == 0)
        {
            messages.Add(ExpiryField, DaysRange);
        }

        return messages.Count > before ? null : new ShareRequest(hub, institution, now + TimeSpan.FromDays(days));
    }

    /// <summary>The longest share in whole days.</summary>
    public static int MaximumDays(TimeSpan maximum) => Math.Max(1, (int)Math.Floor(maximum.TotalDays));

    /// <summary>What the credential grain refused (a revoked or expired credential, an expiry out of range), next to
    /// the field it names or above the form.</summary>
    public static void Refused(HubException refusal, FieldMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        messages.Add(refusal, Fields);
    }

    // The registry's shape of an institution id (RegistryValidation), e.g. KZ-KAZNU.
    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9][A-Z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex InstitutionId();
}
