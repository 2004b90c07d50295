using System.Text;
using Exchange.Hub.Mapping;

namespace Exchange.Hub.Web.Verification;

/// <summary>
/// A credential document given on a form, as an uploaded file or as pasted text (every format read is text): the bytes, or
/// the one message (an English key) to show by the field. The request may be a little larger than the document
/// limit, so a file just over it is told so by its field rather than cut off by the server.
/// </summary>
public static class CredentialFileInput
{
    /// <summary>The largest request a form carrying a document may be: the document's limit and room for the rest.</summary>
    public const int MaxRequestBytes = 2 * OutsideCredentialContract.MaxDocumentBytes;

    public const string Missing = "Choose the credential file, or paste its text.";

    public const string TooLarge = "The credential file is larger than 1 MiB; this hub reads none that large.";

    public const string Both = "Choose a file or paste its text, not both.";

    public const string Unrecognised = "This is not a credential file this hub reads: an Open Badge or verifiable credential (.jwt, or .json with a proof), a European Digital Credential (.json) or an ELMO transcript (.xml).";

    public static async Task<(byte[]? Document, string? Error)> ReadAsync(IFormFile? file, string? text, CancellationToken cancellationToken)
    {
        var hasFile = file is { Length: > 0 };
        var pasted = text?.Trim() ?? "";
        if (hasFile && pasted.Length > 0)
        {
            return (null, Both);
        }

        if (hasFile)
        {
            if (file!.Length > OutsideCredentialContract.MaxDocumentBytes)
            {
                return (null, TooLarge);
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            return (buffer.ToArray(), null);
        }

        if (pasted.Length == 0)
        {
            return (null, Missing);
        }

        var bytes = Encoding.UTF8.GetBytes(pasted);
        return bytes.Length > OutsideCredentialContract.MaxDocumentBytes ? (null, TooLarge) : (bytes, null);
    }
}

/// <summary>What the credential file form shows again: its error and the text that was pasted.</summary>
public sealed record CredentialFileFormModel(string? Error, string? Text);
