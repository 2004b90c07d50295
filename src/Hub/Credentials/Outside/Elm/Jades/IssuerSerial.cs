using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Exchange.Hub.Credentials.Outside.Elm.Jades;

/// <summary>
/// A JAdES kid: the base64 DER of an IssuerSerial (RFC 5035; ETSI TS 119 182-1 §5.1.4),
/// <c>SEQUENCE { issuer GeneralNames, serialNumber INTEGER }</c>, naming the signing certificate by its issuer's
/// distinguished name and its serial number.
/// </summary>
public sealed record IssuerSerial(X500DistinguishedName Issuer, BigInteger Serial)
{
    /// <summary>The IssuerSerial <paramref name="kid"/> encodes, or null when it is not one (a kid may be any string
    /// in JWS; JAdES gives it this form).</summary>
    public static IssuerSerial? TryRead(string kid)
    {
        ArgumentNullException.ThrowIfNull(kid);
        try
        {
            var reader = new AsnReader(Convert.FromBase64String(kid), AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var names = sequence.ReadSequence();
            var serial = sequence.ReadInteger();
            sequence.ThrowIfNotEmpty();
            while (names.HasData)
            {
                // GeneralName directoryName [4] EXPLICIT Name; other forms of name do not name a certificate issuer.
                var tag = names.PeekTag();
                if (tag.HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 4)))
                {
                    var directory = names.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true));
                    var name = directory.ReadEncodedValue();
                    directory.ThrowIfNotEmpty();
                    return new IssuerSerial(new X500DistinguishedName(name.Span), serial);
                }

                names.ReadEncodedValue();
            }

            return null;
        }
        catch (Exception e) when (e is FormatException or AsnContentException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Whether this names <paramref name="certificate"/>: same serial, same issuer name (by its DER, else by
    /// its RFC 2253 form, as encoders differ in string types).</summary>
    public bool Names(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var serial = new BigInteger(certificate.SerialNumberBytes.Span, isUnsigned: true, isBigEndian: true);
        return serial == Serial
            && (Issuer.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData)
                || string.Equals(Issuer.Format(false), certificate.IssuerName.Format(false), StringComparison.OrdinalIgnoreCase));
    }
}
