using Exchange.Contracts.V1;

namespace Exchange.Hub.Web.Learner;

/// <summary>A workload as stated: the amount (a range when the issuer gave an upper bound) and its unit's label (a
/// translation key). The amount stays as the issuer wrote it, so no rounding changes what the credential says.</summary>
public sealed record WorkloadText(string Amount, string Unit)
{
    public static WorkloadText? Of(Workload? workload) =>
        workload is null || workload.Amount.Length == 0
            ? null
            : new WorkloadText(workload.AmountUpper.Length > 0 ? $"{workload.Amount}–{workload.AmountUpper}" : workload.Amount, CredentialLabels.Of(workload.Unit));
}
