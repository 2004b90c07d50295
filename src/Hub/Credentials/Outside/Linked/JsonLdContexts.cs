using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// The JSON-LD contexts the hub carries, vendored as embedded resources (Linked/Contexts, sources in SOURCES.md) and
/// never fetched: a credential naming any other remote context is refused with "unknown context". Each file is parsed
/// once per process; the active contexts processed from them are cached here as well, because every credential of a
/// kind repeats the same context list.
/// </summary>
public sealed class JsonLdContexts
{
    /// <summary>Processed contexts are cached up to this many entries; beyond it they are processed each time.</summary>
    private const int MaxCachedContexts = 4096;

    private readonly IReadOnlyDictionary<string, Lazy<JsonObject>> documents;
    private readonly ConcurrentDictionary<(ActiveContext, object), ActiveContext> processed = new();

    private JsonLdContexts(IReadOnlyDictionary<string, Lazy<JsonObject>> documents)
    {
        this.documents = documents;
        Urls = [.. documents.Keys.Order(StringComparer.Ordinal)];
    }

    public static JsonLdContexts Bundled { get; } = new(Files().ToDictionary(
        file => file.Key,
        file => new Lazy<JsonObject>(() => Load(file.Value)),
        StringComparer.Ordinal));

    public IReadOnlyCollection<string> Urls { get; }

    /// <summary>The whole context document of a URL the hub carries (a copy: the caller may change it).</summary>
    public bool TryGet(string url, [NotNullWhen(true)] out JsonObject? context)
    {
        if (TryGetShared(url, out var shared))
        {
            context = (JsonObject)shared.DeepClone();
            return true;
        }

        context = null;
        return false;
    }

    /// <summary>These contexts with more: for specs that need remote contexts of their own (still never fetched).</summary>
    internal JsonLdContexts With(IReadOnlyDictionary<string, string> jsonByUrl)
    {
        var all = documents.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        foreach (var (url, json) in jsonByUrl)
        {
            all[url] = new Lazy<JsonObject>(() =>
            {
                var context = JsonNode.Parse(json) as JsonObject ?? throw new ArgumentException($"The context of {url} is not a JSON object.", nameof(jsonByUrl));
                Materialize(context);
                return context;
            });
        }

        return new JsonLdContexts(all);
    }

    /// <summary>The parsed document itself, shared by every conversion: never changed.</summary>
    internal bool TryGetShared(string url, [NotNullWhen(true)] out JsonObject? context)
    {
        if (documents.TryGetValue(url, out var document))
        {
            context = document.Value;
            return true;
        }

        context = null;
        return false;
    }

    internal bool TryGetProcessed(ActiveContext active, object key, [NotNullWhen(true)] out ActiveContext? result) =>
        processed.TryGetValue((active, key), out result);

    internal void KeepProcessed(ActiveContext active, object key, ActiveContext result)
    {
        if (processed.Count < MaxCachedContexts)
        {
            processed.TryAdd((active, key), result);
        }
    }

    /// <summary>Context URL → file in Linked/Contexts, from Contexts/urls.json: the one place that says which URL each
    /// vendored file answers (scripts/node-client/jsonld-rdf.mjs serves the same files by the same map).</summary>
    private static Dictionary<string, string> Files()
    {
        var urls = Load("urls.json");
        return urls.ToDictionary(
            entry => entry.Key,
            entry => entry.Value?.GetValue<string>() ?? throw new InvalidOperationException($"urls.json names no file for {entry.Key}."),
            StringComparer.Ordinal);
    }

    private static JsonObject Load(string file)
    {
        var name = "Exchange.Hub.Credentials.Outside.Linked.Contexts." + file;
        using var stream = typeof(JsonLdContexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The hub carries no embedded context {name}.");
        var context = JsonNode.Parse(stream) as JsonObject ?? throw new InvalidOperationException($"{name} is not a JSON object.");
        Materialize(context);
        return context;
    }

    /// <summary>A parsed JsonObject/JsonArray fills its members lazily on first access, which is not thread-safe;
    /// walking it once here leaves a tree that concurrent conversions only read.</summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (_, value) in map)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }
}
