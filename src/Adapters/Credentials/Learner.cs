namespace Exchange.Adapters.Credentials;

/// <summary>The holder (EU element 1; Latvia: holder's personal data).</summary>
public sealed record Learner(string Identifier, string FullName, DateOnly? DateOfBirth = null);
