namespace Exchange.Adapters.Text;

/// <summary>
/// Walks a text and yields each content term (folded, stop words removed, stemmed) as a span over a
/// caller-supplied buffer; the span is valid until the next <see cref="MoveNext"/>.
/// </summary>
internal ref struct TermEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _buffer;
    private readonly LanguageProfile _profile;
    private int _position;

    public TermEnumerator(ReadOnlySpan<char> text, Span<char> buffer, LanguageProfile profile)
    {
        _text = text;
        _buffer = buffer;
        _profile = profile;
        _position = 0;
        Current = default;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            while (_position < _text.Length && !char.IsLetterOrDigit(_text[_position]))
            {
                _position++;
            }

            var length = 0;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (char.IsLetterOrDigit(c))
                {
                    if (length < _buffer.Length)
                    {
                        _buffer[length++] = TextNormaliser.Fold(c);
                    }
                }
                else if (!(TextNormaliser.IsApostrophe(c) && _position + 1 < _text.Length && char.IsLetter(_text[_position + 1])))
                {
                    break;
                }

                _position++;
            }

            if (length == 0)
            {
                continue;
            }

            var word = _buffer[..length];
            if (_profile.IsStopWord(word))
            {
                continue;
            }

            // Single letters carry no content; numbers (e.g. "3D", "5G") do.
            if (length < 2 && !char.IsDigit(word[0]))
            {
                continue;
            }

            Current = word[.._profile.Stem(word)];
            return true;
        }

        return false;
    }
}
