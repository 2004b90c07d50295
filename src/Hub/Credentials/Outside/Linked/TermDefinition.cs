using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>One term definition of an active context (JSON-LD 1.1 Processing Algorithms §4.2). Immutable once made.</summary>
internal sealed class TermDefinition
{
    /// <summary>The IRI mapping: an IRI, a blank node label, a keyword, or null when the term is mapped to null.</summary>
    public string? Id { get; init; }

    public bool Reverse { get; init; }

    /// <summary>The type mapping: an IRI or @id, @vocab, @json, @none.</summary>
    public string? Type { get; init; }

    /// <summary>Whether the definition states @language (then <see cref="Language"/> null means "no language").</summary>
    public bool HasLanguage { get; init; }

    public string? Language { get; init; }

    public bool HasDirection { get; init; }

    public string? Direction { get; init; }

    /// <summary>The container mapping, e.g. ["@graph", "@set"]; empty when none.</summary>
    public IReadOnlyList<string> Container { get; init; } = [];

    public string? Index { get; init; }

    public string? Nest { get; init; }

    public bool Prefix { get; init; }

    public bool Protected { get; init; }

    /// <summary>The scoped context as written (processed when the term is used), or null.</summary>
    public JsonNode? Context { get; init; }

    public bool HasContext { get; init; }

    public string? BaseUrl { get; init; }

    /// <summary>True when the definition comes from a context the hub carries: its scoped context may be cached.</summary>
    public bool Shared { get; init; }

    public bool HasContainer(string keyword) => Container.Contains(keyword, StringComparer.Ordinal);

    /// <summary>Equal but for the protected flag: the test a protected term's redefinition must pass (§4.2.2 step 27).</summary>
    public bool SameAs(TermDefinition other) =>
        string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Reverse == other.Reverse
        && string.Equals(Type, other.Type, StringComparison.Ordinal)
        && HasLanguage == other.HasLanguage
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && HasDirection == other.HasDirection
        && string.Equals(Direction, other.Direction, StringComparison.Ordinal)
        && Container.Order(StringComparer.Ordinal).SequenceEqual(other.Container.Order(StringComparer.Ordinal), StringComparer.Ordinal)
        && string.Equals(Index, other.Index, StringComparison.Ordinal)
        && string.Equals(Nest, other.Nest, StringComparison.Ordinal)
        && Prefix == other.Prefix
        && HasContext == other.HasContext
        && JsonNode.DeepEquals(Context, other.Context);
}
