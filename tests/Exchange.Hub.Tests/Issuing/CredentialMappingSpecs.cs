using System.Security.Cryptography;
using Exchange.Adapters.Credits;
using Exchange.Adapters.Frameworks;
using Exchange.Hub.Mapping;
using Exchange.Hub.Services.Registry;
using Exchange.Hub.Tests.Registry;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Tests.Issuing;

public sealed class CredentialMappingSpecs
{
    [Fact]
    public void A_contract_credential_reads_into_the_rules_model_with_every_element_the_rules_use()
    {
        var domain = CredentialToDomain.Map(Samples.IssueRequest("UA-KNU", "UA-L-1", "m-1").Credential);

        Assert.Equal(Exchange.Adapters.Credentials.CredentialKind.MicroCredential, domain.Kind);
        Assert.Equal("Олена Петрівна Коваленко", domain.Learner!.FullName);
        Assert.Equal(new DateOnly(2001, 4, 12), domain.Learner.DateOfBirth);
        Assert.Equal("UA", domain.IssuerCountry);
        Assert.Equal(new Workload(6m, CreditUnit.Ects), domain.Workload);
        Assert.Equal(new LevelClaim(QualificationFramework.UkraineNqf, 7, "2020"), domain.Level);
        Assert.Equal(Exchange.Adapters.Credentials.AssessmentType.Mixed, domain.AssessmentType);
        Assert.Equal(Exchange.Adapters.Credentials.ParticipationForm.Blended, domain.ParticipationForm);
        Assert.Equal(Exchange.Adapters.Credentials.QualityAssuranceType.ExternalNational, domain.QualityAssurance!.Type);
        Assert.Equal(2, domain.LearningOutcomes.Count);
        Assert.Equal("0542", domain.FieldCode);
        Assert.NotNull(domain.Content);
    }

    [Fact]
    public void The_rules_model_written_back_as_a_contract_reads_into_the_same_model()
    {
        var first = CredentialToDomain.Map(Samples.IssueRequest("UA-KNU", "UA-L-1", "m-2").Credential);
        var again = CredentialToDomain.Map(CredentialToContract.Map(first, "uk"));

        Assert.Equal(first.Kind, again.Kind);
        Assert.Equal(first.Learner, again.Learner);
        Assert.Equal(first.Title, again.Title);
        Assert.Equal(first.IssuerCountry, again.IssuerCountry);
        Assert.Equal(first.IssueDate, again.IssueDate);
        Assert.Equal(first.Workload, again.Workload);
        Assert.Equal(first.Level, again.Level);
        Assert.Equal(first.ParticipationForm, again.ParticipationForm);
        Assert.Equal(first.QualityAssurance!.Type, again.QualityAssurance!.Type);
        Assert.Equal(first.LearningOutcomes.Select(o => o.Display), again.LearningOutcomes.Select(o => o.Display));
        Assert.Equal(first.Content, again.Content);
    }

    [Fact]
    public void A_public_P256_JWK_becomes_the_same_SPKI_and_anything_else_is_refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(false);
        var jwk = $$"""{"kty":"EC","crv":"P-256","x":"{{Base64UrlEncoder.Encode(p.Q.X)}}","y":"{{Base64UrlEncoder.Encode(p.Q.Y)}}"}""";

        Assert.Equal(key.ExportSubjectPublicKeyInfo(), JwkKeys.ToSpki(jwk));
        Assert.Null(JwkKeys.ToSpki("""{"kty":"RSA","n":"x","e":"AQAB"}"""));
        Assert.Null(JwkKeys.ToSpki("not json"));
    }
}
