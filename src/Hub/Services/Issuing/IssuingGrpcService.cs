using System.Text.RegularExpressions;
using Exchange.Contracts.V1;
using Exchange.Hub.Credentials;
using Exchange.Hub.Credentials.Export;
using Exchange.Hub.Credentials.Issuing;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Exchange.Hub.Web.Sharing;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Services.Issuing;

/// <summary>Issuing side of the hub: institutions issue and revoke, learners read and share their own credentials.</summary>
internal sealed partial class IssuingGrpcService(IGrainFactory grains, CredentialIssuer issuer, OpenBadgeExport export, IOptions<HubOptions> options, ShareLinkAddresses links, TimeProvider time)
    : IssuingService.IssuingServiceBase
{
    [Authorize(Policy = HubPolicies.Institution)]
    public override async Task<IssuedCredential> IssueCredential(IssueCredentialRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.InstitutionId, "institution_id");
        if (!IdempotencyKey().IsMatch(request.IdempotencyKey))
        {
            violations.Add("idempotency_key", "idempotency_key is required: 1-128 printable ASCII characters.");
        }

        switch (request.SourceCase)
        {
            case IssueCredentialRequest.SourceOneofCase.Credential:
                if (request.Credential.Kind == CredentialKind.Unspecified)
                {
                    violations.Add("credential.kind", "The kind of credential is required.");
                }

                if (request.Credential.AwardingBodies.FirstOrDefault() is { OrganisationId.Length: > 0 } body && body.OrganisationId != request.InstitutionId)
                {
                    violations.Add("credential.awarding_bodies[0].organisation_id", "The first awarding body must be the issuing institution.");
                }

                if (request.Credential.NotionalWorkload is { Amount.Length: > 0 } w && !DecimalString.IsValid(w.Amount))
                {
                    violations.Add("credential.notional_workload.amount", "The amount must be a decimal string such as 7.5.");
                }

                GradeTableContract.Validate(request.Credential.Grade?.IssuerBandTable, "credential.grade.issuer_band_table", violations);
                WorkloadNumbers(violations, request.Credential);

                break;
            case IssueCredentialRequest.SourceOneofCase.InstitutionSignedEnvelope:
                if (request.InstitutionSignedEnvelope.HeaderBytes.IsEmpty || request.InstitutionSignedEnvelope.Payload.IsEmpty)
                {
                    violations.Add("institution_signed_envelope", "header_bytes and payload are required.");
                }

                break;
            default:
                violations.Add("credential", "Give either a credential record or an institution-signed envelope.");
                break;
        }

        violations.ThrowIfAny();
        CallerIdentity.From(context).RequireInstitutionOrAdmin(request.InstitutionId);
        var issued = await issuer.IssueAsync(request, context.CancellationToken);
        return IssuingContract.ToContract(issued, withLearner: true);
    }

    // Amounts the rules would otherwise drop as unreadable: a range's upper bound and each part's amounts. Whether a
    // part's component is one the credit tables know is the rules' validation (credential.workload_components[i].component).
    private static void WorkloadNumbers(FieldViolations violations, Credential credential)
    {
        if (credential.NotionalWorkload is { AmountUpper.Length: > 0 } total && !DecimalString.IsValid(total.AmountUpper))
        {
            violations.Add("credential.notional_workload.amount_upper", "The upper bound must be a decimal string such as 7.5.");
        }

        for (var i = 0; i < credential.WorkloadComponents.Count; i++)
        {
            var part = credential.WorkloadComponents[i];
            var at = $"credential.workload_components[{i}]";
            if (!DecimalString.IsValid(part.Amount))
            {
                violations.Add(at + ".amount", "The amount must be a decimal string such as 7.5.");
            }

            if (part.AmountUpper.Length > 0 && !DecimalString.IsValid(part.AmountUpper))
            {
                violations.Add(at + ".amount_upper", "The upper bound must be a decimal string such as 7.5.");
            }
        }
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<IssuedCredential> GetCredential(GetCredentialRequest request, ServerCallContext context)
    {
        new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id").ThrowIfAny();
        await RequireReadableAsync(request.CredentialId, CallerIdentity.From(context), context.CancellationToken);
        return IssuingContract.ToContract(await grains.Keyed<ICredentialGrain>(request.CredentialId).GetWithRecognitionsAsync(context.CancellationToken), withLearner: true);
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<ListCredentialsResponse> ListCredentials(ListCredentialsRequest request, ServerCallContext context)
    {
        var caller = CallerIdentity.From(context);
        IReadOnlyList<string> ids;
        if (caller.IsLearner)
        {
            RequireSame(request.LearnerId, caller.LearnerId, "learner_id", "Learners see only their own credentials.");
            ids = await grains.Keyed<ILearnerCredentialsGrain>(caller.LearnerId!).ListAsync(context.CancellationToken);
        }
        else if (caller.IsInstitution)
        {
            RequireSame(request.InstitutionId, caller.InstitutionId, "institution_id", "Institutions see only their own credentials.");
            ids = await InstitutionCredentialIdsAsync([caller.InstitutionId!], context.CancellationToken);
        }
        else if (caller.IsAdmin)
        {
            ids = request.LearnerId.Length > 0 ? await grains.Keyed<ILearnerCredentialsGrain>(request.LearnerId).ListAsync(context.CancellationToken)
                : request.InstitutionId.Length > 0 ? await InstitutionCredentialIdsAsync([request.InstitutionId], context.CancellationToken)
                : await InstitutionCredentialIdsAsync((await grains.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key).ListAsync(context.CancellationToken)).Select(i => i.InstitutionId), context.CancellationToken);
        }
        else
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only administrators, institutions and learners list credentials.");
        }

        var views = await Task.WhenAll(ids.Select(id => grains.Keyed<ICredentialGrain>(id).GetAsync(context.CancellationToken)));
        var matching = views.OfType<IssuedCredentialView>()
            .Where(v => request.InstitutionId.Length == 0 || v.Issued.InstitutionId == request.InstitutionId)
            .Where(v => request.LearnerId.Length == 0 || v.Issued.LearnerId == request.LearnerId)
            .Where(v => request.Status == CredentialStatus.Unspecified || CredentialEnums.ToProto(v.Status.State) == request.Status)
            .OrderByDescending(v => v.Issued.IssuedAt).ThenBy(v => v.Issued.CredentialId, StringComparer.Ordinal)
            .ToList();
        var (page, response) = QueryPaging.Slice(matching, request.Page, $"cred|{caller.Subject}|{request.InstitutionId}|{request.LearnerId}|{request.Status}");
        var result = new ListCredentialsResponse { Page = response };
        var withRecognitions = await Task.WhenAll(page.Select(v => grains.Keyed<ICredentialGrain>(v.Issued.CredentialId).GetWithRecognitionsAsync(context.CancellationToken)));
        result.Credentials.AddRange(withRecognitions.Select(v => IssuingContract.ToContract(v, withLearner: true)));
        return result;
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<RevocationStatus> RevokeCredential(RevokeCredentialRequest request, ServerCallContext context)
    {
        new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id").Required(request.ReasonCode, "reason_code").ThrowIfAny();
        var view = await RequireAsync(request.CredentialId, context.CancellationToken);
        CallerIdentity.From(context).RequireInstitutionOrAdmin(view.Issued.InstitutionId);
        var status = await grains.Keyed<ICredentialGrain>(request.CredentialId).RevokeAsync(request.ReasonCode, RegistryContract.Texts(request.Reason), context.CancellationToken);
        return IssuingContract.ToContract(status);
    }

    [AllowAnonymous]
    public override async Task<RevocationStatus> GetRevocationStatus(GetRevocationStatusRequest request, ServerCallContext context)
    {
        new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id").ThrowIfAny();
        return IssuingContract.ToContract(await grains.Keyed<ICredentialGrain>(request.CredentialId).GetStatusAsync(context.CancellationToken));
    }

    [Authorize(Policy = HubPolicies.Learner)]
    public override async Task<ShareGrant> CreateShareGrant(CreateShareGrantRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id");
        if (request.ExpiresAt is null)
        {
            violations.Add("expires_at", "expires_at is required.");
        }

        if (request.RecipientHubId.Length > 0 && !HubId().IsMatch(request.RecipientHubId))
        {
            violations.Add("recipient_hub_id", "recipient_hub_id must be a hub id such as hub-kz.");
        }

        violations.ThrowIfAny();
        var view = await RequireAsync(request.CredentialId, context.CancellationToken);
        var caller = CallerIdentity.From(context);
        if (view.Issued.LearnerId != caller.LearnerId)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only the learner the credential was issued to may share it.");
        }

        var created = await grains.Keyed<ICredentialGrain>(request.CredentialId)
            .CreateShareGrantAsync(request.ExpiresAt!.ToDateTimeOffset(), request.RecipientHubId, request.RecipientInstitutionId, context.CancellationToken);
        var grant = IssuingContract.ToContract(created.Grant, request.CredentialId, time.GetUtcNow());
        grant.ShareCode = created.ShareCode;
        // On the recipient hub's pages when the grant names one, so the university opens it where it is signed in.
        grant.ShareUrl = links.LinkFor(new ShareLink(options.Value.HubId, request.CredentialId, created.ShareCode), request.RecipientHubId).AbsoluteUri;
        return grant;
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<ListShareGrantsResponse> ListShareGrants(ListShareGrantsRequest request, ServerCallContext context)
    {
        new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id").ThrowIfAny();
        await RequireReadableAsync(request.CredentialId, CallerIdentity.From(context), context.CancellationToken);
        var grants = await grains.Keyed<ICredentialGrain>(request.CredentialId).ListShareGrantsAsync(request.IncludeInactive, context.CancellationToken);
        var response = new ListShareGrantsResponse();
        response.Grants.AddRange(grants.Select(g => IssuingContract.ToContract(g, request.CredentialId, time.GetUtcNow())));
        return response;
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<ShareGrant> RevokeShareGrant(RevokeShareGrantRequest request, ServerCallContext context)
    {
        new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id").Required(request.ShareId, "share_id").ThrowIfAny();
        await RequireReadableAsync(request.CredentialId, CallerIdentity.From(context), context.CancellationToken);
        var grant = await grains.Keyed<ICredentialGrain>(request.CredentialId).RevokeShareGrantAsync(request.ShareId, context.CancellationToken);
        return IssuingContract.ToContract(grant, request.CredentialId, time.GetUtcNow());
    }

    [Authorize(Policy = HubPolicies.Authenticated)]
    public override async Task<ExportCredentialResponse> ExportCredential(ExportCredentialRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().CheckCredentialId(request.CredentialId, "credential_id");
        if (request.Format == ContentType.Unspecified)
        {
            violations.Add("format", "format is required; VC_JWT is supported.");
        }

        violations.ThrowIfAny();
        var view = await RequireReadableAsync(request.CredentialId, CallerIdentity.From(context), context.CancellationToken);
        if (view.Status.State == CredentialState.Revoked)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "CREDENTIAL_REVOKED", "A revoked credential is not exported.");
        }

        if (request.Format != ContentType.VcJwt)
        {
            throw new HubException(ErrorKind.FailedPrecondition, "UNSUPPORTED_FORMAT", $"This hub exports VC_JWT only, not {request.Format}.", "format");
        }

        return new ExportCredentialResponse
        {
            Format = ContentType.VcJwt,
            MediaType = OpenBadgeExport.MediaType,
            Document = ByteString.CopyFromUtf8(await export.ExportAsync(view, context.CancellationToken)),
        };
    }

    private async Task<IReadOnlyList<string>> InstitutionCredentialIdsAsync(IEnumerable<string> institutions, CancellationToken cancellationToken)
    {
        var lists = await Task.WhenAll(institutions.Select(i => grains.Keyed<IOpenRegistryGrain>(i).ListAsync(cancellationToken)));
        return [.. lists.SelectMany(l => l).Select(i => i.Entry.CredentialId)];
    }

    private async Task<IssuedCredentialView> RequireAsync(string credentialId, CancellationToken cancellationToken) =>
        await grains.Keyed<ICredentialGrain>(credentialId).GetAsync(cancellationToken)
        ?? throw new HubException(ErrorKind.NotFound, "CREDENTIAL_NOT_FOUND", $"No credential {credentialId} was issued here.", "credential_id");

    /// <summary>The issuing institution, the learner it was issued to and administrators may read a credential.</summary>
    private async Task<IssuedCredentialView> RequireReadableAsync(string credentialId, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var view = await RequireAsync(credentialId, cancellationToken);
        var allowed = caller.IsAdmin
            || (caller.IsInstitution && caller.InstitutionId == view.Issued.InstitutionId)
            || (caller.IsLearner && caller.LearnerId == view.Issued.LearnerId);
        return allowed ? view : throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "Only the issuer, the learner and administrators may read this credential.");
    }

    private static void RequireSame(string requested, string? own, string field, string message)
    {
        if (requested.Length > 0 && requested != own)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", message, field);
        }
    }

    [GeneratedRegex("^[\\x21-\\x7E]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdempotencyKey();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex HubId();
}
