using Exchange.Adapters.Common;

namespace Exchange.Adapters.Grades;

/// <summary>A text about a grade conversion: message key (topic "grade"), English text and named arguments.</summary>
public sealed record GradeMessage(string Key, string English, IReadOnlyList<MessageArgument> Arguments);
