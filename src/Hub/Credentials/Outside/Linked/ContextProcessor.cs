using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// Context processing, term definition creation and IRI expansion of the JSON-LD 1.1 Processing Algorithms (§4.1,
/// §4.2, §5.2), processing mode json-ld-1.1. Remote contexts come only from <see cref="JsonLdContexts"/>; any other is
/// "unknown context". One instance serves one conversion (it counts recursion against the limits).
/// </summary>
internal sealed class ContextProcessor(JsonLdContexts contexts, JsonLdLimits limits)
{
    private static readonly HashSet<string> ContextKeywords = new(StringComparer.Ordinal)
    {
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    };

    private static readonly HashSet<string> TermEntries = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix",
        "@protected", "@type",
    };

    private static readonly HashSet<string> ContainerKeywords = new(StringComparer.Ordinal)
    {
        "@graph", "@id", "@index", "@language", "@list", "@set", "@type",
    };

    private int depth;
    private int termDepth;

    /// <summary>The scoped context of a term, applied to the active context (cached when both come from bundled contexts).</summary>
    public ActiveContext ProcessScoped(ActiveContext active, TermDefinition definition, bool overrideProtected, bool propagate)
    {
        var key = (definition.Context!, overrideProtected, propagate);
        var cacheable = active.Shared && definition.Shared;
        if (cacheable && contexts.TryGetProcessed(active, key, out var cached))
        {
            return cached;
        }

        var result = Process(active, definition.Context, definition.BaseUrl, definition.Shared, overrideProtected, propagate, remote: [], validateScoped: false);
        if (cacheable && result.Shared)
        {
            contexts.KeepProcessed(active, key, result);
        }

        return result;
    }

    /// <summary>§4.1.2 Context Processing Algorithm.</summary>
    public ActiveContext Process(
        ActiveContext active,
        JsonNode? local,
        string? baseUrl,
        bool sourceShared,
        bool overrideProtected = false,
        bool propagate = true,
        List<string>? remote = null,
        bool validateScoped = true)
    {
        remote ??= [];
        if (++depth > limits.MaxDepth)
        {
            throw JsonLdException.Limit("context processing depth");
        }

        try
        {
            var result = active;
            var owned = false;
            if (local is JsonObject localMap && localMap.TryGetPropertyValue("@propagate", out var propagateValue))
            {
                propagate = propagateValue?.GetValueKind() switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw JsonLdException.Invalid("invalid @propagate value", "@propagate must be true or false."),
                };
            }

            if (!propagate && result.Previous is null)
            {
                result = result.Clone();
                owned = true;
                result.Previous = active;
            }

            IEnumerable<JsonNode?> items = local is JsonArray array ? array : new JsonNode?[] { local };
            foreach (var context in items)
            {
                switch (context)
                {
                    case null:
                        if (!overrideProtected && result.HasProtectedTerms)
                        {
                            throw JsonLdException.Invalid("invalid context nullification", "a context with protected terms cannot be nullified.");
                        }

                        var fresh = new ActiveContext { Shared = result.Shared && sourceShared };
                        if (!propagate)
                        {
                            fresh.Previous = result;
                        }

                        result = fresh;
                        owned = true;
                        break;

                    case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                        var url = Iris.Resolve(baseUrl, value.GetValue<string>());
                        if (!validateScoped && remote.Contains(url, StringComparer.Ordinal))
                        {
                            break;
                        }

                        result = Remote(result, url, remote, validateScoped);
                        owned = false;
                        break;

                    case JsonObject map:
                        if (!owned)
                        {
                            result = result.Clone();
                            owned = true;
                        }

                        result.Shared = result.Shared && sourceShared;
                        Define(result, map, baseUrl, sourceShared, overrideProtected, remote, validateScoped);
                        break;

                    default:
                        throw JsonLdException.Invalid("invalid local context", "a context must be null, a string or an object.");
                }
            }

            return result;
        }
        finally
        {
            depth--;
        }
    }

    private ActiveContext Remote(ActiveContext result, string url, List<string> remote, bool validateScoped)
    {
        if (remote.Count >= limits.MaxDepth)
        {
            throw JsonLdException.Limit("remote context");
        }

        if (result.Shared && contexts.TryGetProcessed(result, url, out var cached))
        {
            return cached;
        }

        if (!Iris.IsAbsolute(url) || !contexts.TryGetShared(url, out var document))
        {
            throw new JsonLdException("unknown context", $"The hub does not carry the JSON-LD context {url}.") { Context = url };
        }

        if (!document.TryGetPropertyValue("@context", out var loaded))
        {
            throw JsonLdException.Invalid("invalid remote context", $"{url} has no @context.");
        }

        var processed = Process(result, loaded, url, sourceShared: true, remote: [.. remote, url], validateScoped: validateScoped);
        if (result.Shared && processed.Shared)
        {
            contexts.KeepProcessed(result, url, processed);
        }

        return processed;
    }

    private void Define(ActiveContext result, JsonObject map, string? baseUrl, bool sourceShared, bool overrideProtected, List<string> remote, bool validateScoped)
    {
        IDictionary<string, JsonNode?> context = map;
        if (map.TryGetPropertyValue("@version", out var version)
            && !(version?.GetValueKind() == JsonValueKind.Number && version.ToJsonString() is "1.1" or "1.10"))
        {
            throw JsonLdException.Invalid("invalid @version value", "@version must be 1.1.");
        }

        if (map.TryGetPropertyValue("@import", out var import))
        {
            context = Import(map, import, baseUrl);
        }

        if (context.TryGetValue("@base", out var baseValue) && remote.Count == 0)
        {
            result.Base = baseValue switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String && Iris.IsAbsolute(v.GetValue<string>()) => v.GetValue<string>(),
                JsonValue v when v.GetValueKind() == JsonValueKind.String && result.Base is not null => Iris.Resolve(result.Base, v.GetValue<string>()),
                _ => throw JsonLdException.Invalid("invalid base IRI", "@base must be an IRI or null."),
            };
        }

        if (context.TryGetValue("@vocab", out var vocab))
        {
            result.Vocab = vocab switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String =>
                    ExpandIri(result, v.GetValue<string>(), documentRelative: true, vocab: true, scope: null),
                _ => throw JsonLdException.Invalid("invalid vocab mapping", "@vocab must be an IRI or null."),
            };
        }

        if (context.TryGetValue("@language", out var language))
        {
            result.Language = language switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().ToLowerInvariant(),
                _ => throw JsonLdException.Invalid("invalid default language", "@language must be a string or null."),
            };
        }

        if (context.TryGetValue("@direction", out var direction))
        {
            result.Direction = Direction(direction, "invalid base direction");
        }

        if (context.TryGetValue("@propagate", out var propagate) && propagate?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw JsonLdException.Invalid("invalid @propagate value", "@propagate must be true or false.");
        }

        var protectedDefault = false;
        if (context.TryGetValue("@protected", out var isProtected))
        {
            protectedDefault = isProtected?.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw JsonLdException.Invalid("invalid @protected value", "@protected must be true or false."),
            };
        }

        var scope = new TermScope(context, [], baseUrl, protectedDefault, overrideProtected, remote, validateScoped, sourceShared);
        foreach (var term in context.Keys)
        {
            if (!ContextKeywords.Contains(term))
            {
                CreateTermDefinition(result, term, scope);
            }
        }
    }

    private Dictionary<string, JsonNode?> Import(JsonObject map, JsonNode? import, string? baseUrl)
    {
        if (import is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            throw JsonLdException.Invalid("invalid @import value", "@import must be a string.");
        }

        var url = Iris.Resolve(baseUrl, value.GetValue<string>());
        if (!Iris.IsAbsolute(url) || !contexts.TryGetShared(url, out var document))
        {
            throw new JsonLdException("unknown context", $"The hub does not carry the JSON-LD context {url}.") { Context = url };
        }

        if (!document.TryGetPropertyValue("@context", out var imported) || imported is not JsonObject importedMap)
        {
            throw JsonLdException.Invalid("invalid remote context", $"{url} has no @context object.");
        }

        if (importedMap.ContainsKey("@import"))
        {
            throw JsonLdException.Invalid("invalid context entry", $"{url} imports again.");
        }

        var merged = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, entry) in importedMap)
        {
            merged[key] = entry;
        }

        foreach (var (key, entry) in map)
        {
            if (key != "@import")
            {
                merged[key] = entry;
            }
        }

        return merged;
    }

    /// <summary>The state one local context's term definitions share (the spec's local context and defined map).</summary>
    internal sealed record TermScope(
        IDictionary<string, JsonNode?> Local,
        Dictionary<string, bool> Defined,
        string? BaseUrl,
        bool ProtectedDefault,
        bool OverrideProtected,
        List<string> Remote,
        bool ValidateScoped,
        bool Shared);

    /// <summary>§4.2.2 Create Term Definition; a term defined through a chain of others recurses, so the chain is
    /// bounded like nesting.</summary>
    private void CreateTermDefinition(ActiveContext active, string term, TermScope scope)
    {
        if (++termDepth > limits.MaxDepth)
        {
            throw JsonLdException.Limit("term definition depth");
        }

        try
        {
            DefineTerm(active, term, scope);
        }
        finally
        {
            termDepth--;
        }
    }

    private void DefineTerm(ActiveContext active, string term, TermScope scope)
    {
        if (scope.Defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw JsonLdException.Invalid("cyclic IRI mapping", $"the term {term} is defined through itself.");
        }

        if (term.Length == 0)
        {
            throw JsonLdException.Invalid("invalid term definition", "a term cannot be empty.");
        }

        scope.Defined[term] = false;
        var value = scope.Local[term];
        if (term == "@type" && value is JsonObject typeMap && typeMap.Count > 0
            && typeMap.All(e => (e.Key == "@container" && e.Value is JsonValue c && c.GetValueKind() == JsonValueKind.String && c.GetValue<string>() == "@set")
                || e.Key == "@protected"))
        {
            // @type may only be given a @set container and be protected (§4.2.2 step 5).
        }
        else if (Keywords.IsKeyword(term))
        {
            throw JsonLdException.Invalid("keyword redefinition", $"{term} cannot be redefined.");
        }
        else if (Keywords.LooksLikeKeyword(term))
        {
            scope.Defined[term] = true;
            return;
        }

        active.Terms.Remove(term, out var previous);

        bool simpleTerm;
        JsonObject definitionMap;
        switch (value)
        {
            case null:
                simpleTerm = false;
                definitionMap = new JsonObject { ["@id"] = null };
                break;
            case JsonValue s when s.GetValueKind() == JsonValueKind.String:
                simpleTerm = true;
                definitionMap = new JsonObject { ["@id"] = s.GetValue<string>() };
                break;
            case JsonObject map:
                simpleTerm = false;
                definitionMap = map;
                break;
            default:
                throw JsonLdException.Invalid("invalid term definition", $"the definition of {term} must be a string, an object or null.");
        }

        foreach (var key in definitionMap.Select(e => e.Key))
        {
            if (!TermEntries.Contains(key))
            {
                throw JsonLdException.Invalid("invalid term definition", $"the definition of {term} has {key}.");
            }
        }

        var isProtected = scope.ProtectedDefault;
        if (definitionMap.TryGetPropertyValue("@protected", out var protectedValue))
        {
            isProtected = protectedValue?.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw JsonLdException.Invalid("invalid @protected value", $"@protected of {term} must be true or false."),
            };
        }

        string? type = null;
        if (definitionMap.TryGetPropertyValue("@type", out var typeValue))
        {
            if (typeValue is not JsonValue t || t.GetValueKind() != JsonValueKind.String)
            {
                throw JsonLdException.Invalid("invalid type mapping", $"@type of {term} must be a string.");
            }

            type = ExpandIri(active, t.GetValue<string>(), documentRelative: false, vocab: true, scope);
            if (type is not ("@id" or "@vocab" or "@json" or "@none") && !Iris.IsAbsolute(type))
            {
                throw JsonLdException.Invalid("invalid type mapping", $"@type of {term} is not an IRI.");
            }
        }

        if (definitionMap.TryGetPropertyValue("@reverse", out var reverseValue))
        {
            DefineReverse(active, term, scope, definitionMap, reverseValue, type, isProtected, previous);
            return;
        }

        string? id;
        var prefix = false;
        var colon = term.IndexOf(':', 1);
        if (definitionMap.TryGetPropertyValue("@id", out var idValue) && !(idValue is JsonValue same && same.GetValueKind() == JsonValueKind.String && same.GetValue<string>() == term))
        {
            if (idValue is null)
            {
                id = null;
            }
            else
            {
                if (idValue is not JsonValue iv || iv.GetValueKind() != JsonValueKind.String)
                {
                    throw JsonLdException.Invalid("invalid IRI mapping", $"@id of {term} must be a string.");
                }

                var idText = iv.GetValue<string>();
                if (!Keywords.IsKeyword(idText) && Keywords.LooksLikeKeyword(idText))
                {
                    scope.Defined[term] = true;
                    return;
                }

                id = ExpandIri(active, idText, documentRelative: false, vocab: true, scope);
                if (!Keywords.IsKeyword(id) && !Iris.IsAbsolute(id))
                {
                    throw JsonLdException.Invalid("invalid IRI mapping", $"{term} does not map to an IRI.");
                }

                if (id == "@context")
                {
                    throw JsonLdException.Invalid("invalid keyword alias", "@context cannot be aliased.");
                }

                if ((colon > 0 && colon < term.Length - 1) || term.Contains('/', StringComparison.Ordinal))
                {
                    scope.Defined[term] = true;
                    if (ExpandIri(active, term, documentRelative: false, vocab: true, scope) != id)
                    {
                        throw JsonLdException.Invalid("invalid IRI mapping", $"{term} looks like an IRI other than its mapping.");
                    }
                }

                if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm && id is not null
                    && (Iris.IsBlankNode(id) || (id.Length > 0 && ":/?#[]@".Contains(id[^1], StringComparison.Ordinal))))
                {
                    prefix = true;
                }
            }
        }
        else if (colon > 0)
        {
            var prefixTerm = term[..colon];
            if (scope.Local.ContainsKey(prefixTerm))
            {
                CreateTermDefinition(active, prefixTerm, scope);
            }

            id = active.Term(prefixTerm) is { Id: { } prefixIri } ? prefixIri + term[(colon + 1)..] : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            id = ExpandIri(active, term, documentRelative: false, vocab: true, scope);
            if (!Iris.IsAbsolute(id))
            {
                throw JsonLdException.Invalid("invalid IRI mapping", $"{term} is not an IRI.");
            }
        }
        else if (term == "@type")
        {
            id = "@type";
        }
        else if (active.Vocab is not null)
        {
            id = active.Vocab + term;
        }
        else
        {
            throw JsonLdException.Invalid("invalid IRI mapping", $"{term} has no IRI and there is no @vocab.");
        }

        var container = Container(term, definitionMap);
        if (container.Contains("@type", StringComparer.Ordinal))
        {
            type ??= "@id";
            if (type is not ("@id" or "@vocab"))
            {
                throw JsonLdException.Invalid("invalid type mapping", $"a @type container of {term} needs @type @id or @vocab.");
            }
        }

        string? index = null;
        if (definitionMap.TryGetPropertyValue("@index", out var indexValue))
        {
            if (!container.Contains("@index", StringComparer.Ordinal) || indexValue is not JsonValue ix || ix.GetValueKind() != JsonValueKind.String
                || Keywords.IsKeyword(ExpandIri(active, ix.GetValue<string>(), false, true, scope)))
            {
                throw JsonLdException.Invalid("invalid term definition", $"@index of {term} is not valid.");
            }

            index = ix.GetValue<string>();
        }

        var hasContext = definitionMap.TryGetPropertyValue("@context", out var scoped);

        var hasLanguage = false;
        string? language = null;
        if (definitionMap.TryGetPropertyValue("@language", out var languageValue) && type is null)
        {
            hasLanguage = true;
            language = languageValue switch
            {
                null => null,
                JsonValue l when l.GetValueKind() == JsonValueKind.String => l.GetValue<string>().ToLowerInvariant(),
                _ => throw JsonLdException.Invalid("invalid language mapping", $"@language of {term} must be a string or null."),
            };
        }

        var hasDirection = false;
        string? direction = null;
        if (definitionMap.TryGetPropertyValue("@direction", out var directionValue) && type is null)
        {
            hasDirection = true;
            direction = Direction(directionValue, "invalid base direction");
        }

        string? nest = null;
        if (definitionMap.TryGetPropertyValue("@nest", out var nestValue))
        {
            if (nestValue is not JsonValue n || n.GetValueKind() != JsonValueKind.String
                || (Keywords.IsKeyword(n.GetValue<string>()) && n.GetValue<string>() != "@nest"))
            {
                throw JsonLdException.Invalid("invalid @nest value", $"@nest of {term} must be a term.");
            }

            nest = n.GetValue<string>();
        }

        if (definitionMap.TryGetPropertyValue("@prefix", out var prefixValue))
        {
            if (term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw JsonLdException.Invalid("invalid term definition", $"{term} cannot be a prefix.");
            }

            prefix = prefixValue?.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw JsonLdException.Invalid("invalid @prefix value", $"@prefix of {term} must be true or false."),
            };
            if (prefix && Keywords.IsKeyword(id))
            {
                throw JsonLdException.Invalid("invalid term definition", $"{term} maps to a keyword and cannot be a prefix.");
            }
        }

        var definition = new TermDefinition
        {
            Id = id,
            Type = type,
            HasLanguage = hasLanguage,
            Language = language,
            HasDirection = hasDirection,
            Direction = direction,
            Container = container,
            Index = index,
            Nest = nest,
            Prefix = prefix,
            Protected = isProtected,
            HasContext = hasContext,
            Context = scoped,
            BaseUrl = scope.BaseUrl,
            Shared = scope.Shared,
        };
        Keep(active, term, scope, definition, previous);
    }

    private void DefineReverse(ActiveContext active, string term, TermScope scope, JsonObject definitionMap, JsonNode? reverseValue, string? type, bool isProtected, TermDefinition? previous)
    {
        if (definitionMap.ContainsKey("@id") || definitionMap.ContainsKey("@nest"))
        {
            throw JsonLdException.Invalid("invalid reverse property", $"{term} has @reverse with @id or @nest.");
        }

        if (reverseValue is not JsonValue r || r.GetValueKind() != JsonValueKind.String)
        {
            throw JsonLdException.Invalid("invalid IRI mapping", $"@reverse of {term} must be a string.");
        }

        var text = r.GetValue<string>();
        if (Keywords.LooksLikeKeyword(text))
        {
            scope.Defined[term] = true;
            return;
        }

        var id = ExpandIri(active, text, documentRelative: false, vocab: true, scope);
        if (!Iris.IsAbsolute(id))
        {
            throw JsonLdException.Invalid("invalid IRI mapping", $"@reverse of {term} is not an IRI.");
        }

        var container = Container(term, definitionMap);
        if (container.Any(c => c is not ("@set" or "@index")))
        {
            throw JsonLdException.Invalid("invalid reverse property", $"the container of {term} must be @set or @index.");
        }

        var definition = new TermDefinition
        {
            Id = id,
            Reverse = true,
            Type = type,
            Container = container,
            Protected = isProtected,
            HasContext = definitionMap.TryGetPropertyValue("@context", out var scoped),
            Context = scoped,
            BaseUrl = scope.BaseUrl,
            Shared = scope.Shared,
        };
        Keep(active, term, scope, definition, previous);
    }

    private static void Keep(ActiveContext active, string term, TermScope scope, TermDefinition definition, TermDefinition? previous)
    {
        if (!scope.OverrideProtected && previous is { Protected: true })
        {
            if (!definition.SameAs(previous))
            {
                throw new JsonLdException("protected term redefinition", $"JSON-LD: protected term redefinition: {term} is protected and cannot be redefined.");
            }

            definition = previous;
        }

        active.Terms[term] = definition;
        scope.Defined[term] = true;
    }

    private static string[] Container(string term, JsonObject definitionMap)
    {
        if (!definitionMap.TryGetPropertyValue("@container", out var containerValue) || containerValue is null)
        {
            return [];
        }

        IEnumerable<JsonNode?> items = containerValue is JsonArray array ? array : new JsonNode?[] { containerValue };
        var container = new List<string>();
        foreach (var item in items)
        {
            if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String || !ContainerKeywords.Contains(v.GetValue<string>()))
            {
                throw JsonLdException.Invalid("invalid container mapping", $"the container of {term} is not valid.");
            }

            container.Add(v.GetValue<string>());
        }

        var valid = container.Count switch
        {
            0 => true,
            1 => true,
            _ when container.Contains("@list", StringComparer.Ordinal) => false,
            _ when container.Contains("@graph", StringComparer.Ordinal) => container.All(c => c is "@graph" or "@id" or "@index" or "@set"),
            2 => container.Contains("@set", StringComparer.Ordinal),
            _ => false,
        };
        if (!valid)
        {
            throw JsonLdException.Invalid("invalid container mapping", $"the container of {term} is not a valid combination.");
        }

        return [.. container];
    }

    private static string? Direction(JsonNode? value, string code) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is "ltr" or "rtl" => v.GetValue<string>(),
        _ => throw JsonLdException.Invalid(code, "@direction must be \"ltr\", \"rtl\" or null."),
    };

    /// <summary>§5.2.2 IRI Expansion; <paramref name="scope"/> is set while a local context is being processed.</summary>
    public string? ExpandIri(ActiveContext active, string? value, bool documentRelative, bool vocab, TermScope? scope = null)
    {
        if (value is null || Keywords.IsKeyword(value))
        {
            return value;
        }

        if (Keywords.LooksLikeKeyword(value))
        {
            return null;
        }

        if (scope is not null && scope.Local.ContainsKey(value) && !(scope.Defined.TryGetValue(value, out var defined) && defined))
        {
            CreateTermDefinition(active, value, scope);
        }

        if (vocab && active.Terms.TryGetValue(value, out var term))
        {
            return term.Id;
        }

        var colon = value.Length > 1 ? value.IndexOf(':', 1) : -1;
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (scope is not null && scope.Local.ContainsKey(prefix) && !(scope.Defined.TryGetValue(prefix, out var prefixDefined) && prefixDefined))
            {
                CreateTermDefinition(active, prefix, scope);
            }

            if (active.Terms.TryGetValue(prefix, out var prefixTerm) && prefixTerm.Id is not null && prefixTerm.Prefix)
            {
                return prefixTerm.Id + suffix;
            }

            if (Iris.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && active.Vocab is not null)
        {
            return active.Vocab + value;
        }

        return documentRelative ? Iris.Resolve(active.Base, value) : value;
    }
}
