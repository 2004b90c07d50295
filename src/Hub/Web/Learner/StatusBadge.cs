using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Issuing;

namespace Exchange.Hub.Web.Learner;

/// <summary>How a status is shown: an English word (the view's translation key), a symbol beside it and a tone the
/// stylesheet colours. The word and the symbol carry the meaning; the colour only repeats it.</summary>
public sealed record StatusBadge(string Label, string Symbol, string Tone)
{
    public string CssClass => "badge badge--" + Tone;

    /// <summary>A credential as its issuing hub states it now.</summary>
    public static StatusBadge Of(CredentialStatus status) => status switch
    {
        CredentialStatus.Active => new("Active", "✓", "ok"),
        CredentialStatus.Suspended => new("Suspended", "‖", "warn"),
        CredentialStatus.Revoked => new("Revoked", "✕", "bad"),
        CredentialStatus.Expired => new("Expired", "–", "muted"),
        _ => new("Unknown", "?", "muted"),
    };

    /// <summary>A share: usable, past its end, or withdrawn by the learner.</summary>
    public static StatusBadge Of(ShareGrantState state) => state switch
    {
        ShareGrantState.Active => new("Link active", "✓", "ok"),
        ShareGrantState.Expired => new("Link expired", "–", "muted"),
        _ => new("Link revoked", "✕", "bad"),
    };

    /// <summary>Every word a credential's badge can show, for the translation specs.</summary>
    public static IReadOnlyList<string> CredentialLabels { get; } = [.. Enum.GetValues<CredentialStatus>().Select(s => Of(s).Label).Distinct()];

    /// <summary>Every word a share's badge can show, for the translation specs.</summary>
    public static IReadOnlyList<string> ShareLabels { get; } = [.. Enum.GetValues<ShareGrantState>().Select(s => Of(s).Label)];
}
