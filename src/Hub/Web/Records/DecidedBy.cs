using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Records;

/// <summary>Who took a decision, as the record pages name them: the officer, the commission (by its chair) or the
/// rules (by the hub). The view words it in the reader's language.</summary>
/// <param name="Name">The officer's (or chair's) display name from the hub's accounts; the view falls back to
/// <paramref name="Id"/> for someone the accounts do not know (a departed officer, an external sign-in).</param>
public sealed record DecidedBy(DeciderKind Kind, string Id, string? Name = null)
{
    public string Shown => Name ?? Id;

    public static DecidedBy Of(Grains.Review.Precedent precedent, IReadOnlyDictionary<string, string>? officerNames) =>
        new(precedent.DecidedBy, precedent.DeciderId,
            precedent.DecidedBy != DeciderKind.Automatic && officerNames?.TryGetValue(precedent.DeciderId, out var name) == true ? name : null);
}
