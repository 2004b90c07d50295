using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Outside;
using Exchange.Hub.Rpc;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Mapping;

/// <summary>
/// Reads an <see cref="V1.OutsideCredential"/> of a request into a <see cref="CredentialByDocument"/>: the formats this
/// hub imports (VC-JWT, Data Integrity JSON-LD, JAdES-sealed EDC, ELMO XML) and a document of at most <see cref="MaxDocumentBytes"/>; every problem is a field
/// violation under <c>{field}.format</c> or <c>{field}.document</c>.
/// </summary>
public static class OutsideCredentialContract
{
    /// <summary>The largest document the hub reads: an Open Badge with an embedded image stays well below it, and
    /// nothing larger is parsed or stored.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>The formats the request may name.</summary>
    public static readonly IReadOnlySet<OutsideFormat> Accepted = new HashSet<OutsideFormat>(Enum.GetValues<OutsideFormat>());

    /// <summary>The words of a refused format: the formats the request may name, each with what it is.</summary>
    public const string FormatProblem = "This hub reads outside credentials as CONTENT_TYPE_VC_JWT (an Open Badge or VC as a compact JWS), "
        + "CONTENT_TYPE_VC_JSON_LD (an Open Badge or VC with an embedded eddsa-rdfc-2022 Data Integrity proof), "
        + "CONTENT_TYPE_ELM_JADES (a European Digital Credential sealed with JAdES) or CONTENT_TYPE_EMREX_ELMO_XMLDSIG (an EMREX ELMO XML file).";

    public static CredentialByDocument? ToDomain(V1.OutsideCredential? outside, string field, FieldViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (outside is null)
        {
            violations.Add(field, $"{field} is required.");
            return null;
        }

        var format = (OutsideFormat)(int)outside.Format;
        var valid = true;
        if (!Enum.IsDefined(format) || !Accepted.Contains(format))
        {
            violations.Add(field + ".format", FormatProblem);
            valid = false;
        }

        if (DocumentProblem(outside.Document.Length) is { } problem)
        {
            violations.Add(field + ".document", problem);
            valid = false;
        }

        return valid ? new CredentialByDocument(format, outside.Document.ToByteArray()) : null;
    }

    /// <summary>Why a document of <paramref name="length"/> bytes is refused, or null.</summary>
    public static string? DocumentProblem(long length) => length switch
    {
        0 => "The credential document is empty.",
        > MaxDocumentBytes => $"The credential document is larger than {MaxDocumentBytes / 1024} KiB.",
        _ => null,
    };
}
