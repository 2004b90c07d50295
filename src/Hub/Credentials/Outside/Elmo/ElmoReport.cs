using System.Xml;
using Exchange.Adapters.Credentials;
using static Exchange.Hub.Credentials.Outside.Elmo.ElmoElements;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>The institution a report is about (ELMO <c>report/issuer</c>): every identifier, the name in every
/// language, the country and the web page.</summary>
public sealed record ElmoIssuer(IReadOnlyList<(string Type, string Value)> Identifiers, IReadOnlyList<LanguageString> Titles, string? Country, string? Url)
{
    /// <summary>The ids the trust list knows institutions by: <c>schac:</c> + the SCHAC identifier (first: EWP names
    /// institutions by it), then <c>pic:</c> + the PIC; other identifier types are not trust-list ids.</summary>
    public IReadOnlyList<string> TrustIds =>
        [.. Identifiers.Where(i => i.Type == "schac").Concat(Identifiers.Where(i => i.Type == "pic")).Select(i => i.Type + ":" + i.Value).Distinct(StringComparer.Ordinal)];

    /// <summary>The English name, else the first.</summary>
    public string Name => Preferred(Titles) ?? "";

    /// <summary>The issuer as the report's words name it: its name and trust-list ids.</summary>
    public string Words => $"{OutsideChecks.Cut(Name.Length > 0 ? Name : "(no name)", 80)} ({(TrustIds.Count > 0 ? string.Join(", ", TrustIds.Select(i => OutsideChecks.Cut(i, 80))) : "no schac or pic identifier")})";

    public static ElmoIssuer? Of(XmlElement? issuer) => issuer is null
        ? null
        : new ElmoIssuer(ElmoElements.Identifiers(issuer), Texts(issuer, "title"), Text(issuer, "country") is { Length: 2 } c && c.All(char.IsAsciiLetter) ? c.ToUpperInvariant() : null, Text(issuer, "url"));
}

/// <summary>One ELMO report: the issuing institution, when it issued, and the roots of its learning-opportunity
/// tree (top-level <c>learningOpportunitySpecification</c> elements).</summary>
public sealed record ElmoReport(int Number, ElmoIssuer? Issuer, string? IssueDateText, IReadOnlyList<XmlElement> Roots, XmlElement Element)
{
    public DateTimeOffset? IssueDate => Instant(IssueDateText);

    public static IReadOnlyList<ElmoReport> Of(XmlElement elmo) =>
        [.. Children(elmo, "report").Select((r, i) => new ElmoReport(i + 1, ElmoIssuer.Of(Child(r, "issuer")), Text(r, "issueDate"), [.. Children(r, "learningOpportunitySpecification")], r))];
}
