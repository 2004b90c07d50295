using System.Globalization;
using System.Text;

namespace Exchange.Hub.Credentials.Outside.Linked;

/// <summary>
/// N-Quads in the canonical form RDFC-1.0 hashes and signs (RDF 1.2 N-Quads §canonical form): IRIs in angle brackets,
/// a literal's datatype left out for xsd:string and replaced by its language tag for rdf:langString, BS HT LF FF CR
/// quote and backslash as ECHAR, the other control characters as <c>\uXXXX</c>, one statement a line ending in LF.
/// The parser reads any N-Quads document (both escape forms, comments) so test vectors and other processors' output
/// can be read back.
/// </summary>
public static class NQuads
{
    /// <summary>The dataset an N-Quads document states; a line it cannot read is a <see cref="FormatException"/>
    /// naming the line.</summary>
    public static IReadOnlyList<RdfQuad> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quads = new List<RdfQuad>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            var reader = new LineReader(line, lineNumber);
            reader.SkipSpace();
            if (reader.AtEnd || reader.Peek == '#')
            {
                continue;
            }

            var subject = reader.Term(allowLiteral: false);
            reader.SkipSpace();
            var predicate = reader.Term(allowLiteral: false);
            if (predicate.Kind != RdfTermKind.Iri)
            {
                throw reader.Fail("the predicate is not an IRI");
            }

            reader.SkipSpace();
            var value = reader.Term(allowLiteral: true);
            reader.SkipSpace();
            RdfTerm? graph = null;
            if (!reader.AtEnd && reader.Peek != '.')
            {
                graph = reader.Term(allowLiteral: false);
                reader.SkipSpace();
            }

            reader.Expect('.');
            reader.SkipSpace();
            if (!reader.AtEnd && reader.Peek != '#')
            {
                throw reader.Fail("text after the final '.'");
            }

            quads.Add(new RdfQuad(subject, predicate, value, graph));
        }

        return quads;
    }

    /// <summary>One quad as a canonical N-Quads line, ending in "\n".</summary>
    public static string Line(RdfQuad quad)
    {
        ArgumentNullException.ThrowIfNull(quad);
        var text = new StringBuilder();
        AppendTerm(text, quad.Subject);
        text.Append(' ');
        AppendTerm(text, quad.Predicate);
        text.Append(' ');
        AppendTerm(text, quad.Value);
        if (quad.Graph is { } graph)
        {
            text.Append(' ');
            AppendTerm(text, graph);
        }

        return text.Append(" .\n").ToString();
    }

    internal static void AppendTerm(StringBuilder text, RdfTerm term)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                AppendIri(text, term.Value);
                break;
            case RdfTermKind.BlankNode:
                text.Append("_:").Append(term.Value);
                break;
            default:
                text.Append('"');
                AppendLiteralText(text, term.Value);
                text.Append('"');
                if (term.Datatype == RdfTerm.RdfLangString)
                {
                    if (!string.IsNullOrEmpty(term.Language))
                    {
                        text.Append('@').Append(term.Language);
                    }
                }
                else if (term.Datatype is { } datatype && datatype != RdfTerm.XsdString)
                {
                    text.Append("^^");
                    AppendIri(text, datatype);
                }

                break;
        }
    }

    private static void AppendIri(StringBuilder text, string iri)
    {
        text.Append('<');
        foreach (var c in iri)
        {
            // Characters no IRI may hold are written as UCHAR, as other RDFC-1.0 processors do, so a bad IRI
            // cannot break the line structure.
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                AppendUchar(text, c);
            }
            else
            {
                text.Append(c);
            }
        }

        text.Append('>');
    }

    private static void AppendLiteralText(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                default:
                    if (c < ' ' || c == '\u007F')
                    {
                        AppendUchar(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }
    }

    private static void AppendUchar(StringBuilder text, char c) =>
        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    /// <summary>Reads the terms of one line, left to right.</summary>
    private sealed class LineReader(string line, int number)
    {
        private int _at;

        public bool AtEnd => _at >= line.Length;

        public char Peek => line[_at];

        public void SkipSpace()
        {
            while (!AtEnd && line[_at] is ' ' or '\t')
            {
                _at++;
            }
        }

        public void Expect(char c)
        {
            if (AtEnd || line[_at] != c)
            {
                throw Fail($"'{c}' expected");
            }

            _at++;
        }

        public FormatException Fail(string why) =>
            new(string.Create(CultureInfo.InvariantCulture, $"N-Quads line {number}, column {_at + 1}: {why}."));

        public RdfTerm Term(bool allowLiteral)
        {
            if (AtEnd)
            {
                throw Fail("a term expected");
            }

            switch (line[_at])
            {
                case '<':
                    return RdfTerm.Iri(Iri());
                case '_':
                    Expect('_');
                    Expect(':');
                    var start = _at;
                    while (!AtEnd && line[_at] is not (' ' or '\t') && !(line[_at] == '.' && (_at + 1 == line.Length || line[_at + 1] is ' ' or '\t' or '#')))
                    {
                        _at++;
                    }

                    if (_at == start)
                    {
                        throw Fail("an empty blank node label");
                    }

                    return RdfTerm.Blank(line[start.._at]);
                case '"' when allowLiteral:
                    return Literal();
                default:
                    throw Fail("a term expected");
            }
        }

        private string Iri()
        {
            Expect('<');
            var text = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Fail("an unterminated IRI");
                }

                var c = line[_at++];
                if (c == '>')
                {
                    return text.ToString();
                }

                if (c == '\\')
                {
                    Unicode(text);
                }
                else
                {
                    text.Append(c);
                }
            }
        }

        private RdfTerm Literal()
        {
            Expect('"');
            var text = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Fail("an unterminated literal");
                }

                var c = line[_at++];
                if (c == '"')
                {
                    break;
                }

                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw Fail("an unterminated escape");
                }

                switch (line[_at])
                {
                    case 'b': text.Append('\b'); _at++; break;
                    case 't': text.Append('\t'); _at++; break;
                    case 'n': text.Append('\n'); _at++; break;
                    case 'f': text.Append('\f'); _at++; break;
                    case 'r': text.Append('\r'); _at++; break;
                    case '"': text.Append('"'); _at++; break;
                    case '\'': text.Append('\''); _at++; break;
                    case '\\': text.Append('\\'); _at++; break;
                    default: Unicode(text); break;
                }
            }

            if (!AtEnd && line[_at] == '@')
            {
                _at++;
                var start = _at;
                while (!AtEnd && (char.IsAsciiLetterOrDigit(line[_at]) || line[_at] == '-'))
                {
                    _at++;
                }

                if (_at == start)
                {
                    throw Fail("an empty language tag");
                }

                return RdfTerm.Literal(text.ToString(), language: line[start.._at]);
            }

            if (!AtEnd && line[_at] == '^')
            {
                Expect('^');
                Expect('^');
                return RdfTerm.Literal(text.ToString(), Iri());
            }

            return RdfTerm.Literal(text.ToString());
        }

        /// <summary>A UCHAR (<c>\uXXXX</c> or <c>\UXXXXXXXX</c>); the backslash is already read.</summary>
        private void Unicode(StringBuilder text)
        {
            var length = !AtEnd && line[_at] == 'u' ? 4 : !AtEnd && line[_at] == 'U' ? 8 : throw Fail("an unknown escape");
            _at++;
            if (_at + length > line.Length
                || !int.TryParse(line.AsSpan(_at, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                || code is < 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                throw Fail("a bad \\u escape");
            }

            _at += length;
            text.Append(char.ConvertFromUtf32(code));
        }
    }
}
