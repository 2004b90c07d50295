using Exchange.Hub.Errors;

namespace Exchange.Hub.Web.Console;

/// <summary>
/// The messages a console form shows next to its fields, keyed by the API's field names (<c>decision.remedies</c>,
/// <c>members</c>, <c>expected_version</c>), so the page says the same thing the API says about the same field. A
/// message without a field (key <see cref="Form"/>) belongs to the whole form.
/// </summary>
public sealed class FieldMessages
{
    /// <summary>The key of messages about the whole form rather than one field.</summary>
    public const string Form = "";

    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    /// <summary>How many messages there are, over every field.</summary>
    public int Count => _byField.Values.Sum(l => l.Count);

    public IEnumerable<string> Fields => _byField.Keys;

    public FieldMessages Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        list.Add(message);
        return this;
    }

    public FieldMessages AddAll(IEnumerable<(string Field, string Problem)> problems)
    {
        foreach (var (field, problem) in problems)
        {
            Add(field, problem);
        }

        return this;
    }

    /// <summary>A refusal of the case, shown next to the field it names (or above the form when it names none the
    /// form has).</summary>
    public FieldMessages Add(HubException refusal, IReadOnlySet<string> formFields) =>
        Add(refusal.Field is { } field && formFields.Contains(field) ? field : Form, refusal.Message);

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var list) ? list : [];

    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The HTML id of the input (or group) of a field, e.g. <c>decision-compensatory-measures-0-workload</c>, so
    /// the error summary links to it.</summary>
    public static string AnchorFor(string field) =>
        field.Replace('.', '-').Replace('_', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    /// <summary>The id of the element that holds a field's messages, for <c>aria-describedby</c>.</summary>
    public static string IdFor(string field) =>
        "msg-" + (field.Length == 0 ? "form" : new string([.. field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]));
}
