namespace Exchange.Hub.Errors;

/// <summary>
/// A refusal the hub explains: raised by grains and services for user mistakes and broken rules, never for bugs.
/// <see cref="Reason"/> is a stable machine-readable code (e.g. <c>CASE_NOT_IN_REVIEW</c>); <see cref="Field"/>
/// names the offending request field when there is one.
/// </summary>
[GenerateSerializer, Alias("exchange.HubException")]
public sealed class HubException : Exception
{
    public HubException(ErrorKind kind, string reason, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Reason = reason;
        Field = field;
    }

    public HubException()
    {
    }

    public HubException(string message)
        : base(message)
    {
    }

    public HubException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    [Id(0)]
    public ErrorKind Kind { get; private set; } = ErrorKind.FailedPrecondition;

    [Id(1)]
    public string Reason { get; private set; } = "UNSPECIFIED";

    [Id(2)]
    public string? Field { get; private set; }
}
