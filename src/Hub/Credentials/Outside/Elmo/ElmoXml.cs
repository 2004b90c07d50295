using System.IO.Compression;
using System.Text;
using System.Xml;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// Turns the bytes of an ELMO document into an <see cref="XmlDocument"/> without ever processing a DTD, an entity
/// declaration or an external resource: a first pass with a prohibiting <see cref="XmlReader"/> bounds the size,
/// the element depth and the element count; only a document that pass accepted is loaded (no resolver, whitespace
/// kept, since the signature covers it). The EMREX 1 transport form, base64 of the gzipped XML, is accepted too, its
/// decompressed size bounded like a plain document.
/// </summary>
public static class ElmoXml
{
    /// <summary>Deeper than any real transcript (elmo/report/LOS/hasPart/…/diplomaSupplement sections), far below what
    /// would strain the recursive canonicalisation of the signature check.</summary>
    public const int MaxDepth = 64;

    public const int MaxElements = 50_000;

    /// <summary>Reads <paramref name="bytes"/>; null with <paramref name="problem"/> naming why when refused.</summary>
    public static XmlDocument? TryLoad(ReadOnlyMemory<byte> bytes, out string problem, out bool transported)
    {
        transported = false;
        if (bytes.Length > OutsideCredentialContract.MaxDocumentBytes)
        {
            problem = $"The document is larger than {OutsideCredentialContract.MaxDocumentBytes / 1024} KiB.";
            return null;
        }

        var xml = bytes;
        if (!LooksLikeXml(bytes.Span))
        {
            xml = FromTransport(bytes.Span, out problem) ?? ReadOnlyMemory<byte>.Empty;
            if (xml.IsEmpty)
            {
                return null;
            }

            transported = true;
        }

        if (Screen(xml, out problem) is false)
        {
            return null;
        }

        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var stream = new MemoryStream(xml.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings());
            document.Load(reader);
        }
        catch (XmlException e)
        {
            problem = "The document is not well-formed XML: " + OutsideChecks.Cut(e.Message) + ".";
            return null;
        }

        problem = "";
        return document;
    }

    /// <summary>The one set of reader settings both passes use: no DTD (prohibited, so a DOCTYPE is an error rather than
    /// skipped), no resolver, characters bounded by the document limit, entity expansion bounded to nearly nothing
    /// (0 would mean unlimited; without a DTD only the predefined and character references exist, which it does not
    /// count). Processing instructions are kept: canonical XML signs those outside the root too, so dropping them would
    /// break a genuine signature, and without a DTD they carry nothing the reader acts on.</summary>
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = OutsideCredentialContract.MaxDocumentBytes,
        CloseInput = false,
    };

    /// <summary>The first pass: every node read once, depth and element count bounded, a DOCTYPE named.</summary>
    private static bool Screen(ReadOnlyMemory<byte> xml, out string problem)
    {
        var elements = 0;
        try
        {
            using var stream = new MemoryStream(xml.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, Settings());
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    problem = $"The document nests elements deeper than {MaxDepth} levels.";
                    return false;
                }

                if (reader.NodeType == XmlNodeType.Element && ++elements > MaxElements)
                {
                    problem = $"The document has more than {MaxElements} elements.";
                    return false;
                }
            }
        }
        catch (XmlException e)
        {
            problem = e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase)
                ? "The document has a DOCTYPE (a DTD); ELMO needs none and this hub never processes one, so entities cannot be declared or expanded."
                : e.Message.Contains("entity", StringComparison.OrdinalIgnoreCase)
                    ? "The document uses an entity this hub does not expand: " + OutsideChecks.Cut(e.Message) + "."
                    : "The document is not well-formed XML: " + OutsideChecks.Cut(e.Message) + ".";
            return false;
        }

        problem = "";
        return true;
    }

    /// <summary>A UTF-16 byte order mark (the XML reader takes the encoding from it), or an optional UTF-8 BOM, then
    /// whitespace, then "&lt;".</summary>
    private static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i < bytes.Length && bytes[i] == (byte)'<';
    }

    /// <summary>EMREX 1 posts the ELMO as base64(gzip(xml)); the decompressed XML is bounded like any document.</summary>
    private static byte[]? FromTransport(ReadOnlySpan<byte> bytes, out string problem)
    {
        byte[] compressed;
        try
        {
            compressed = Convert.FromBase64String(Encoding.ASCII.GetString(bytes).Trim());
        }
        catch (FormatException)
        {
            problem = "The document is neither XML nor the EMREX transport form (base64 of gzipped XML).";
            return null;
        }

        if (compressed.Length < 2 || compressed[0] != 0x1f || compressed[1] != 0x8b)
        {
            problem = "The document is base64 but not of gzipped data, as the EMREX transport form is.";
            return null;
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > OutsideCredentialContract.MaxDocumentBytes)
                {
                    problem = $"The EMREX transport form decompresses to more than {OutsideCredentialContract.MaxDocumentBytes / 1024} KiB.";
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            var xml = output.ToArray();
            if (!LooksLikeXml(xml))
            {
                problem = "The EMREX transport form does not hold XML.";
                return null;
            }

            problem = "";
            return xml;
        }
        catch (InvalidDataException)
        {
            problem = "The EMREX transport form's gzip data is corrupt.";
            return null;
        }
    }
}
