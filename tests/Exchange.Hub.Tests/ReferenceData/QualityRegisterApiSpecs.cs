using Exchange.Contracts.V1;
using Exchange.Hub.Security;
using Exchange.Hub.Tests.Infrastructure;
using Exchange.Hub.Tests.Recognition;
using Exchange.Hub.Tests.Registry;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Exchange.Hub.Tests.ReferenceData;

/// <summary>
/// The quality-assurance register through the API of one real hub: administrators keep agencies and DEQAR-style
/// listings, anyone signed in reads them, and a recognition request's quality expectations are checked against them.
/// </summary>
public sealed class QualityRegisterApiSpecs : IAsyncLifetime
{
    private const string University = "UA-QA-UNIVERSITY";
    private const string LearnerId = "L-QA-1";
    private HubProcess _hub = null!;

    public async Task InitializeAsync() => _hub = await HubProcess.StartAsync(HubProcessSettings.Fresh("hub-ua", "UA"));

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    private ReferenceDataService.ReferenceDataServiceClient As(string role, string? institution = null) =>
        new(_hub.CreateChannel(_hub.Token(new HubTokenRequest(role + "-1", role, institution))));

    private ReferenceDataService.ReferenceDataServiceClient Admin => As(HubRoles.Admin);

    private static QualityAgency Naqa => new()
    {
        AgencyId = "UA-NAQA",
        Name = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "National Agency for Higher Education Quality Assurance (NAQA)" } } },
        CountryCode = "UA",
        NationallyRecognised = true,
        Source = "National agency; EQAR registration unverified (reference.md §10 q8).",
    };

    private static QualityListing Institutional(string institutionId, string agencyId = "UA-NAQA") => new()
    {
        Scope = QualityListingScope.Institution,
        InstitutionId = institutionId,
        AgencyId = agencyId,
        Result = QualityAssuranceResult.Positive,
        DecidedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2024, 6, 27, 0, 0, 0, TimeSpan.Zero)),
        ValidUntil = Timestamp.FromDateTimeOffset(new DateTimeOffset(2099, 6, 27, 0, 0, 0, TimeSpan.Zero)),
    };

    [Fact]
    public async Task Administrators_keep_agencies_and_listings_and_anyone_signed_in_reads_them()
    {
        var first = await Admin.PutQualityAgencyAsync(new PutQualityAgencyRequest { Agency = Naqa });
        var again = await Admin.PutQualityAgencyAsync(new PutQualityAgencyRequest { Agency = Naqa });
        var listing = await Admin.RecordQualityListingAsync(new RecordQualityListingRequest { Listing = Institutional("UA-KNU") });
        var sameReview = await Admin.RecordQualityListingAsync(new RecordQualityListingRequest { Listing = Institutional("UA-KNU") });
        var other = await Admin.RecordQualityListingAsync(new RecordQualityListingRequest { Listing = Institutional("UA-KPI") });

        var reader = As(HubRoles.Institution, University);
        var agencies = await reader.ListQualityAgenciesAsync(new ListQualityAgenciesRequest { CountryCode = "UA" });
        var none = await reader.ListQualityAgenciesAsync(new ListQualityAgenciesRequest { CountryCode = "LV" });
        var page = await reader.ListQualityListingsAsync(new ListQualityListingsRequest { Page = new PageRequest { PageSize = 1 } });
        var next = await reader.ListQualityListingsAsync(new ListQualityListingsRequest { Page = new PageRequest { PageSize = 1, PageToken = page.Page.NextPageToken } });
        var knu = await reader.ListQualityListingsAsync(new ListQualityListingsRequest { InstitutionId = "UA-KNU" });

        Assert.Equal((1L, 2L), (first.Version, again.Version));
        Assert.Matches("^QL-[0-9]{6}$", listing.ListingId);
        Assert.Equal(listing.ListingId, sameReview.ListingId);
        Assert.NotEqual(listing.ListingId, other.ListingId);
        Assert.Equal(Naqa.Source, Assert.Single(agencies.Agencies).Source);
        Assert.Empty(none.Agencies);
        Assert.Equal([other.ListingId, listing.ListingId], [page.Listings.Single().ListingId, next.Listings.Single().ListingId]);
        Assert.Equal(listing.ListingId, Assert.Single(knu.Listings).ListingId);
    }

    [Fact]
    public async Task Only_administrators_write_and_only_signed_in_callers_read()
    {
        var asUniversity = await Assert.ThrowsAsync<RpcException>(() =>
            As(HubRoles.Institution, University).PutQualityAgencyAsync(new PutQualityAgencyRequest { Agency = Naqa }).ResponseAsync);
        var asOfficer = await Assert.ThrowsAsync<RpcException>(() =>
            As(HubRoles.Officer).RecordQualityListingAsync(new RecordQualityListingRequest { Listing = Institutional("UA-KNU") }).ResponseAsync);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            new ReferenceDataService.ReferenceDataServiceClient(_hub.CreateChannel()).ListQualityAgenciesAsync(new ListQualityAgenciesRequest()).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, asUniversity.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, asOfficer.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task Bad_agencies_and_listings_get_every_field_violation_and_a_listing_needs_an_agency_on_the_register()
    {
        var agency = Naqa;
        agency.AgencyId = "UA NAQA";
        agency.CountryCode = "Ukraine";
        agency.DeqarAgencyId = "52";
        agency.EqarRegisteredFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch);
        var listing = Institutional("UA-KNU");
        listing.Scope = QualityListingScope.Unspecified;
        listing.Result = QualityAssuranceResult.Unspecified;
        listing.ValidUntil = Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var badAgency = await Assert.ThrowsAsync<RpcException>(() => Admin.PutQualityAgencyAsync(new PutQualityAgencyRequest { Agency = agency }).ResponseAsync);
        var badListing = await Assert.ThrowsAsync<RpcException>(() => Admin.RecordQualityListingAsync(new RecordQualityListingRequest { Listing = listing }).ResponseAsync);
        var unknownAgency = await Assert.ThrowsAsync<RpcException>(() =>
            Admin.RecordQualityListingAsync(new RecordQualityListingRequest { Listing = Institutional("UA-KNU", "XX-NOBODY") }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, badAgency.StatusCode);
        Assert.Equal(["agency.agency_id", "agency.country_code", "agency.deqar_agency_id", "agency.eqar_registered_from"], RecognitionApiSpecs.Violations(badAgency));
        Assert.Equal(["listing.scope", "listing.result", "listing.valid_until"], RecognitionApiSpecs.Violations(badListing));
        Assert.Equal(StatusCode.InvalidArgument, unknownAgency.StatusCode);
        Assert.Equal("AGENCY_NOT_ON_REGISTER", RecognitionApiSpecs.Reason(unknownAgency));
    }

    [Fact]
    public async Task Requiring_an_EQAR_agency_refers_a_credential_whose_agency_the_register_lists_as_not_registered_unless_the_target_accepts_it()
    {
        var issuer = await IssuerAsync("UA-QA-ISSUER");
        await Admin.PutQualityAgencyAsync(new PutQualityAgencyRequest { Agency = Naqa });
        await Admin.RecordQualityListingAsync(new RecordQualityListingRequest { Listing = Institutional(issuer) });

        var strict = new QualityExpectation { RequireExternalQualityAssurance = true, RequireEqarAgency = true };
        var referred = await SubmitAndSettleAsync("eqar-1", await IssueAndShareAsync(issuer, "qa-eqar"), strict);
        var accepting = new QualityExpectation { RequireExternalQualityAssurance = true, RequireEqarAgency = true, AcceptedAgencyIds = { "UA-NAQA" } };
        var accepted = await SubmitAndSettleAsync("eqar-2", await IssueAndShareAsync(issuer, "qa-accepted"), accepting);

        Assert.Equal(CaseStatus.InReview, referred.Status);
        Assert.Equal([RecognitionCriterion.Quality], referred.FlaggedCriteria);
        var officer = new ReviewService.ReviewServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("officer-1", HubRoles.Officer))));
        await Eventually.True(async () => (await officer.ListReviewQueueAsync(new ListReviewQueueRequest())).Items.Any(i => i.CaseId == referred.CaseId),
            TimeSpan.FromSeconds(10), $"Case {referred.CaseId} never reached the review queue.");
        var detail = await officer.GetReviewCaseAsync(new GetReviewCaseRequest { CaseId = referred.CaseId });
        var quality = detail.ProposedAssessment.Differences.Single(d => d.Criterion == RecognitionCriterion.Quality);
        Assert.True(quality.PotentiallySubstantial);
        Assert.Equal("qa.agency_not_eqar", quality.Explanation.MessageKey);
        Assert.Contains(quality.Evidence, e => e.Contains("QA register: agency UA-NAQA, EQAR registered no", StringComparison.Ordinal));

        Assert.Equal(CaseStatus.Decided, accepted.Status);
        Assert.DoesNotContain(RecognitionCriterion.Quality, accepted.FlaggedCriteria);
        var acceptedQuality = accepted.Decision.Differences.Single(d => d.Criterion == RecognitionCriterion.Quality);
        Assert.Equal("qa.agency_accepted", acceptedQuality.Explanation.MessageKey);
    }

    private async Task<string> IssuerAsync(string id)
    {
        var admin = new RegistryService.RegistryServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("admin-1", HubRoles.Admin))));
        await admin.CreateInstitutionAsync(new CreateInstitutionRequest { Institution = Samples.Institution(id) });
        await admin.AddSigningKeyAsync(new AddSigningKeyRequest { InstitutionId = id, Key = new PublicKey { KeyId = id + "#1" }, GenerateCustodialKey = true, Activate = true });
        return id;
    }

    private async Task<SharedCredentialRef> IssueAndShareAsync(string issuerId, string key)
    {
        var issuer = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("registrar", HubRoles.Institution, issuerId))));
        var issued = await issuer.IssueCredentialAsync(Samples.IssueRequest(issuerId, LearnerId, key));
        var learner = new IssuingService.IssuingServiceClient(_hub.CreateChannel(_hub.Token(new HubTokenRequest("learner", HubRoles.Learner, LearnerId: LearnerId))));
        var grant = await learner.CreateShareGrantAsync(new CreateShareGrantRequest
        {
            CredentialId = issued.Credential.CredentialId,
            ExpiresAt = Timestamp.FromDateTime(DateTime.UtcNow.AddDays(7)),
        });
        return new SharedCredentialRef { IssuingHubId = "hub-ua", CredentialId = issued.Credential.CredentialId, ShareCode = grant.ShareCode };
    }

    private async Task<RecognitionCase> SubmitAndSettleAsync(string key, SharedCredentialRef reference, QualityExpectation quality)
    {
        var university = new RecognitionService.RecognitionServiceClient(
            _hub.CreateChannel(_hub.Token(new HubTokenRequest("admissions", HubRoles.Institution, University))));
        var submitted = await university.SubmitRecognitionRequestAsync(new SubmitRecognitionRequestRequest
        {
            Request = new RecognitionRequest
            {
                IdempotencyKey = key,
                RequesterInstitutionId = University,
                Purpose = RecognitionPurpose.CreditTransfer,
                Target = new RecognitionTarget
                {
                    Kind = TargetKind.Course,
                    Title = new MultilingualText { Values = { new LocalizedText { Language = "en", Text = "Data analysis" } } },
                    HostInstitutionId = University,
                    Requirements = new TargetRequirements
                    {
                        Level = new Level { Framework = QualificationFramework.Eqf, LevelCode = "6" },
                        Workload = new Workload { Amount = "5", Unit = WorkloadUnit.EctsCredit },
                        Quality = quality,
                    },
                },
                Credentials = { new CredentialSource { Reference = reference } },
            },
            SettleWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(10)),
        });

        Assert.True(submitted.Status is CaseStatus.Decided or CaseStatus.InReview,
            $"Case ended {submitted.Status}: {string.Join("; ", submitted.Journal.Select(j => j.Reason))}");
        return submitted;
    }
}
