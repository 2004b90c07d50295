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
    /// <summary>Context URL → file in Linked/Contexts: the one place that says which URL each vendored file answers.</summary>
    private static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["https://www.w3.org/2018/credentials/v1"] = "credentials-v1.jsonld",
        ["https://www.w3.org/ns/credentials/v2"] = "credentials-v2.jsonld",
        ["https://w3id.org/security/data-integrity/v2"] = "data-integrity-v2.jsonld",
        ["https://w3id.org/security/multikey/v1"] = "multikey-v1.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/context.json"] = "ob-v3p0-3.0.0.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"] = "ob-v3p0-3.0.1.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"] = "ob-v3p0-3.0.2.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] = "ob-v3p0-3.0.3.jsonld",
        ["https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"] = "ob-v3p0-extensions.jsonld",
        ["https://imsglobal.github.io/openbadges-specification/ob_v3p0.html"] = "ob-v3p0-3.0-beta.jsonld",
        ["https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json"] = "ob-v3p0-3.0-beta.jsonld",
        ["http://data.europa.eu/snb/model/context/edc-ap"] = "edc-ap-context.jsonld",
    };

    /// <summary>Processed contexts are cached up to this many entries; beyond it they are processed each time.</summary>
    private const int MaxCachedContexts = 4096;

    private readonly IReadOnlyDictionary<string, Lazy<JsonObject>> documents;
    private readonly ConcurrentDictionary<(ActiveContext, object), ActiveContext> processed = new();

    private JsonLdContexts(IReadOnlyDictionary<string, Lazy<JsonObject>> documents)
    {
        this.documents = documents;
    }

    public static JsonLdContexts Bundled { get; } = new(Files.ToDictionary(
        file => file.Key,
        file => new Lazy<JsonObject>(() => Load(file.Value)),
        StringComparer.Ordinal));

    public IReadOnlyCollection<string> Urls => (IReadOnlyCollection<string>)documents.Keys;

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
            all[url] = new Lazy<JsonObject>(() => JsonNode.Parse(json) as JsonObject
                ?? throw new ArgumentException($"The context of {url} is not a JSON object.", nameof(jsonByUrl)));
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

    private static JsonObject Load(string file)
    {
        var name = "Exchange.Hub.Credentials.Outside.Linked.Contexts." + file;
        using var stream = typeof(JsonLdContexts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The hub carries no embedded context {name}.");
        return JsonNode.Parse(stream) as JsonObject ?? throw new InvalidOperationException($"{name} is not a JSON object.");
    }
}
