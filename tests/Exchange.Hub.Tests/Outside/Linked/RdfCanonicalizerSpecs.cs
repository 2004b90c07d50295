using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Exchange.Hub.Credentials.Outside.Linked;
using Exchange.Hub.Tests.Infrastructure;

namespace Exchange.Hub.Tests.Outside.Linked;

/// <summary>
/// RDFC-1.0 as the hub runs it: the canonical N-Quads of a dataset do not depend on its blank node labels or
/// statement order, equal the published OB 3.0 test vector byte for byte, equal digitalbazaar's rdf-canonize on
/// datasets that need the N-degree hashing, and a dataset built to make that hashing explode is refused quickly.
/// </summary>
public sealed class RdfCanonicalizerSpecs
{
    private const string P = "http://example.org/p";
    private const string Q = "http://example.org/q";

    private static string Vector(string part) =>
        File.ReadAllText(NodeScripts.Sample("ob3", $"testvector-eddsa-rdfc-2022.{part}-canon.nq"), Encoding.UTF8);

    /// <summary>The same dataset with every blank node renamed at random and the statements shuffled.</summary>
    private static List<RdfQuad> Scrambled(IReadOnlyList<RdfQuad> quads, int seed)
    {
        var random = new Random(seed);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        RdfTerm Rename(RdfTerm t) => t.IsBlank
            ? RdfTerm.Blank(names.TryGetValue(t.Value, out var n) ? n : names[t.Value] = "n" + random.Next(1_000_000).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : t;
        var renamed = quads.Select(q => new RdfQuad(Rename(q.Subject), q.Predicate, Rename(q.Value), q.Graph is { } g ? Rename(g) : null)).ToArray();
        random.Shuffle(renamed);
        return [.. renamed];
    }

    private static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    [Theory]
    [InlineData("document", "87f65a76d40146205e3b3e06cb0fbd153f97f9ce70372390f52566bb7f9e0773")]
    [InlineData("proof", "d34009cea0dbc1ca941e09dc01c8c9d3e3ce3c5b853f67ee44698dcea10f5d19")]
    public void The_published_vector_canonicalises_back_to_its_bytes_and_hash_whatever_its_labels_and_order(string part, string hash)
    {
        var canonical = Vector(part);
        var quads = NQuads.Parse(canonical);

        foreach (var seed in Enumerable.Range(1, 5))
        {
            Assert.Equal(canonical, RdfCanonicalizer.Canonicalize(Scrambled(quads, seed)));
        }

        Assert.Equal(hash, Hash(RdfCanonicalizer.Canonicalize(quads)));
    }

    [Fact]
    public void A_line_is_canonical_N_Quads_escaping_what_the_form_escapes_and_nothing_else()
    {
        var literal = RdfTerm.Literal("a\"b\\c\nd\re\tf\bg\fh\u0001i\u007Fj\u00e9k😀");
        Assert.Equal("<http://e/s> <http://e/p> \"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u007Fj\u00e9k😀\" .\n",
            NQuads.Line(new RdfQuad(RdfTerm.Iri("http://e/s"), RdfTerm.Iri("http://e/p"), literal)));
        Assert.Equal("_:b0 <http://e/p> \"x\" <http://e/g> .\n",
            NQuads.Line(new RdfQuad(RdfTerm.Blank("b0"), RdfTerm.Iri("http://e/p"), RdfTerm.Literal("x", RdfTerm.XsdString), RdfTerm.Iri("http://e/g"))));
        Assert.Equal("_:b0 <http://e/p> \"chat\"@fr _:g .\n",
            NQuads.Line(new RdfQuad(RdfTerm.Blank("b0"), RdfTerm.Iri("http://e/p"), RdfTerm.Literal("chat", language: "fr"), RdfTerm.Blank("g"))));
        Assert.Equal("<http://e/s> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            NQuads.Line(new RdfQuad(RdfTerm.Iri("http://e/s"), RdfTerm.Iri("http://e/p"), RdfTerm.Literal("1", "http://www.w3.org/2001/XMLSchema#integer"))));
    }

    [Fact]
    public void Parsing_reads_both_escape_forms_and_comments_and_names_a_bad_line()
    {
        var quads = NQuads.Parse("# a comment\n<http://e/s> <http://e/p> \"\\u00E9\\U0001F600\\'\\t\"@en-GB .\r\n\n_:x <http://e/p> <http://e/\\u0041> _:g .\n");

        Assert.Equal(2, quads.Count);
        Assert.Equal(RdfTerm.Literal("é😀'\t", language: "en-GB"), quads[0].Value);
        Assert.Equal(RdfTerm.Iri("http://e/A"), quads[1].Value);
        Assert.Equal(RdfTerm.Blank("g"), quads[1].Graph);
        var bad = Assert.Throws<FormatException>(() => NQuads.Parse("<http://e/s> <http://e/p> \"x\" .\n<http://e/s> \"p\" \"x\" .\n"));
        Assert.Contains("line 2", bad.Message, StringComparison.Ordinal);
    }

    /// <summary>Datasets whose blank nodes the first-degree hashes cannot tell apart, so RDFC-1.0 needs the
    /// N-degree hashing with its permutations.</summary>
    public static TheoryData<string, string> Hard => new()
    {
        { "two isomorphic cycles", Cycle("a", 3) + Cycle("x", 3) },
        { "a cycle of four and one of two", Cycle("a", 4) + Cycle("x", 2) },
        { "a clique of four", Clique(4) },
        { "a clique of five in a named graph", Clique(5, " _:graph") + "_:graph <http://example.org/q> \"g\" .\n" },
        { "two chains meeting in a shared node", $"_:a <{P}> _:b .\n_:b <{P}> _:m .\n_:c <{P}> _:d .\n_:d <{P}> _:m .\n_:m <{Q}> \"end\" .\n" },
        { "a diamond with escaped literals", $"_:a <{P}> _:b .\n_:a <{P}> _:c .\n_:b <{P}> _:d .\n_:c <{P}> _:d .\n_:b <{Q}> \"x\\ty\\u0001\" .\n_:c <{Q}> \"x\\ty\\u0001\" .\n_:d <{Q}> \"😀\\\"\"@en .\n" },
    };

    [Theory]
    [MemberData(nameof(Hard))]
    public void A_dataset_needing_N_degree_hashing_is_canonical_whatever_its_labels_and_order(string name, string nquads)
    {
        var quads = NQuads.Parse(nquads);
        var canonical = RdfCanonicalizer.Canonicalize(quads);

        foreach (var seed in Enumerable.Range(1, 8))
        {
            Assert.True(canonical == RdfCanonicalizer.Canonicalize(Scrambled(quads, seed)), name);
        }
    }

    [Fact]
    public async Task Every_hard_dataset_canonicalises_as_digitalbazaar_rdf_canonize_does()
    {
        var folder = Directory.CreateTempSubdirectory("rdfc-");
        try
        {
            var cases = Hard.Select(row => ((string)row[0], NQuads.Parse((string)row[1]))).ToList();
            cases.Add(("document vector scrambled", Scrambled(NQuads.Parse(Vector("document")), 7)));
            var files = new List<string>();
            foreach (var (name, quads) in cases)
            {
                var file = Path.Combine(folder.FullName, files.Count + ".nq");
                await File.WriteAllTextAsync(file, string.Concat(quads.Select(NQuads.Line)), new UTF8Encoding(false));
                files.Add(file);
            }

            var run = await NodeScripts.RunAsync("rdf-canon.mjs", [.. files]);
            Assert.True(run.ExitCode == 0, run.ToString());
            var expected = JsonSerializer.Deserialize<string[]>(run.StdOut)!;
            for (var i = 0; i < cases.Count; i++)
            {
                Assert.True(expected[i] == RdfCanonicalizer.Canonicalize(cases[i].Item2), $"{cases[i].Item1}:\nrdf-canonize:\n{expected[i]}\nhub:\n{RdfCanonicalizer.Canonicalize(cases[i].Item2)}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Many_indistinguishable_blank_nodes_hit_the_bound_quickly_instead_of_running_for_ever()
    {
        var quads = NQuads.Parse(Clique(14));
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<JsonLdException>(() => RdfCanonicalizer.Canonicalize(quads, maxHashNDegreeCalls: 2_000));

        Assert.Equal("limit exceeded", refused.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    private static string Cycle(string prefix, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(i => $"_:{prefix}{i} <{P}> _:{prefix}{(i + 1) % length} .\n"));

    private static string Clique(int size, string graph = "") =>
        string.Concat(from i in Enumerable.Range(0, size) from j in Enumerable.Range(0, size) where i != j select $"_:k{i} <{P}> _:k{j}{graph} .\n");
}
