namespace Exchange.Hub.Credentials.Outside.Elm;

/// <summary>What the Adapters' model has no element for, kept as further information, one statement a line.</summary>
public sealed class ElmNotes
{
    private readonly List<string> _lines = [];

    public void Add(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            _lines.Add(line);
        }
    }

    public string? Text => _lines.Count > 0 ? string.Join("\n", _lines) : null;
}
