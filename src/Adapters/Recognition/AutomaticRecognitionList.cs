using System.Collections.Frozen;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// A list of providers whose credentials a centre recognises automatically for quality and learning outcomes (seed
/// 001: the commission may recognise results of leading foreign and domestic organisations automatically; [R10][R11]
/// EU automatic recognition). Data a centre maintains, never code: the rules only look providers up in it. A withdrawn
/// list (<see cref="Active"/> false) is kept for the decisions that relied on it but no longer applies.
/// </summary>
/// <param name="Id">Stable id, e.g. "kz-leading-providers".</param>
/// <param name="Version">Increases with every change; a decision records the version it relied on.</param>
/// <param name="Name">Name of the list (original language).</param>
/// <param name="LegalBasis">The act that established it.</param>
/// <param name="Providers">Awarding body ids as credentials carry them (<c>Organisation.Id</c>).</param>
/// <param name="Active">Whether the list is in force.</param>
public sealed record AutomaticRecognitionList(string Id, long Version, string Name, string LegalBasis, FrozenSet<string> Providers, bool Active = true)
{
    /// <summary>The id of the list a policy file's <c>automaticallyRecognisedProviders</c> become.</summary>
    public const string PolicyFileId = "policy-file";

    /// <summary>Whether this list, in force, names the provider.</summary>
    public bool Covers(string providerId) => Active && Providers.Contains(providerId);

    /// <summary>The basis a decision relying on this list for <paramref name="providerId"/> records.</summary>
    public AutomaticRecognitionBasis BasisFor(string providerId) => new(Id, Version, Name, LegalBasis, providerId);
}

/// <summary>Which list an automatic recognition relied on, at which version, for which provider.</summary>
public sealed record AutomaticRecognitionBasis(string ListId, long ListVersion, string ListName, string LegalBasis, string ProviderId);
