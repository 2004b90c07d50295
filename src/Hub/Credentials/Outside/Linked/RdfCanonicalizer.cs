using System.Security.Cryptography;
using System.Text;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// RDFC-1.0 (W3C RDF Dataset Canonicalization, SHA-256): gives every blank node a label that depends only on the
/// dataset's shape, so isomorphic datasets serialise to the same canonical N-Quads whatever labels and statement
/// order they came with. Data Integrity proofs (eddsa-rdfc-2022, ecdsa-rdfc-2019) sign the hash of this text. The
/// N-degree hashing is exponential on purpose-built inputs, so the number of its calls (and permutations) is bounded.
/// </summary>
public static class RdfCanonicalizer
{
    /// <summary>The canonical N-Quads of <paramref name="dataset"/>: sorted lines, each ending in "\n", blank nodes
    /// labelled <c>_:c14n0</c>, <c>_:c14n1</c>, … Duplicate statements count once (a dataset is a set).</summary>
    /// <exception cref="JsonLdException">"limit exceeded": the dataset needs more than
    /// <paramref name="maxHashNDegreeCalls"/> runs of Hash N-Degree Quads (or 100 times as many permutations).</exception>
    public static string Canonicalize(IReadOnlyList<RdfQuad> dataset, int maxHashNDegreeCalls = 10_000)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var run = new Run(dataset.Distinct().ToList(), maxHashNDegreeCalls);
        return run.Canonical();
    }

    /// <summary>Unicode code point order (UTF-16 ordinal order differs for characters above U+FFFF).</summary>
    internal static int CompareCodePoints(string? a, string? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return Rank(a[i]) - Rank(b[i]);
            }
        }

        return a.Length - b.Length;

        // Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF, so they rank after U+E000–U+FFFF.
        static int Rank(char c) => c >= '\uE000' ? c - 0x800 : c >= '\uD800' ? c + 0x2000 : c;
    }

    private static readonly Comparer<string> CodePointOrder = Comparer<string>.Create(CompareCodePoints);

    private static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The canonicalisation state of one dataset (RDFC-1.0 §4.2).</summary>
    private sealed class Run
    {
        private readonly List<RdfQuad> _quads;
        private readonly Dictionary<string, List<RdfQuad>> _quadsOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _firstDegree = new(StringComparer.Ordinal);
        private readonly IdentifierIssuer _canonical = new("c14n");
        private readonly int _maxCalls;
        private readonly long _maxPermutations;
        private int _calls;
        private long _permutations;

        public Run(List<RdfQuad> quads, int maxCalls)
        {
            _quads = quads;
            _maxCalls = maxCalls;

            // Each call may walk several permutations; bound them too, so one call over many equal neighbours
            // cannot run unbounded while staying under the call count.
            _maxPermutations = Math.Max(1L, maxCalls) * 100L;
            foreach (var quad in quads)
            {
                foreach (var term in Blanks(quad))
                {
                    if (!_quadsOf.TryGetValue(term, out var list))
                    {
                        _quadsOf[term] = list = [];
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[^1], quad))
                    {
                        list.Add(quad);
                    }
                }
            }
        }

        public string Canonical()
        {
            // §4.4.3 step 3–4: first-degree hashes; a node alone with its hash gets its canonical label now.
            var byHash = new SortedDictionary<string, List<string>>(CodePointOrder);
            foreach (var node in _quadsOf.Keys)
            {
                var hash = HashFirstDegree(node);
                if (!byHash.TryGetValue(hash, out var nodes))
                {
                    byHash[hash] = nodes = [];
                }

                nodes.Add(node);
            }

            foreach (var (_, nodes) in byHash)
            {
                if (nodes.Count == 1)
                {
                    _canonical.Issue(nodes[0]);
                }
            }

            // Step 5: the others, group by group, by their N-degree hashes.
            foreach (var (_, nodes) in byHash)
            {
                if (nodes.Count == 1)
                {
                    continue;
                }

                var paths = new List<(string Hash, IdentifierIssuer Issuer)>();
                foreach (var node in nodes)
                {
                    if (_canonical.Has(node))
                    {
                        continue;
                    }

                    var temporary = new IdentifierIssuer("b");
                    temporary.Issue(node);
                    paths.Add(HashNDegree(node, temporary));
                }

                foreach (var (_, issuer) in paths.OrderBy(p => p.Hash, CodePointOrder))
                {
                    foreach (var node in issuer.IssuedInOrder)
                    {
                        _canonical.Issue(node);
                    }
                }
            }

            var lines = _quads.Select(q => NQuads.Line(new RdfQuad(Relabel(q.Subject), q.Predicate, Relabel(q.Value), q.Graph is { } g ? Relabel(g) : null)))
                .ToList();
            lines.Sort(CodePointOrder);
            return string.Concat(lines);
        }

        private RdfTerm Relabel(RdfTerm term) => term.IsBlank ? RdfTerm.Blank(_canonical.Issue(term.Value)) : term;

        /// <summary>§4.6: the hash of the node's quads with itself as _:a and every other blank node as _:z.</summary>
        private string HashFirstDegree(string node)
        {
            if (_firstDegree.TryGetValue(node, out var known))
            {
                return known;
            }

            var lines = _quadsOf[node]
                .Select(q => NQuads.Line(new RdfQuad(Mask(q.Subject, node), q.Predicate, Mask(q.Value, node), q.Graph is { } g ? Mask(g, node) : null)))
                .ToList();
            lines.Sort(CodePointOrder);
            return _firstDegree[node] = Sha256Hex(string.Concat(lines));

            static RdfTerm Mask(RdfTerm term, string node) =>
                term.IsBlank ? RdfTerm.Blank(term.Value == node ? "a" : "z") : term;
        }

        /// <summary>§4.7: the hash naming a related blank node by its position, the predicate and its best known label.</summary>
        private string HashRelated(string related, RdfQuad quad, IdentifierIssuer issuer, char position)
        {
            var input = new StringBuilder().Append(position);
            if (position != 'g')
            {
                input.Append('<').Append(quad.Predicate.Value).Append('>');
            }

            input.Append(_canonical.TryGet(related) is { } canonical ? "_:" + canonical
                : issuer.TryGet(related) is { } temporary ? "_:" + temporary
                : HashFirstDegree(related));
            return Sha256Hex(input.ToString());
        }

        /// <summary>§4.8: Hash N-Degree Quads — the least path through the node's related blank nodes over every
        /// order of each group of equally hashed neighbours.</summary>
        private (string Hash, IdentifierIssuer Issuer) HashNDegree(string node, IdentifierIssuer issuer)
        {
            if (++_calls > _maxCalls)
            {
                throw new JsonLdException("limit exceeded", $"RDF canonicalisation needs more than {_maxCalls} N-degree hashing steps (too many indistinguishable blank nodes).");
            }

            var related = new SortedDictionary<string, List<string>>(CodePointOrder);
            foreach (var quad in _quadsOf[node])
            {
                Relate(quad.Subject, 's', quad);
                Relate(quad.Value, 'o', quad);
                if (quad.Graph is { } graph)
                {
                    Relate(graph, 'g', quad);
                }
            }

            var data = new StringBuilder();
            foreach (var (hash, nodes) in related)
            {
                data.Append(hash);
                string? chosenPath = null;
                IdentifierIssuer? chosenIssuer = null;
                foreach (var permutation in Permutations(nodes))
                {
                    if (++_permutations > _maxPermutations)
                    {
                        throw new JsonLdException("limit exceeded", $"RDF canonicalisation needs more than {_maxPermutations} permutations of blank nodes (too many indistinguishable blank nodes).");
                    }

                    var copy = issuer.Copy();
                    var path = new StringBuilder();
                    var recursion = new List<string>();
                    var skipped = false;
                    foreach (var other in permutation)
                    {
                        if (_canonical.TryGet(other) is { } canonical)
                        {
                            path.Append("_:").Append(canonical);
                        }
                        else
                        {
                            if (!copy.Has(other))
                            {
                                recursion.Add(other);
                            }

                            path.Append("_:").Append(copy.Issue(other));
                        }

                        if (Worse(path, chosenPath))
                        {
                            skipped = true;
                            break;
                        }
                    }

                    if (skipped)
                    {
                        continue;
                    }

                    foreach (var other in recursion)
                    {
                        var result = HashNDegree(other, copy);
                        path.Append("_:").Append(copy.Issue(other)).Append('<').Append(result.Hash).Append('>');
                        copy = result.Issuer;
                        if (Worse(path, chosenPath))
                        {
                            skipped = true;
                            break;
                        }
                    }

                    if (skipped)
                    {
                        continue;
                    }

                    var text = path.ToString();
                    if (chosenPath is null || CompareCodePoints(text, chosenPath) < 0)
                    {
                        chosenPath = text;
                        chosenIssuer = copy;
                    }
                }

                data.Append(chosenPath);
                issuer = chosenIssuer!;
            }

            return (Sha256Hex(data.ToString()), issuer);

            void Relate(RdfTerm term, char position, RdfQuad quad)
            {
                if (term.IsBlank && term.Value != node)
                {
                    var hash = HashRelated(term.Value, quad, issuer, position);
                    if (!related.TryGetValue(hash, out var list))
                    {
                        related[hash] = list = [];
                    }

                    list.Add(term.Value);
                }
            }
        }

        /// <summary>A path that is already no shorter and greater than the chosen one cannot win (§4.8.3 5.4.4.3).</summary>
        private static bool Worse(StringBuilder path, string? chosen) =>
            chosen is not null && path.Length >= chosen.Length && CompareCodePoints(path.ToString(), chosen) > 0;

        private static IEnumerable<string> Blanks(RdfQuad quad)
        {
            if (quad.Subject.IsBlank)
            {
                yield return quad.Subject.Value;
            }

            if (quad.Value.IsBlank)
            {
                yield return quad.Value.Value;
            }

            if (quad.Graph is { IsBlank: true } graph)
            {
                yield return graph.Value;
            }
        }

        /// <summary>Every order of <paramref name="items"/> (lexicographic, from the sorted list).</summary>
        private static IEnumerable<string[]> Permutations(List<string> items)
        {
            var current = items.ToArray();
            Array.Sort(current, CodePointOrder);
            while (true)
            {
                yield return (string[])current.Clone();
                var i = current.Length - 2;
                while (i >= 0 && CompareCodePoints(current[i], current[i + 1]) >= 0)
                {
                    i--;
                }

                if (i < 0)
                {
                    yield break;
                }

                var j = current.Length - 1;
                while (CompareCodePoints(current[j], current[i]) <= 0)
                {
                    j--;
                }

                (current[i], current[j]) = (current[j], current[i]);
                Array.Reverse(current, i + 1, current.Length - i - 1);
            }
        }
    }

    /// <summary>§4.5: issues <c>prefix0</c>, <c>prefix1</c>, … to blank nodes in the order first asked for.</summary>
    private sealed class IdentifierIssuer(string prefix)
    {
        private readonly Dictionary<string, string> _issued = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];

        public IReadOnlyList<string> IssuedInOrder => _order;

        public bool Has(string node) => _issued.ContainsKey(node);

        public string? TryGet(string node) => _issued.GetValueOrDefault(node);

        public string Issue(string node)
        {
            if (_issued.TryGetValue(node, out var known))
            {
                return known;
            }

            var label = prefix + _order.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _issued[node] = label;
            _order.Add(node);
            return label;
        }

        public IdentifierIssuer Copy()
        {
            var copy = new IdentifierIssuer(prefix);
            foreach (var node in _order)
            {
                copy.Issue(node);
            }

            return copy;
        }
    }
}
