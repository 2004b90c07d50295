namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>The JSON-LD 1.1 keywords and the IRIs of RDF and XSD the deserialisation uses.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@default", "@direction", "@embed", "@explicit", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@omitDefault", "@prefix", "@preserve",
        "@propagate", "@protected", "@requireAll", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    };

    public const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public const string RdfFirst = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
    public const string RdfRest = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
    public const string RdfNil = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
    public const string RdfJson = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON";
    public const string XsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
    public const string XsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
    public const string XsdDouble = "http://www.w3.org/2001/XMLSchema#double";

    public static bool IsKeyword(string? value) => value is not null && All.Contains(value);

    /// <summary>"@" followed by ASCII letters only: reserved for future keywords, ignored with a warning by the spec.</summary>
    public static bool LooksLikeKeyword(string value)
    {
        if (value.Length < 2 || value[0] != '@')
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!char.IsAsciiLetter(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
