namespace Exchange.Hub.Credentials.Outside.Elmo;

/// <summary>
/// The XMLDSig algorithms this hub accepts on an ELMO signature, and the words for the ones it refuses: RSA PKCS#1
/// v1.5 and ECDSA with SHA-256/384/512, digests SHA-256/384/512, C14N 1.0 or exclusive C14N (with or without
/// comments). SHA-1 (rsa-sha1, the digest sha1, dsa-sha1, ecdsa-sha1) is refused by policy although .NET's SignedXml
/// still verifies it; shared-secret MACs prove nothing about an issuer; the rest is refused as not verified here.
/// </summary>
public static class XmlSignatureAlgorithms
{
    public const string Dsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string EnvelopedSignature = Dsig + "enveloped-signature";

    public static readonly IReadOnlyDictionary<string, string> Canonicalizations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["http://www.w3.org/TR/2001/REC-xml-c14n-20010315"] = "C14N 1.0",
        ["http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"] = "C14N 1.0 with comments",
        ["http://www.w3.org/2001/10/xml-exc-c14n#"] = "exclusive C14N",
        ["http://www.w3.org/2001/10/xml-exc-c14n#WithComments"] = "exclusive C14N with comments",
    };

    /// <summary>Signature methods: short name and key family.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, KeyFamily Family)> Signatures = new Dictionary<string, (string, KeyFamily)>(StringComparer.Ordinal)
    {
        ["http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"] = ("RSA-SHA256", KeyFamily.Rsa),
        ["http://www.w3.org/2001/04/xmldsig-more#rsa-sha384"] = ("RSA-SHA384", KeyFamily.Rsa),
        ["http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"] = ("RSA-SHA512", KeyFamily.Rsa),
        [EcdsaSignatureDescription.Sha256] = ("ECDSA-SHA256", KeyFamily.Ecdsa),
        [EcdsaSignatureDescription.Sha384] = ("ECDSA-SHA384", KeyFamily.Ecdsa),
        [EcdsaSignatureDescription.Sha512] = ("ECDSA-SHA512", KeyFamily.Ecdsa),
    };

    public static readonly IReadOnlyDictionary<string, string> Digests = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["http://www.w3.org/2001/04/xmlenc#sha256"] = "SHA-256",
        ["http://www.w3.org/2001/04/xmldsig-more#sha384"] = "SHA-384",
        ["http://www.w3.org/2001/04/xmlenc#sha512"] = "SHA-512",
    };

    /// <summary>Transforms refused by name: they let a signature cover something other than the document as sent.</summary>
    public static readonly IReadOnlyDictionary<string, string> RefusedTransforms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["http://www.w3.org/TR/1999/REC-xslt-19991116"] = "XSLT",
        ["http://www.w3.org/TR/1999/REC-xpath-19991116"] = "XPath",
        ["http://www.w3.org/2002/06/xmldsig-filter2"] = "XPath Filter 2.0",
        [Dsig + "base64"] = "base64",
        ["http://www.w3.org/2002/07/decrypt#XML"] = "decryption",
    };

    /// <summary>Why an algorithm URI outside the accepted sets is refused, naming it.</summary>
    public static string Refusal(string what, string uri)
    {
        var shown = OutsideChecks.Cut(uri, 100);
        var tail = uri.Contains('#', StringComparison.Ordinal) ? uri[(uri.LastIndexOf('#') + 1)..] : uri;
        if (tail.Contains("sha1", StringComparison.OrdinalIgnoreCase) || tail.Contains("md5", StringComparison.OrdinalIgnoreCase))
        {
            return $"The {what} is {OutsideChecks.Cut(tail, 40)} ({shown}): SHA-1 and MD5 are refused by policy, since collisions can be made for them.";
        }

        return tail.Contains("hmac", StringComparison.OrdinalIgnoreCase)
            ? $"The {what} is {OutsideChecks.Cut(tail, 40)} ({shown}), a shared-secret MAC, which no issuer's public key can check."
            : $"The {what} {shown} is not one this hub verifies (RSA or ECDSA with SHA-256/384/512).";
    }
}

/// <summary>The kind of public key a signature method needs.</summary>
public enum KeyFamily
{
    Rsa,
    Ecdsa,
}
