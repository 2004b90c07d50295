using System.Globalization;
using Exchange.Adapters.Recognition;
using Exchange.Adapters.Recognition.Stacking;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Recognition.Stacking;
using Exchange.Hub.Mapping;
using Exchange.Hub.Web.Console;

namespace Exchange.Hub.Web.Learner;

/// <summary>
/// For each qualification a credential stacks towards, how far ALL the learner's credentials at this hub that name it
/// go (each once; revoked ones do not count), measured by the same rules a recognition case uses, against the
/// requirements this hub's registry states; a qualification the registry does not know shows "requirements unknown".
/// </summary>
public static class LearnerStackProgress
{
    public static async Task<IReadOnlyList<StackProgressView>> ForAsync(
        IssuedCredentialView shown, IReadOnlyList<IssuedCredentialView?> own, IQualificationRequirements? registry,
        DateOnly today, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(own);
        var named = CredentialToDomain.Map(CredentialSummary.Content(shown)).StacksTowards;
        if (named.Count == 0)
        {
            return [];
        }

        var counted = own.OfType<IssuedCredentialView>()
            .Where(v => v.Status.State != CredentialState.Revoked)
            .Select(v => CredentialToDomain.Map(CredentialSummary.Content(v)) with { Id = v.Issued.CredentialId })
            .ToList();
        var result = new List<StackProgressView>(named.Count);
        foreach (var id in named)
        {
            var known = registry is null ? null : await registry.FindAsync(id, [], cancellationToken);
            var progress = RecognitionRules.Default.Stacks.Calculate(id, known?.Requirements, StackProgressCalculator.Naming(id, counted), today, new Adapters.Text.MatchThresholds());
            result.Add(StackProgressView.From(CaseStackProgress.From(progress, known?.Titles ?? []), culture));
        }

        return result;
    }
}
