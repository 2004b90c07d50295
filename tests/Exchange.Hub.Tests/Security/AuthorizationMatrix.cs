namespace Exchange.Hub.Tests.Security;

/// <summary>
/// Who may call each RPC of the local API at all (issue 4, "Who may do what"). Ownership — a university
/// reading only its own cases, a learner sharing only their own credential, an institution changing only its
/// own keys — is checked inside the services and specified in the area specs; this table is the gate before it.
/// </summary>
internal static class AuthorizationMatrix
{
    private static readonly CallerRole[] Everyone = [CallerRole.Anonymous, CallerRole.Admin, CallerRole.Institution, CallerRole.Officer, CallerRole.Learner];
    private static readonly CallerRole[] Authenticated = [CallerRole.Admin, CallerRole.Institution, CallerRole.Officer, CallerRole.Learner];
    private static readonly CallerRole[] Admin = [CallerRole.Admin];
    private static readonly CallerRole[] AdminOrInstitution = [CallerRole.Admin, CallerRole.Institution];
    private static readonly CallerRole[] Institution = [CallerRole.Institution];
    private static readonly CallerRole[] Officer = [CallerRole.Officer];
    private static readonly CallerRole[] Learner = [CallerRole.Learner];

    public static readonly IReadOnlyDictionary<string, CallerRole[]> Admitted = new Dictionary<string, CallerRole[]>
    {
        ["exchange.v1.HubInfoService.GetHubInfo"] = Everyone,

        // The national centre keeps the registry; institutions look after their own keys and programmes.
        ["exchange.v1.RegistryService.CreateInstitution"] = Admin,
        ["exchange.v1.RegistryService.GetInstitution"] = Everyone,
        ["exchange.v1.RegistryService.ListInstitutions"] = Everyone,
        ["exchange.v1.RegistryService.UpdateInstitution"] = Admin,
        ["exchange.v1.RegistryService.RecordQualityAssurance"] = Admin,
        ["exchange.v1.RegistryService.AddSigningKey"] = AdminOrInstitution,
        ["exchange.v1.RegistryService.ListSigningKeys"] = Everyone,
        ["exchange.v1.RegistryService.RetireSigningKey"] = AdminOrInstitution,
        ["exchange.v1.RegistryService.RevokeSigningKey"] = AdminOrInstitution,
        ["exchange.v1.RegistryService.CreateProgramme"] = AdminOrInstitution,
        ["exchange.v1.RegistryService.GetProgramme"] = Everyone,
        ["exchange.v1.RegistryService.ListProgrammes"] = Everyone,
        ["exchange.v1.RegistryService.UpdateProgramme"] = AdminOrInstitution,
        ["exchange.v1.RegistryService.RecordProgrammeReview"] = AdminOrInstitution,
        ["exchange.v1.RegistryService.SearchOpenRegistry"] = Everyone,
        ["exchange.v1.RegistryService.GetOpenRegistryEntry"] = Everyone,

        // Institutions issue; learners share; reading a credential is checked against issuer, holder and grants.
        ["exchange.v1.IssuingService.IssueCredential"] = Institution,
        ["exchange.v1.IssuingService.GetCredential"] = Authenticated,
        ["exchange.v1.IssuingService.ListCredentials"] = Authenticated,
        ["exchange.v1.IssuingService.RevokeCredential"] = AdminOrInstitution,
        ["exchange.v1.IssuingService.GetRevocationStatus"] = Everyone,
        ["exchange.v1.IssuingService.CreateShareGrant"] = Learner,
        ["exchange.v1.IssuingService.ListShareGrants"] = Authenticated,
        ["exchange.v1.IssuingService.RevokeShareGrant"] = Authenticated,
        ["exchange.v1.IssuingService.ExportCredential"] = Authenticated,
        ["exchange.v1.VerificationService.VerifyCredential"] = Everyone,

        // Universities (and employers) ask for recognition; only officers review.
        ["exchange.v1.RecognitionService.SubmitRecognitionRequest"] = Institution,
        ["exchange.v1.RecognitionService.GetRecognitionCase"] = Institution,
        ["exchange.v1.RecognitionService.ListRecognitionCases"] = Institution,
        ["exchange.v1.RecognitionService.WatchRecognitionCase"] = Institution,
        ["exchange.v1.RecognitionService.SupplementRecognitionCase"] = Institution,
        ["exchange.v1.RecognitionService.WithdrawRecognitionCase"] = Institution,
        ["exchange.v1.RecognitionService.AppealRecognitionDecision"] = Institution,
        ["exchange.v1.ReviewService.ListReviewQueue"] = Officer,
        ["exchange.v1.ReviewService.GetReviewCase"] = Officer,
        ["exchange.v1.ReviewService.AssignReviewCase"] = Officer,
        ["exchange.v1.ReviewService.DecideReviewCase"] = Officer,
        ["exchange.v1.ReviewService.StartCommission"] = Officer,
        ["exchange.v1.ReviewService.CastCommissionVote"] = Officer,
        ["exchange.v1.ReviewService.GetCommissionProtocol"] = Officer,

        // Only the national centre sees its federation's outboxes, inboxes and statistics.
        ["exchange.v1.FederationStatusService.GetFederationStatus"] = Admin,
    };
}
