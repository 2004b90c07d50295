using Exchange.Hub.Grains.Recognition;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Exchange.Hub.Web.Console;
using Google.Rpc;
using Grpc.Core;
using V1 = Exchange.Contracts.V1;

namespace Exchange.Hub.Web.University;

/// <summary>
/// The API's validation of a recognition request, run on the form's request: the input policy every API request passes
/// (<see cref="InputPolicy"/>: lengths, refused characters) and <see cref="RecognitionRequestMapper"/>, which turns it
/// into the case's submission. Each violation goes next to the form field it concerns (<see cref="SubmitFields"/>),
/// unless the form already says something about that field in its own words.
/// </summary>
public static class SubmitValidation
{
    /// <returns>The submission for the case grain, or null when <paramref name="messages"/> holds a problem.</returns>
    public static CaseSubmission? Validate(V1.RecognitionRequest request, InputPolicy policy, FieldMessages messages, bool programme)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(messages);
        var fromForm = new HashSet<string>(messages.Fields, StringComparer.Ordinal);
        var input = policy.Check(new V1.SubmitRecognitionRequestRequest { Request = request });
        Add(input.ToBadRequest(), messages, fromForm, programme);
        CaseSubmission? submission = null;
        try
        {
            submission = RecognitionRequestMapper.ToSubmission(request);
        }
        catch (RpcException refused) when (refused.GetRpcStatus()?.GetDetail<BadRequest>() is { } bad)
        {
            Add(bad, messages, fromForm, programme);
        }

        return messages.Any ? null : submission;
    }

    private static void Add(BadRequest violations, FieldMessages messages, HashSet<string> fromForm, bool programme)
    {
        foreach (var violation in violations.FieldViolations)
        {
            var field = SubmitFields.Of(violation.Field, programme);
            if (!fromForm.Contains(field) && !messages.For(field).Contains(violation.Description))
            {
                messages.Add(field, violation.Description);
            }
        }
    }
}
