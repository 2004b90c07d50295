using System.IO.Compression;
using System.Text;

namespace Exchange.Hub.Web.University;

/// <summary>
/// The text a credential file travels in through the university's form, which carries it as text so that a refused
/// form shows it again: the file itself when it is UTF-8, as JSON and compact JWS always are; an XML file in another
/// encoding (an ELMO written in UTF-16 or ISO-8859-1) as EMREX's transport form, base64 of the gzipped bytes, which
/// the ELMO reader takes and which keeps every byte the signature covers — decoding such a file as UTF-8 would have
/// replaced the characters it signs.
/// </summary>
public static class CredentialFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Of(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return StrictUtf8.GetString(file);
        }
        catch (DecoderFallbackException) when (LooksLikeXml(file))
        {
            return Transport(file);
        }
        catch (DecoderFallbackException)
        {
            // Not a credential file of any format the hub reads: the form's format check names that.
            return Encoding.UTF8.GetString(file);
        }
    }

    /// <summary>A UTF-16 byte order mark, or "&lt;" as the first byte after ASCII whitespace.</summary>
    private static bool LooksLikeXml(byte[] file)
    {
        if (file is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return true;
        }

        var first = Array.FindIndex(file, b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'));
        return first >= 0 && file[first] == (byte)'<';
    }

    private static string Transport(byte[] file)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(file);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }
}
