namespace Exchange.Hub.Web.Console.Decisions;

/// <summary>What the shared decision fields render: the form, its messages, the API's field prefix
/// (<c>decision</c> or <c>proposal</c>) and the form's binding prefix (<c>Form</c> or <c>Form.Proposal</c>).</summary>
public sealed record DecisionFieldsModel(DecisionForm Form, FieldMessages Messages, string Prefix, string NamePrefix)
{
    /// <summary>The API field name of one of the form's fields, e.g. <c>decision.remedies</c>.</summary>
    public string Field(string name) => Prefix + "." + name;

    /// <summary>The HTML id of one of the form's inputs.</summary>
    public string Id(string name) => FieldMessages.AnchorFor(Field(name));

    /// <summary>The <c>aria-describedby</c> of an input: its hint (if any) and its messages (if any).</summary>
    public string? DescribedBy(string name, bool hasHint = true)
    {
        var ids = new List<string>();
        if (hasHint)
        {
            ids.Add(Id(name) + "-hint");
        }

        if (Messages.Has(Field(name)))
        {
            ids.Add(FieldMessages.IdFor(Field(name)));
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
