namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// Node Map Generation (§7.2 of the JSON-LD 1.1 Processing Algorithms): the expanded document flattened into graphs of
/// nodes by id, blank nodes relabelled. Walks as jsonld.js does (a child's label is issued before its properties), so
/// the labels equal those of jsonld.js for the same document.
/// </summary>
internal sealed class NodeMap(BlankNodeIssuer issuer)
{
    /// <summary>Graph name ("@default" or the graph's node id) → node id → node (properties → arrays).</summary>
    public Dictionary<string, Dictionary<string, LdMap>> Graphs { get; } = new(StringComparer.Ordinal) { ["@default"] = new(StringComparer.Ordinal) };

    public void Add(object? input, string graph, string? name = null, List<object?>? list = null)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (input is List<object?> array)
        {
            foreach (var item in array)
            {
                Add(item, graph, null, list);
            }

            return;
        }

        if (input is not LdMap map)
        {
            list?.Add(input);
            return;
        }

        if (map.IsValue)
        {
            if (map.Text("@type") is { } valueType && Iris.IsBlankNode(valueType))
            {
                map["@type"] = issuer.Issue(valueType);
            }

            list?.Add(map);
            return;
        }

        if (list is not null && map.IsList)
        {
            var inner = new List<object?>();
            Add(map["@list"], graph, name, inner);
            list.Add(LdMap.Of("@list", inner));
            return;
        }

        if (map.TryGetValue("@type", out var typeValues))
        {
            foreach (var type in Expander.AsList(typeValues).OfType<string>())
            {
                if (Iris.IsBlankNode(type))
                {
                    issuer.Issue(type);
                }
            }
        }

        name ??= IsBlankNode(map) ? issuer.Issue(map.Text("@id")) : map.Text("@id");
        if (name is null)
        {
            return;
        }

        list?.Add(LdMap.Of("@id", name));
        var subjects = Graphs[graph];
        if (!subjects.TryGetValue(name, out var subject))
        {
            subject = LdMap.Of("@id", name);
            subjects[name] = subject;
        }

        foreach (var key in map.Keys.Order(StringComparer.Ordinal).ToList())
        {
            switch (key)
            {
                case "@id":
                    continue;
                case "@reverse":
                    AddReverse(map, graph, name);
                    continue;
                case "@graph":
                    Graphs.TryAdd(name, new Dictionary<string, LdMap>(StringComparer.Ordinal));
                    Add(map["@graph"], name);
                    continue;
                case "@included":
                    Add(map["@included"], graph);
                    continue;
                case not "@type" when Keywords.IsKeyword(key):
                    if (key == "@index" && subject.TryGetValue("@index", out var index) && !Equals(index, map["@index"]))
                    {
                        throw JsonLdException.Invalid("conflicting indexes", $"{name} has two indexes.");
                    }

                    subject[key] = map[key];
                    continue;
            }

            var property = Iris.IsBlankNode(key) ? issuer.Issue(key) : key;
            var objects = Expander.AsList(map[key]);
            if (objects.Count == 0)
            {
                subject.Append(property, objects);
                continue;
            }

            foreach (var item in objects)
            {
                var value = item;
                if (property == "@type" && value is string type && Iris.IsBlankNode(type))
                {
                    value = issuer.Issue(type);
                }

                if (value is LdMap node && (IsSubject(node) || IsSubjectReference(node)))
                {
                    if (node.ContainsKey("@id") && string.IsNullOrEmpty(node.Text("@id")))
                    {
                        continue;
                    }

                    var id = IsBlankNode(node) ? issuer.Issue(node.Text("@id")) : node.Text("@id")!;
                    AddUnique(subject, property, LdMap.Of("@id", id));
                    Add(node, graph, id);
                }
                else if (value is LdMap { IsValue: true })
                {
                    AddUnique(subject, property, value);
                }
                else if (value is LdMap { IsList: true } listObject)
                {
                    var inner = new List<object?>();
                    Add(listObject["@list"], graph, name, inner);
                    AddUnique(subject, property, LdMap.Of("@list", inner));
                }
                else
                {
                    Add(value, graph, name);
                    AddUnique(subject, property, value);
                }
            }
        }
    }

    private void AddReverse(LdMap map, string graph, string name)
    {
        var referenced = LdMap.Of("@id", name);
        foreach (var (property, items) in (LdMap)map["@reverse"]!)
        {
            foreach (var item in Expander.AsList(items).OfType<LdMap>())
            {
                var itemName = IsBlankNode(item) ? issuer.Issue(item.Text("@id")) : item.Text("@id");
                if (itemName is null)
                {
                    continue;
                }

                Add(item, graph, itemName);
                AddUnique(Graphs[graph][itemName], property, referenced);
            }
        }
    }

    private static bool IsBlankNode(LdMap map) =>
        map.TryGetValue("@id", out var id)
            ? id is not string text || Iris.IsBlankNode(text)
            : map.Count == 0 || !(map.ContainsKey("@value") || map.ContainsKey("@set") || map.ContainsKey("@list"));

    private static bool IsSubject(LdMap map) =>
        !(map.ContainsKey("@value") || map.ContainsKey("@set") || map.ContainsKey("@list")) && (map.Count > 1 || !map.ContainsKey("@id"));

    private static bool IsSubjectReference(LdMap map) => map.Count == 1 && map.ContainsKey("@id");

    /// <summary>Adds unless an equal value is there: values equal by @value, @type, @language, @index; nodes by @id.</summary>
    private static void AddUnique(LdMap subject, string property, object? value)
    {
        if (!subject.TryGetValue(property, out var existing) || existing is not List<object?> values)
        {
            values = [];
            subject[property] = values;
        }

        if (!values.Any(v => SameValue(v, value)))
        {
            values.Add(value);
        }
    }

    private static bool SameValue(object? a, object? b)
    {
        if (ReferenceEquals(a, b) || (a is string sa && b is string sb && sa == sb))
        {
            return true;
        }

        if (a is LdMap { IsValue: true } va && b is LdMap { IsValue: true } vb)
        {
            return Equals(va.GetValueOrDefault("@value"), vb.GetValueOrDefault("@value"))
                && Equals(va.GetValueOrDefault("@type"), vb.GetValueOrDefault("@type"))
                && Equals(va.GetValueOrDefault("@language"), vb.GetValueOrDefault("@language"))
                && Equals(va.GetValueOrDefault("@index"), vb.GetValueOrDefault("@index"));
        }

        return a is LdMap ma && b is LdMap mb && ma.TryGetValue("@id", out var ia) && mb.TryGetValue("@id", out var ib) && Equals(ia, ib);
    }
}
