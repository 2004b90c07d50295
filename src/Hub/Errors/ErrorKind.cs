namespace Exchange.Hub.Errors;

/// <summary>What went wrong, in terms a caller can act on; the gRPC layer maps each kind to one status code.</summary>
public enum ErrorKind
{
    InvalidArgument,
    NotFound,
    AlreadyExists,
    FailedPrecondition,
    PermissionDenied,
    Unauthenticated,
    Unavailable,
}
