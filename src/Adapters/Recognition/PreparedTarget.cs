using Exchange.Adapters.Text;

namespace Exchange.Adapters.Recognition;

/// <summary>
/// A target with its outcome texts normalised once. Hubs prepare a target when it is loaded and reuse
/// it for every assessment against it.
/// </summary>
public sealed class PreparedTarget
{
    public PreparedTarget(RecognitionTarget target, TextNormaliser normaliser)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        Outcomes = new PreparedOutcomes(target.Outcomes, normaliser);
    }

    public RecognitionTarget Target { get; }

    public PreparedOutcomes Outcomes { get; }
}
