using Exchange.Adapters.Validation;
using Exchange.Hub.Mapping;
using Exchange.Hub.Rpc;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Credentials.Issuing;

/// <summary>INVALID_ARGUMENT for a credential lacking required elements: one field violation per element and ErrorInfo REQUIRED_ELEMENTS_INVALID.</summary>
public static class RequiredElementsViolation
{
    public const string Reason = "REQUIRED_ELEMENTS_INVALID";

    public static RpcException From(ValidationResult validation, string prefix)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(validation.Issues.Select(i => new BadRequest.Types.FieldViolation
        {
            Field = CredentialElementFields.FieldOf(i.Element, prefix),
            Description = $"{i.Element}: {i.Message} ({i.Source})",
        }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "Required elements are missing or invalid: " + string.Join(", ", validation.Issues.Select(i => i.Element)) + ".",
            Details =
            {
                Any.Pack(new ErrorInfo { Reason = Reason, Domain = ExceptionMappingInterceptor.ErrorDomain }),
                Any.Pack(badRequest),
            },
        };
        return status.ToRpcException();
    }
}
