using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// The expanded form as the algorithms build it: a map is <see cref="LdMap"/>, an array <see cref="List{T}"/> of
/// object?, a scalar string, bool or double (JSON numbers, as a JavaScript processor holds them), and a JSON literal
/// (@type @json) a <see cref="JsonLiteral"/> wrapping the input as written.
/// </summary>
internal sealed class LdMap() : Dictionary<string, object?>(StringComparer.Ordinal)
{
    public static LdMap Of(string key, object? value) => new() { [key] = value };

    public string? Text(string key) => TryGetValue(key, out var value) ? value as string : null;

    public bool IsValue => ContainsKey("@value");

    public bool IsList => ContainsKey("@list");

    public bool IsGraph => ContainsKey("@graph") && Keys.All(k => k is "@graph" or "@id" or "@index");

    /// <summary>A node object (§1.2 of the algorithms): a map that is neither value, list nor set object.</summary>
    public bool IsNode => !ContainsKey("@value") && !ContainsKey("@list") && !ContainsKey("@set");

    /// <summary>Appends to the entry of <paramref name="key"/>, which is always an array.</summary>
    public void Append(string key, object? value)
    {
        if (!TryGetValue(key, out var existing) || existing is not List<object?> list)
        {
            list = existing is null && !ContainsKey(key) ? [] : [existing];
            this[key] = list;
        }

        if (value is List<object?> values)
        {
            list.AddRange(values);
        }
        else
        {
            list.Add(value);
        }
    }
}

/// <summary>The value of a JSON literal (@type @json): kept as written, turned to canonical JSON in RDF.</summary>
internal sealed record JsonLiteral(JsonNode? Node);
