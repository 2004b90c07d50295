using Exchange.Contracts.V1;
using Exchange.Hub.Errors;
using Exchange.Hub.Grains.Issuing;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Hosting;
using Exchange.Hub.Mapping;
using Exchange.Hub.Mapping.Enums;
using Exchange.Hub.Rpc;
using Exchange.Hub.Security;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Exchange.Hub.Services.Registry;

/// <summary>The national registry: institutions, keys, programmes (admins and institutions write) and the open registry (anyone reads).</summary>
internal sealed class RegistryGrpcService(IGrainFactory grains, IOptions<HubOptions> options, TimeProvider time) : RegistryService.RegistryServiceBase
{
    private static readonly HashSet<string> UpdatableInstitutionPaths =
        ["country_code", "name", "short_name", "kind", "roles", "legal_identity", "contacts", "web_url", "authorising_body", "authorisation_number", "active",
        "outside_issuer_ids", "certificate_roots"];

    private static readonly HashSet<string> UpdatableProgrammePaths =
    [
        "kind", "title", "purpose", "content", "learning_outcomes", "workload", "additional_workloads", "level", "equivalent_levels", "teaching_methods",
        "teaching_description", "assessment", "participation", "prerequisites", "isced_f_codes", "awarded_credential_title",
    ];

    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<Institution> CreateInstitution(CreateInstitutionRequest request, ServerCallContext context)
    {
        RegistryValidation.Institution(request.Institution, "institution").ThrowIfAny();
        await RequireOutsideIssuersFreeAsync(request.Institution, context.CancellationToken);
        var snapshot = await Institution(request.Institution.InstitutionId).CreateAsync(RegistryContract.ToProfile(request.Institution), context.CancellationToken);
        return RegistryContract.ToContract(snapshot);
    }

    [AllowAnonymous]
    public override async Task<Institution> GetInstitution(GetInstitutionRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.InstitutionId, "institution_id").ThrowIfAny();
        return RegistryContract.ToContract(await RequireInstitutionAsync(request.InstitutionId, context.CancellationToken));
    }

    [AllowAnonymous]
    public override async Task<ListInstitutionsResponse> ListInstitutions(ListInstitutionsRequest request, ServerCallContext context)
    {
        var all = await grains.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key).ListAsync(context.CancellationToken);
        var matching = all
            .Where(s => request.IncludeInactive || s.Active)
            .Where(s => request.Role == InstitutionRole.Unspecified || s.Capabilities.Contains(RegistryEnums.ToDomain(request.Role)))
            .Where(s => TextValue.AnyContains(s.Names, request.NameContains) || s.ShortName.Contains(request.NameContains, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var (page, response) = QueryPaging.Slice(matching, request.Page, $"inst|{request.Role}|{request.NameContains}|{request.IncludeInactive}");
        var snapshots = await Task.WhenAll(page.Select(s => Institution(s.InstitutionId).GetAsync(context.CancellationToken)));
        var result = new ListInstitutionsResponse { Page = response };
        result.Institutions.AddRange(snapshots.OfType<InstitutionSnapshot>().Select(RegistryContract.ToContract));
        return result;
    }

    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<Institution> UpdateInstitution(UpdateInstitutionRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        violations.Required(request.Institution?.InstitutionId, "institution.institution_id");
        MaskViolations(request.UpdateMask, UpdatableInstitutionPaths, Contracts.V1.Institution.Descriptor, violations);
        violations.ThrowIfAny();
        var current = RegistryContract.ToContract(await RequireInstitutionAsync(request.Institution!.InstitutionId, context.CancellationToken));
        request.UpdateMask.Merge(request.Institution, current, new FieldMask.MergeOptions { ReplaceMessageFields = true, ReplaceRepeatedFields = true });
        RegistryValidation.Institution(current, "institution").ThrowIfAny();
        await RequireOutsideIssuersFreeAsync(current, context.CancellationToken);
        var snapshot = await Institution(current.InstitutionId).UpdateAsync(RegistryContract.ToProfile(current), request.ExpectedVersion, context.CancellationToken);
        return RegistryContract.ToContract(snapshot);
    }

    [Authorize(Policy = HubPolicies.Admin)]
    public override async Task<Institution> RecordQualityAssurance(RecordQualityAssuranceRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.InstitutionId, "institution_id");
        if (request.Status is null)
        {
            violations.Add("status", "status is required.");
        }
        else
        {
            if (request.Status.Result == QualityAssuranceResult.Unspecified)
            {
                violations.Add("status.result", "The result of the procedure is required.");
            }

            if (RegistryValidation.FirstText(request.Status.Agency?.Name) is null)
            {
                violations.Add("status.agency.name", "The quality assurance agency is required.");
            }
        }

        violations.ThrowIfAny();
        return RegistryContract.ToContract(await Institution(request.InstitutionId).RecordQualityAssuranceAsync(request.Status!.ToByteArray(), context.CancellationToken));
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<PublicKey> AddSigningKey(AddSigningKeyRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.InstitutionId, "institution_id").Required(request.Key?.KeyId, "key.key_id");
        byte[]? spki = null;
        var key = request.Key ?? new PublicKey();
        var hasMaterial = key.SpkiDer.Length > 0 || key.Jwk.Length > 0;
        if (request.GenerateCustodialKey && hasMaterial)
        {
            violations.Add("key.spki_der", "Leave spki_der and jwk empty when the hub generates the key.");
        }
        else if (!request.GenerateCustodialKey)
        {
            spki = key.SpkiDer.Length > 0 ? key.SpkiDer.ToByteArray() : key.Jwk.Length > 0 ? JwkKeys.ToSpki(key.Jwk) : null;
            if (spki is null)
            {
                violations.Add(key.Jwk.Length > 0 ? "key.jwk" : "key.spki_der",
                    "A public key (DER SPKI or JWK: P-256, or for an institution with outside issuer ids RSA of at least 2048 bits or Ed25519) is required unless generate_custodial_key is set.");
            }
            else if (key.SpkiDer.Length > 0 && key.Jwk.Length > 0 && !spki.AsSpan().SequenceEqual(JwkKeys.ToSpki(key.Jwk) ?? []))
            {
                violations.Add("key.jwk", "spki_der and jwk describe different keys.");
            }
        }

        var notBefore = key.Validity?.NotBefore?.ToDateTimeOffset();
        var notAfter = key.Validity?.NotAfter?.ToDateTimeOffset();
        if (notBefore is not null && notAfter is not null && notAfter <= notBefore)
        {
            violations.Add("key.validity.not_after", "not_after must be after not_before.");
        }

        violations.ThrowIfAny();
        CallerIdentity.From(context).RequireInstitutionOrAdmin(request.InstitutionId);
        var added = await Institution(request.InstitutionId).AddSigningKeyAsync(
            new NewSigningKey(key.KeyId, spki, notBefore, notAfter, request.GenerateCustodialKey, request.Activate), context.CancellationToken);
        return RegistryContract.ToContract(added, request.InstitutionId);
    }

    [AllowAnonymous]
    public override async Task<ListSigningKeysResponse> ListSigningKeys(ListSigningKeysRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.InstitutionId, "institution_id").ThrowIfAny();
        var institution = await RequireInstitutionAsync(request.InstitutionId, context.CancellationToken);
        var response = new ListSigningKeysResponse();
        response.Keys.AddRange(institution.Keys
            .Where(k => request.IncludeInactive || k.Status is SigningKeyStatus.Active or SigningKeyStatus.Pending)
            .OrderByDescending(k => k.AddedAt)
            .Select(k => RegistryContract.ToContract(k, request.InstitutionId)));
        return response;
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<PublicKey> RetireSigningKey(RetireSigningKeyRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.InstitutionId, "institution_id").Required(request.KeyId, "key_id").ThrowIfAny();
        CallerIdentity.From(context).RequireInstitutionOrAdmin(request.InstitutionId);
        var key = await Institution(request.InstitutionId).RetireSigningKeyAsync(request.KeyId, NullIfEmpty(request.Reason), context.CancellationToken);
        return RegistryContract.ToContract(key, request.InstitutionId);
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<PublicKey> RevokeSigningKey(RevokeSigningKeyRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.InstitutionId, "institution_id").Required(request.KeyId, "key_id").ThrowIfAny();
        CallerIdentity.From(context).RequireInstitutionOrAdmin(request.InstitutionId);
        var key = await Institution(request.InstitutionId).RevokeSigningKeyAsync(request.KeyId, request.RevokedAt?.ToDateTimeOffset(), NullIfEmpty(request.Reason), context.CancellationToken);
        return RegistryContract.ToContract(key, request.InstitutionId);
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<Programme> CreateProgramme(CreateProgrammeRequest request, ServerCallContext context)
    {
        RegistryValidation.Programme(request.Programme, "programme").ThrowIfAny();
        CallerIdentity.From(context).RequireInstitutionOrAdmin(request.Programme.InstitutionId);
        await RequireInstitutionAsync(request.Programme.InstitutionId, context.CancellationToken);
        var snapshot = await Programme(request.Programme.ProgrammeId).CreateAsync(RegistryContract.ToProfile(request.Programme, options.Value.Country), context.CancellationToken);
        return RegistryContract.ToContract(snapshot, time.GetUtcNow());
    }

    [AllowAnonymous]
    public override async Task<Programme> GetProgramme(GetProgrammeRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.ProgrammeId, "programme_id").ThrowIfAny();
        var snapshot = await RequireProgrammeAsync(request.ProgrammeId, context.CancellationToken);
        if (snapshot.ListingAt(time.GetUtcNow()) != ProgrammeListing.Listed)
        {
            RequireInstitutionOrAdmin(OptionalCaller.From(context), snapshot.Profile.InstitutionId);
        }

        return RegistryContract.ToContract(snapshot, time.GetUtcNow());
    }

    [AllowAnonymous]
    public override async Task<ListProgrammesResponse> ListProgrammes(ListProgrammesRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        if (!request.ListedOnly)
        {
            var caller = OptionalCaller.From(context);
            if (caller is not { IsAdmin: true } && !(caller is { IsInstitution: true } && request.InstitutionId.Length > 0 && caller.InstitutionId == request.InstitutionId))
            {
                throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED",
                    "Unlisted programmes are visible only to administrators and, filtered by institution_id, to their own institution; ask with listed_only.");
            }
        }

        var all = await grains.Keyed<IProgrammeDirectoryGrain>(RegistryDirectory.Key).ListAsync(context.CancellationToken);
        var matching = all
            .Where(p => !request.ListedOnly || p.ListedAt(now))
            .Where(p => request.InstitutionId.Length == 0 || p.InstitutionId == request.InstitutionId)
            .Where(p => request.Kind == ProgrammeKind.Unspecified || p.Kind == (int)request.Kind)
            .Where(p => TextValue.AnyContains(p.Titles, request.TitleContains))
            .ToList();
        var (page, response) = QueryPaging.Slice(matching, request.Page, $"prog|{request.InstitutionId}|{request.Kind}|{request.ListedOnly}|{request.TitleContains}");
        var snapshots = await Task.WhenAll(page.Select(p => Programme(p.ProgrammeId).GetAsync(context.CancellationToken)));
        var result = new ListProgrammesResponse { Page = response };
        result.Programmes.AddRange(snapshots.OfType<ProgrammeSnapshot>().Select(s => RegistryContract.ToContract(s, now)));
        return result;
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<Programme> UpdateProgramme(UpdateProgrammeRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.Programme?.ProgrammeId, "programme.programme_id");
        MaskViolations(request.UpdateMask, UpdatableProgrammePaths, Contracts.V1.Programme.Descriptor, violations);
        violations.ThrowIfAny();
        var snapshot = await RequireProgrammeAsync(request.Programme!.ProgrammeId, context.CancellationToken);
        CallerIdentity.From(context).RequireInstitutionOrAdmin(snapshot.Profile.InstitutionId);
        var current = RegistryContract.ToContract(snapshot, time.GetUtcNow());
        request.UpdateMask.Merge(request.Programme, current, new FieldMask.MergeOptions { ReplaceMessageFields = true, ReplaceRepeatedFields = true });
        RegistryValidation.Programme(current, "programme").ThrowIfAny();
        var updated = await Programme(current.ProgrammeId).UpdateAsync(RegistryContract.ToProfile(current, snapshot.Profile.Country), request.ExpectedVersion, context.CancellationToken);
        return RegistryContract.ToContract(updated, time.GetUtcNow());
    }

    [Authorize(Policy = HubPolicies.AdminOrInstitution)]
    public override async Task<Programme> RecordProgrammeReview(RecordProgrammeReviewRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations().Required(request.ProgrammeId, "programme_id");
        if (request.Review is null)
        {
            violations.Add("review", "review is required.");
        }
        else
        {
            if (request.Review.Kind == Contracts.V1.ProgrammeReviewKind.Unspecified)
            {
                violations.Add("review.kind", "State whether the review is internal or external.");
            }

            if (request.Review.Result == QualityAssuranceResult.Unspecified)
            {
                violations.Add("review.result", "The result of the review is required.");
            }
        }

        violations.ThrowIfAny();
        var caller = CallerIdentity.From(context);
        var snapshot = await RequireProgrammeAsync(request.ProgrammeId, context.CancellationToken);
        caller.RequireInstitutionOrAdmin(snapshot.Profile.InstitutionId);
        if (request.Review!.Kind == Contracts.V1.ProgrammeReviewKind.External && !caller.IsAdmin)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "External reviews are recorded by the national centre, not by the institution.");
        }

        var review = request.Review.Clone();
        review.RecordedBy = new Actor
        {
            Kind = caller.IsAdmin ? ActorKind.NationalCentreAdmin : ActorKind.Institution,
            ActorId = caller.Subject,
            HubId = options.Value.HubId,
            InstitutionId = caller.InstitutionId ?? "",
        };
        var updated = await Programme(request.ProgrammeId).RecordReviewAsync(RegistryContract.ToRecord(review), context.CancellationToken);
        return RegistryContract.ToContract(updated, time.GetUtcNow());
    }

    [AllowAnonymous]
    public override Task<SearchOpenRegistryResponse> SearchOpenRegistry(SearchOpenRegistryRequest request, ServerCallContext context) =>
        new OpenRegistrySearch(grains, time).SearchAsync(request, context.CancellationToken);

    [AllowAnonymous]
    public override async Task<OpenRegistryEntry> GetOpenRegistryEntry(GetOpenRegistryEntryRequest request, ServerCallContext context)
    {
        new FieldViolations().Required(request.RegistryNumber, "registry_number").ThrowIfAny();
        var target = await grains.Keyed<IRegistryNumberIndexGrain>(request.RegistryNumber).GetAsync(context.CancellationToken);
        var credential = target is null ? null : await grains.Keyed<ICredentialGrain>(target.CredentialId).GetAsync(context.CancellationToken);
        if (credential is null)
        {
            throw new HubException(ErrorKind.NotFound, "REGISTRY_NUMBER_NOT_FOUND", $"No credential has registry number {request.RegistryNumber}.", "registry_number");
        }

        return OpenEntry(credential.Issued.OpenEntry, credential.Status.State);
    }

    internal static OpenRegistryEntry OpenEntry(OpenRegistryEntryData data, CredentialState state)
    {
        var entry = OpenRegistryEntry.Parser.ParseFrom(data.Document);
        entry.Status = CredentialEnums.ToProto(state);
        return entry;
    }

    private static void MaskViolations(FieldMask? mask, HashSet<string> allowed, Google.Protobuf.Reflection.MessageDescriptor descriptor, FieldViolations violations)
    {
        if (mask is null || mask.Paths.Count == 0)
        {
            violations.Add("update_mask", "update_mask must name the fields to change.");
            return;
        }

        foreach (var path in mask.Paths.Where(p => !allowed.Contains(p)))
        {
            violations.Add("update_mask", descriptor.FindFieldByName(path) is null
                ? $"Unknown field '{path}'."
                : $"Field '{path}' cannot be changed with this call.");
        }
    }

    private static void RequireInstitutionOrAdmin(CallerIdentity? caller, string institutionId)
    {
        if (caller is null)
        {
            throw new HubException(ErrorKind.PermissionDenied, "NOT_ALLOWED", "This programme is not in the open registry; only its institution and administrators may read it.");
        }

        caller.RequireInstitutionOrAdmin(institutionId);
    }

    /// <summary>An outside issuer id belongs to one institution of the hub: otherwise an imported credential's issuer
    /// would not say whose keys to trust.</summary>
    private async Task RequireOutsideIssuersFreeAsync(Institution institution, CancellationToken cancellationToken)
    {
        var directory = grains.Keyed<IInstitutionDirectoryGrain>(RegistryDirectory.Key);
        for (var i = 0; i < institution.OutsideIssuerIds.Count; i++)
        {
            var id = institution.OutsideIssuerIds[i];
            if (await directory.FindOutsideIssuerAsync(id, cancellationToken) is { } holder && holder != institution.InstitutionId)
            {
                throw new HubException(ErrorKind.AlreadyExists, "OUTSIDE_ISSUER_ID_TAKEN",
                    $"Outside issuer id {id} is already registered for institution {holder}.",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"institution.outside_issuer_ids[{i}]"));
            }
        }
    }

    private async Task<InstitutionSnapshot> RequireInstitutionAsync(string id, CancellationToken cancellationToken) =>
        await Institution(id).GetAsync(cancellationToken) ?? throw new HubException(ErrorKind.NotFound, "INSTITUTION_NOT_FOUND", $"No institution {id} is registered.", "institution_id");

    private async Task<ProgrammeSnapshot> RequireProgrammeAsync(string id, CancellationToken cancellationToken) =>
        await Programme(id).GetAsync(cancellationToken) ?? throw new HubException(ErrorKind.NotFound, "PROGRAMME_NOT_FOUND", $"No programme {id} is registered.", "programme_id");

    private IInstitutionGrain Institution(string id) => grains.Keyed<IInstitutionGrain>(id);

    private IProgrammeGrain Programme(string id) => grains.Keyed<IProgrammeGrain>(id);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
