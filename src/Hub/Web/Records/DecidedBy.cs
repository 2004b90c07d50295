using Exchange.Hub.Grains.Recognition;

namespace Exchange.Hub.Web.Records;

/// <summary>Who took a decision, as the record pages name them: the officer, the commission (by its chair) or the
/// rules (by the hub). The view words it in the reader's language.</summary>
public sealed record DecidedBy(DeciderKind Kind, string Id)
{
    public static DecidedBy Of(Grains.Review.Precedent precedent) => new(precedent.DecidedBy, precedent.DeciderId);
}
