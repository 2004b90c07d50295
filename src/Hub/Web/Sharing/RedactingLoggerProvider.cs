namespace Exchange.Hub.Web.Sharing;

/// <summary>A logger provider in front of another: messages, structured values, exceptions and scopes pass through
/// <see cref="LogRedactor"/> before the inner provider writes them. Lines without a code pass unchanged.</summary>
internal static class RedactingLoggerProvider
{
    /// <summary>Keeps the inner provider's way of holding scopes: the factory's shared scopes when it takes them.</summary>
    public static ILoggerProvider Around(ILoggerProvider inner, LogRedactor redactor) =>
        inner is ISupportExternalScope ? new WithExternalScopes(inner, redactor) : new WithOwnScopes(inner, redactor);

    private sealed class WithOwnScopes(ILoggerProvider inner, LogRedactor redactor) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

        public void Dispose() => inner.Dispose();
    }

    private sealed class WithExternalScopes(ILoggerProvider inner, LogRedactor redactor) : ILoggerProvider, ISupportExternalScope
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) =>
            ((ISupportExternalScope)inner).SetScopeProvider(new RedactingScopes(scopeProvider, redactor));

        public void Dispose() => inner.Dispose();
    }

    private sealed class RedactingScopes(IExternalScopeProvider inner, LogRedactor redactor) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope((scope, s) => callback(redactor.Value(scope), s), state);

        public IDisposable Push(object? state) => inner.Push(state);
    }

    private sealed class RedactingLogger(ILogger inner, LogRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(redactor.Value(state) ?? state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
            {
                return;
            }

            var message = formatter(state, exception);
            var failure = exception is not null && redactor.Needs(exception.ToString()) ? new RedactedException(redactor.Redact(exception.ToString())) : exception;
            var pairs = state as IEnumerable<KeyValuePair<string, object?>>;
            var values = pairs is null ? null : redactor.Pairs(pairs, message);
            if (!redactor.Needs(message) && ReferenceEquals(values, pairs) && ReferenceEquals(failure, exception))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            var text = redactor.Redact(message);
            inner.Log(logLevel, eventId, values ?? text, failure, (_, _) => text);
        }
    }

    /// <summary>An exception whose text showed a code: its masked text (type, message and stack) in its place.</summary>
    private sealed class RedactedException(string text) : Exception(text)
    {
        public override string? StackTrace => null;

        public override string ToString() => Message;
    }
}
