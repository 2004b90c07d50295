using Google.Rpc;
using Grpc.Core;

namespace Exchange.Hub.Rpc;

/// <summary>
/// Collects every problem with a request before answering, so a client learns all its mistakes in one
/// <c>InvalidArgument</c> reply (google.rpc.BadRequest field violations) instead of one per round trip.
/// </summary>
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return this;
    }

    public FieldViolations Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, $"{field} is required.") : this;

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }

    /// <summary>Every violation as "field: description", for answers that carry text rather than a gRPC status.</summary>
    public string Describe() => string.Join(" ", _violations.Select(v => $"{v.Field}: {v.Description}"));

    public RpcException ToException()
    {
        var summary = _violations.Count == 1
            ? _violations[0].Description
            : $"{_violations.Count} fields are invalid: {string.Join(", ", _violations.Select(v => v.Field))}.";
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = summary,
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(ToBadRequest()) },
        };
        return status.ToRpcException();
    }

    /// <summary>The violations as the google.rpc detail, for refusals that carry more than the field violations.</summary>
    public BadRequest ToBadRequest() => new() { FieldViolations = { _violations } };
}
