namespace Exchange.Hub.Credentials.Export;

/// <summary>
/// The terms of Exchange's JSON-LD context (<c>HubIssuer.ContextUrl</c>) an export uses where Open Badges 3.0 has no
/// place: the credit system behind <c>creditsAvailable</c> (OB's credits have no unit) and the credential's texts in
/// every language (OB's strings hold one language). docs/credentials.md describes each.
/// </summary>
public static class ExchangeTerms
{
    /// <summary>On an Achievement: the IRI of the credit system <c>creditsAvailable</c> and <c>creditsEarned</c> count in.</summary>
    public const string CreditSystem = "creditSystem";

    /// <summary>On an Achievement or a Profile: a JSON-LD language map of its name, every language the credential has.</summary>
    public const string NameByLanguage = "nameByLanguage";

    /// <summary>On an Achievement: a language map of its description.</summary>
    public const string DescriptionByLanguage = "descriptionByLanguage";

    /// <summary>On an Achievement's criteria: a language map of the narrative (the learning outcomes).</summary>
    public const string NarrativeByLanguage = "narrativeByLanguage";

    /// <summary>The ECTS concept of the European credit-system vocabulary (as European Digital Credentials name it).</summary>
    public const string EctsSystem = "http://data.europa.eu/snb/education-credit/6fcec5c5af";
}
