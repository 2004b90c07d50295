namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// An active context (JSON-LD 1.1 Processing Algorithms §4.1): term definitions, vocabulary mapping, default language
/// and direction, the base IRI a context's @base sets (documents themselves have none), and the previous context a
/// non-propagated (type-scoped) context reverts to. Treated as immutable once processing made it, so that processed
/// contexts can be cached and shared between conversions.
/// </summary>
internal sealed class ActiveContext
{
    public static ActiveContext Empty { get; } = new() { Shared = true };

    public Dictionary<string, TermDefinition> Terms { get; private init; } = new(StringComparer.Ordinal);

    public string? Base { get; set; }

    public string? Vocab { get; set; }

    public string? Language { get; set; }

    public string? Direction { get; set; }

    public ActiveContext? Previous { get; set; }

    /// <summary>Made only from contexts the hub carries: results of processing it may be cached.</summary>
    public bool Shared { get; set; }

    public bool HasProtectedTerms => Terms.Values.Any(t => t.Protected);

    public ActiveContext Clone() => new()
    {
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        Base = Base,
        Vocab = Vocab,
        Language = Language,
        Direction = Direction,
        Previous = Previous,
        Shared = Shared,
    };

    public TermDefinition? Term(string? term) => term is not null && Terms.TryGetValue(term, out var definition) ? definition : null;
}
