namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>What an RDF term is: an IRI, a blank node or a literal.</summary>
public enum RdfTermKind
{
    Iri = 1,
    BlankNode = 2,
    Literal = 3,
}

/// <summary>
/// One RDF term as RDF 1.1 defines it. An IRI's <see cref="Value"/> is the IRI; a blank node's is its label without
/// <c>_:</c>; a literal's is its lexical form with <see cref="Datatype"/> always set (xsd:string when plain,
/// rdf:langString with <see cref="Language"/> when language-tagged).
/// </summary>
public readonly record struct RdfTerm(RdfTermKind Kind, string Value, string? Datatype = null, string? Language = null)
{
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
    public const string RdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri);

    public static RdfTerm Blank(string label) => new(RdfTermKind.BlankNode, label);

    public static RdfTerm Literal(string lexical, string? datatype = null, string? language = null) =>
        new(RdfTermKind.Literal, lexical, language is null ? datatype ?? XsdString : RdfLangString, language);

    public bool IsBlank => Kind == RdfTermKind.BlankNode;
}

/// <summary>One statement of an RDF dataset: <see cref="Value"/> is the RDF object (named so because "Object" is a
/// type name); <see cref="Graph"/> null = the default graph.</summary>
public sealed record RdfQuad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Value, RdfTerm? Graph = null);
