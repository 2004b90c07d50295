using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// The Expansion Algorithm of JSON-LD 1.1 (§13 of the Processing Algorithms, with §13.2 Value Expansion), in
/// processing mode json-ld-1.1, without frame expansion. Keys are visited in code-point order, as jsonld.js does,
/// so blank nodes are met in the same order. One instance serves one conversion (it counts nodes against the limits).
/// </summary>
internal sealed class Expander(ContextProcessor processor, JsonLdLimits limits)
{
    private int nodes;

    public object? Expand(ActiveContext active, string? activeProperty, JsonNode? element, string? baseUrl, bool fromMap, int depth)
    {
        if (element is null)
        {
            return null;
        }

        if (depth > limits.MaxDepth)
        {
            throw JsonLdException.Limit("nesting depth");
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();

        var propertyDefinition = active.Term(activeProperty);
        var propertyScoped = propertyDefinition is { HasContext: true } ? propertyDefinition : null;

        if (element is JsonValue scalar)
        {
            if (activeProperty is null or "@graph")
            {
                return null;
            }

            if (propertyScoped is not null)
            {
                active = processor.ProcessScoped(active, propertyScoped, overrideProtected: true, propagate: true);
            }

            return ExpandValue(active, activeProperty, Scalar(scalar));
        }

        if (element is JsonArray array)
        {
            var list = new List<object?>(array.Count);
            var isList = propertyDefinition?.HasContainer("@list") == true;
            foreach (var item in array)
            {
                var expanded = Expand(active, activeProperty, item, baseUrl, fromMap, depth + 1);
                if (isList && expanded is List<object?> inner)
                {
                    expanded = LdMap.Of("@list", inner);
                }

                if (expanded is List<object?> many)
                {
                    list.AddRange(many);
                }
                else if (expanded is not null)
                {
                    list.Add(expanded);
                }
            }

            return list;
        }

        var map = (JsonObject)element;
        if (++nodes > limits.MaxNodes)
        {
            throw JsonLdException.Limit("node count");
        }

        if (active.Previous is not null && !fromMap && !KeepsContext(active, map))
        {
            active = active.Previous;
        }

        if (propertyScoped is not null)
        {
            active = processor.ProcessScoped(active, propertyScoped, overrideProtected: true, propagate: true);
        }

        if (map.TryGetPropertyValue("@context", out var local))
        {
            active = processor.Process(active, local, baseUrl, sourceShared: false);
        }

        var typeScoped = active;
        var keys = SortedKeys(map);
        string? inputType = null;
        foreach (var key in keys)
        {
            if (processor.ExpandIri(active, key, documentRelative: false, vocab: true) != "@type")
            {
                continue;
            }

            var types = map[key] is JsonArray typeArray ? typeArray.Select(AsText).ToList() : [AsText(map[key])];
            if (inputType is null && types.Count > 0 && types[^1] is { } last)
            {
                inputType = processor.ExpandIri(active, last, documentRelative: false, vocab: true) ?? string.Empty;
            }

            foreach (var term in types.OfType<string>().Order(StringComparer.Ordinal))
            {
                if (typeScoped.Term(term) is { HasContext: true } typeDefinition)
                {
                    active = processor.ProcessScoped(active, typeDefinition, overrideProtected: false, propagate: false);
                }
            }
        }

        var result = new LdMap();
        ExpandObject(active, activeProperty, map, keys, result, baseUrl, typeScoped, inputType, depth);
        return Finish(result, activeProperty);
    }

    /// <summary>§13 step 7: a value object, or a map holding only @id, keeps a non-propagated context.</summary>
    private bool KeepsContext(ActiveContext active, JsonObject map)
    {
        foreach (var (key, _) in map)
        {
            if (processor.ExpandIri(active, key, documentRelative: false, vocab: true) == "@value")
            {
                return true;
            }
        }

        return map.Count == 1 && processor.ExpandIri(active, map.First().Key, documentRelative: false, vocab: true) == "@id";
    }

    private static object? Finish(LdMap result, string? activeProperty)
    {
        object? finished = result;
        if (result.TryGetValue("@value", out var value))
        {
            foreach (var key in result.Keys)
            {
                if (key is not ("@value" or "@language" or "@direction" or "@index" or "@type"))
                {
                    throw JsonLdException.Invalid("invalid value object", $"a value object cannot have {key}.");
                }
            }

            if (result.ContainsKey("@type") && (result.ContainsKey("@language") || result.ContainsKey("@direction")))
            {
                throw JsonLdException.Invalid("invalid value object", "a value object cannot have both @type and @language or @direction.");
            }

            if (result.TryGetValue("@type", out var typeValue) && typeValue is List<object?> typeList)
            {
                if (typeList.Count != 1)
                {
                    throw JsonLdException.Invalid("invalid typed value", "a value object has one @type.");
                }

                result["@type"] = typeList[0];
            }

            var type = result.Text("@type");
            if (type == "@json")
            {
                // A JSON literal may hold any JSON, null too.
            }
            else if (value is null)
            {
                return null;
            }
            else if (value is not string && result.ContainsKey("@language"))
            {
                throw JsonLdException.Invalid("invalid language-tagged value", "only a string can have a language.");
            }
            else if (result.ContainsKey("@type") && (type is null || !Iris.IsAbsolute(type) || Iris.IsBlankNode(type)))
            {
                throw JsonLdException.Invalid("invalid typed value", "the @type of a value must be an IRI.");
            }
        }
        else if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw JsonLdException.Invalid("invalid set or list object", "a set or list object has only @index besides.");
            }

            if (result.TryGetValue("@set", out var set))
            {
                finished = set;
            }
        }

        if (finished is LdMap map)
        {
            if (map.Count == 1 && map.ContainsKey("@language"))
            {
                return null;
            }

            if (activeProperty is null or "@graph"
                && (map.Count == 0 || map.ContainsKey("@value") || map.ContainsKey("@list") || (map.Count == 1 && map.ContainsKey("@id"))))
            {
                return null;
            }
        }

        return finished;
    }

    private void ExpandObject(
        ActiveContext active,
        string? activeProperty,
        JsonObject element,
        IReadOnlyList<string> keys,
        LdMap result,
        string? baseUrl,
        ActiveContext typeScoped,
        string? inputType,
        int depth)
    {
        List<string>? nests = null;
        foreach (var key in keys)
        {
            if (key == "@context")
            {
                continue;
            }

            var value = element[key];
            var property = processor.ExpandIri(active, key, documentRelative: false, vocab: true);
            if (property is null || (!property.Contains(':', StringComparison.Ordinal) && !Keywords.IsKeyword(property)))
            {
                continue;
            }

            if (Keywords.IsKeyword(property))
            {
                if (activeProperty == "@reverse")
                {
                    throw JsonLdException.Invalid("invalid reverse property map", "a reverse map cannot hold keywords.");
                }

                if (result.ContainsKey(property) && property is not ("@included" or "@type"))
                {
                    throw JsonLdException.Invalid("colliding keywords", $"{property} is given twice.");
                }

                if (property == "@nest")
                {
                    (nests ??= []).Add(key);
                    continue;
                }

                ExpandKeyword(active, activeProperty, property, value, result, baseUrl, typeScoped, inputType, depth);
                continue;
            }

            var definition = active.Term(key);
            object? expanded;
            if (definition?.Type == "@json")
            {
                expanded = new LdMap { ["@value"] = new JsonLiteral(value), ["@type"] = "@json" };
            }
            else if (definition?.HasContainer("@language") == true && value is JsonObject languageMap)
            {
                expanded = LanguageMap(active, definition, languageMap);
            }
            else if (definition is not null && (definition.HasContainer("@index") || definition.HasContainer("@type") || definition.HasContainer("@id"))
                && value is JsonObject indexMap)
            {
                expanded = IndexMap(active, key, definition, indexMap, baseUrl, depth);
            }
            else
            {
                expanded = Expand(active, key, value, baseUrl, fromMap: false, depth + 1);
            }

            if (expanded is null)
            {
                continue;
            }

            if (definition?.HasContainer("@list") == true && expanded is not LdMap { IsList: true })
            {
                expanded = LdMap.Of("@list", AsList(expanded));
            }

            if (definition?.HasContainer("@graph") == true && !definition.HasContainer("@id") && !definition.HasContainer("@index"))
            {
                expanded = AsList(expanded).Select(item => (object?)LdMap.Of("@graph", AsList(item))).ToList();
            }

            if (definition?.Reverse == true)
            {
                var reverse = ReverseMap(result);
                foreach (var item in AsList(expanded))
                {
                    if (item is LdMap { IsValue: true } or LdMap { IsList: true })
                    {
                        throw JsonLdException.Invalid("invalid reverse property value", $"{key} reverses to a value or list.");
                    }

                    reverse.Append(property, item);
                }
            }
            else
            {
                result.Append(property, expanded);
            }
        }

        if (nests is null)
        {
            return;
        }

        foreach (var nestKey in nests.Order(StringComparer.Ordinal))
        {
            var nested = element[nestKey];
            IEnumerable<JsonNode?> nestedValues = nested is JsonArray array ? array : new JsonNode?[] { nested };
            foreach (var nestedValue in nestedValues)
            {
                if (nestedValue is not JsonObject nestedMap
                    || nestedMap.Any(e => processor.ExpandIri(active, e.Key, documentRelative: false, vocab: true) == "@value"))
                {
                    throw JsonLdException.Invalid("invalid @nest value", $"{nestKey} must hold node objects.");
                }

                ExpandObject(active, activeProperty, nestedMap, SortedKeys(nestedMap), result, baseUrl, typeScoped, inputType, depth + 1);
            }
        }
    }

    private void ExpandKeyword(
        ActiveContext active,
        string? activeProperty,
        string property,
        JsonNode? value,
        LdMap result,
        string? baseUrl,
        ActiveContext typeScoped,
        string? inputType,
        int depth)
    {
        object? expanded;
        switch (property)
        {
            case "@id":
                if (value is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String)
                {
                    throw JsonLdException.Invalid("invalid @id value", "@id must be a string.");
                }

                expanded = processor.ExpandIri(active, idValue.GetValue<string>(), documentRelative: true, vocab: false);
                break;

            case "@type":
                IEnumerable<JsonNode?> typeValues = value is JsonArray typeArray ? typeArray : new JsonNode?[] { value };
                var types = new List<object?>();
                if (result.TryGetValue("@type", out var existing))
                {
                    types.AddRange(AsList(existing));
                }

                foreach (var type in typeValues)
                {
                    if (type is not JsonValue t || t.GetValueKind() != JsonValueKind.String)
                    {
                        throw JsonLdException.Invalid("invalid type value", "@type must be a string or an array of strings.");
                    }

                    types.Add(processor.ExpandIri(typeScoped, t.GetValue<string>(), documentRelative: true, vocab: true));
                }

                expanded = types;
                break;

            case "@graph":
                expanded = AsList(Expand(active, "@graph", value, baseUrl, fromMap: false, depth + 1)).Where(i => i is LdMap).ToList();
                break;

            case "@included":
                var included = AsList(Expand(active, null, value, baseUrl, fromMap: false, depth + 1));
                if (included.Any(i => i is not LdMap { IsNode: true }))
                {
                    throw JsonLdException.Invalid("invalid @included value", "@included must hold node objects.");
                }

                if (result.TryGetValue("@included", out var before))
                {
                    included.InsertRange(0, AsList(before));
                }

                expanded = included;
                break;

            case "@value":
                if (inputType == "@json")
                {
                    result["@value"] = new JsonLiteral(value);
                    return;
                }

                if (value is null)
                {
                    result["@value"] = null;
                    return;
                }

                if (value is not JsonValue v)
                {
                    throw JsonLdException.Invalid("invalid value object value", "@value must be a scalar or null.");
                }

                expanded = Scalar(v);
                break;

            case "@language":
                if (value is null)
                {
                    return;
                }

                if (value is not JsonValue languageValue || languageValue.GetValueKind() != JsonValueKind.String)
                {
                    throw JsonLdException.Invalid("invalid language-tagged string", "@language must be a string.");
                }

                expanded = languageValue.GetValue<string>().ToLowerInvariant();
                break;

            case "@direction":
                expanded = value switch
                {
                    null => null,
                    JsonValue d when d.GetValueKind() == JsonValueKind.String && d.GetValue<string>() is "ltr" or "rtl" => d.GetValue<string>(),
                    _ => throw JsonLdException.Invalid("invalid base direction", "@direction must be \"ltr\" or \"rtl\"."),
                };
                break;

            case "@index":
                if (value is not JsonValue indexValue || indexValue.GetValueKind() != JsonValueKind.String)
                {
                    throw JsonLdException.Invalid("invalid @index value", "@index must be a string.");
                }

                expanded = indexValue.GetValue<string>();
                break;

            case "@list":
                if (activeProperty is null or "@graph")
                {
                    return;
                }

                expanded = AsList(Expand(active, activeProperty, value, baseUrl, fromMap: false, depth + 1));
                break;

            case "@set":
                expanded = Expand(active, activeProperty, value, baseUrl, fromMap: false, depth + 1);
                break;

            case "@reverse":
                if (value is not JsonObject)
                {
                    throw JsonLdException.Invalid("invalid @reverse value", "@reverse must be an object.");
                }

                Reverse(result, Expand(active, "@reverse", value, baseUrl, fromMap: false, depth + 1) as LdMap);
                return;

            default:
                // @context is skipped before; frame keywords and others have no meaning in expansion to RDF.
                return;
        }

        if (expanded is not null || property == "@value")
        {
            result[property] = expanded;
        }
    }

    private static void Reverse(LdMap result, LdMap? expanded)
    {
        if (expanded is null)
        {
            return;
        }

        foreach (var (property, items) in expanded)
        {
            if (property == "@reverse")
            {
                foreach (var (reversed, values) in (LdMap)items!)
                {
                    result.Append(reversed, values);
                }

                continue;
            }

            var reverse = ReverseMap(result);
            foreach (var item in AsList(items))
            {
                if (item is LdMap { IsValue: true } or LdMap { IsList: true })
                {
                    throw JsonLdException.Invalid("invalid reverse property value", $"{property} reverses to a value or list.");
                }

                reverse.Append(property, item);
            }
        }
    }

    private static LdMap ReverseMap(LdMap result)
    {
        if (result.TryGetValue("@reverse", out var existing) && existing is LdMap reverse)
        {
            return reverse;
        }

        reverse = [];
        result["@reverse"] = reverse;
        return reverse;
    }

    private List<object?> LanguageMap(ActiveContext active, TermDefinition definition, JsonObject languageMap)
    {
        var expanded = new List<object?>();
        var direction = definition.HasDirection ? definition.Direction : active.Direction;
        foreach (var language in SortedKeys(languageMap))
        {
            var languageValue = languageMap[language];
            IEnumerable<JsonNode?> items = languageValue is JsonArray array ? array : new JsonNode?[] { languageValue };
            foreach (var item in items)
            {
                if (item is null)
                {
                    continue;
                }

                if (item is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
                {
                    throw JsonLdException.Invalid("invalid language map value", $"the value of language {language} must be a string.");
                }

                var value = LdMap.Of("@value", text.GetValue<string>());
                if (language != "@none" && processor.ExpandIri(active, language, documentRelative: false, vocab: true) != "@none")
                {
                    value["@language"] = language.ToLowerInvariant();
                }

                if (direction is not null)
                {
                    value["@direction"] = direction;
                }

                expanded.Add(value);
            }
        }

        return expanded;
    }

    private List<object?> IndexMap(ActiveContext active, string key, TermDefinition definition, JsonObject indexMap, string? baseUrl, int depth)
    {
        var expanded = new List<object?>();
        var indexKey = definition.Index ?? "@index";
        var byType = definition.HasContainer("@type");
        foreach (var index in SortedKeys(indexMap))
        {
            var mapContext = byType ? active.Previous ?? active : active;
            if (byType && mapContext.Term(index) is { HasContext: true } indexDefinition)
            {
                mapContext = processor.ProcessScoped(mapContext, indexDefinition, overrideProtected: false, propagate: true);
            }
            else
            {
                mapContext = active;
            }

            var expandedIndex = processor.ExpandIri(active, index, documentRelative: false, vocab: true);
            foreach (var entry in AsList(Expand(mapContext, key, indexMap[index], baseUrl, fromMap: true, depth + 1)))
            {
                if (entry is not LdMap item)
                {
                    continue;
                }

                var current = item;
                if (definition.HasContainer("@graph") && !current.IsGraph)
                {
                    current = LdMap.Of("@graph", new List<object?> { current });
                }

                if (definition.HasContainer("@index") && indexKey != "@index" && expandedIndex != "@none")
                {
                    var indexProperty = processor.ExpandIri(active, indexKey, documentRelative: false, vocab: true)!;
                    var values = new List<object?> { ExpandValue(active, indexKey, index) };
                    if (current.TryGetValue(indexProperty, out var present))
                    {
                        values.AddRange(AsList(present));
                    }

                    current[indexProperty] = values;
                    if (current.IsValue && current.Count > 1)
                    {
                        throw JsonLdException.Invalid("invalid value object", $"{key} indexes a value by a property.");
                    }
                }
                else if (definition.HasContainer("@index") && !current.ContainsKey("@index") && expandedIndex != "@none")
                {
                    current["@index"] = index;
                }
                else if (definition.HasContainer("@id") && !current.ContainsKey("@id") && expandedIndex != "@none")
                {
                    current["@id"] = processor.ExpandIri(active, index, documentRelative: true, vocab: false);
                }
                else if (byType && expandedIndex != "@none")
                {
                    var types = new List<object?> { expandedIndex };
                    if (current.TryGetValue("@type", out var present))
                    {
                        types.AddRange(AsList(present));
                    }

                    current["@type"] = types;
                }

                expanded.Add(current);
            }
        }

        return expanded;
    }

    /// <summary>§13.2 Value Expansion.</summary>
    private LdMap ExpandValue(ActiveContext active, string activeProperty, object value)
    {
        var definition = active.Term(activeProperty);
        if (value is string text)
        {
            if (definition?.Type == "@id")
            {
                return LdMap.Of("@id", processor.ExpandIri(active, text, documentRelative: true, vocab: false));
            }

            if (definition?.Type == "@vocab")
            {
                return LdMap.Of("@id", processor.ExpandIri(active, text, documentRelative: true, vocab: true));
            }
        }

        var result = LdMap.Of("@value", value);
        if (definition?.Type is { } type and not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = type;
        }
        else if (value is string)
        {
            var language = definition is { HasLanguage: true } ? definition.Language : active.Language;
            if (language is not null)
            {
                result["@language"] = language;
            }

            var direction = definition is { HasDirection: true } ? definition.Direction : active.Direction;
            if (direction is not null)
            {
                result["@direction"] = direction;
            }
        }

        return result;
    }

    private static object Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw JsonLdException.Invalid("invalid value object value", "unexpected JSON value."),
    };

    private static string? AsText(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    internal static List<object?> AsList(object? value) => value switch
    {
        List<object?> list => list,
        null => [],
        _ => [value],
    };

    private static List<string> SortedKeys(JsonObject map)
    {
        var keys = new List<string>(map.Count);
        foreach (var (key, _) in map)
        {
            keys.Add(key);
        }

        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
