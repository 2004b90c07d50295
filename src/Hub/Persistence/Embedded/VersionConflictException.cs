namespace Exchange.Hub.Persistence.Embedded;

/// <summary>The stored version was not the one the writer expected: another activation wrote first.</summary>
public sealed class VersionConflictException : Exception
{
    public VersionConflictException(string message)
        : base(message)
    {
    }

    public VersionConflictException()
    {
    }

    public VersionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
