using Exchange.Contracts.V1;
using Exchange.Hub.Grains.Registry;
using Exchange.Hub.Mapping.Enums;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Exchange.Hub.Mapping;

/// <summary>Between the registry contracts and the registry grains' records.</summary>
public static class RegistryContract
{
    public static IReadOnlyList<TextValue> Texts(MultilingualText? text) =>
        text is null ? [] : [.. text.Values.Select(v => new TextValue(v.Language, v.Text))];

    public static MultilingualText Text(IEnumerable<TextValue> texts)
    {
        var result = new MultilingualText();
        result.Values.AddRange(texts.Select(t => new LocalizedText { Language = t.Language, Text = t.Text }));
        return result;
    }

    public static InstitutionProfile ToProfile(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        var document = institution.Clone();
        // Hub-set parts live in the grain, not in the descriptive document.
        document.SigningKeys.Clear();
        document.QualityAssurance.Clear();
        document.CreatedAt = null;
        document.UpdatedAt = null;
        document.Version = 0;
        return new InstitutionProfile(institution.InstitutionId, institution.CountryCode, Texts(institution.Name), institution.ShortName,
            [.. institution.Roles.Where(r => r != InstitutionRole.Unspecified).Distinct().Select(RegistryEnums.ToDomain)],
            institution.Active, document.ToByteArray(), [.. institution.OutsideIssuerIds]);
    }

    public static Institution ToContract(InstitutionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = Institution.Parser.ParseFrom(snapshot.Profile.Document);
        result.InstitutionId = snapshot.Profile.InstitutionId;
        result.Active = snapshot.Profile.Active;
        result.QualityAssurance.AddRange(snapshot.QualityAssurance.Select(q => QualityAssuranceStatus.Parser.ParseFrom(q.Document)));
        result.SigningKeys.AddRange(snapshot.Keys.Select(k => ToContract(k, snapshot.Profile.InstitutionId)));
        result.CreatedAt = Timestamp.FromDateTimeOffset(snapshot.CreatedAt);
        result.UpdatedAt = Timestamp.FromDateTimeOffset(snapshot.UpdatedAt);
        result.Version = snapshot.Version;
        return result;
    }

    public static PublicKey ToContract(PublicSigningKey key, string ownerId)
    {
        ArgumentNullException.ThrowIfNull(key);
        var result = new PublicKey
        {
            KeyId = key.KeyId,
            OwnerId = ownerId,
            Algorithm = key.Kind switch
            {
                Signing.PublicKeyKind.Rs256 => SignatureAlgorithm.Rs256,
                Signing.PublicKeyKind.EdDsa => SignatureAlgorithm.Eddsa,
                _ => SignatureAlgorithm.Es256,
            },
            SpkiDer = ByteString.CopyFrom(key.SpkiDer),
            Validity = new ValidityWindow
            {
                NotBefore = key.NotBefore is { } nb ? Timestamp.FromDateTimeOffset(nb) : null,
                NotAfter = key.NotAfter is { } na ? Timestamp.FromDateTimeOffset(na) : null,
            },
            Status = RegistryEnums.ToProto(key.Status),
            StatusReason = key.StatusReason ?? "",
        };
        if (key.RevokedAt is { } revoked)
        {
            result.RevokedAt = Timestamp.FromDateTimeOffset(revoked);
        }

        return result;
    }

    public static ProgrammeProfile ToProfile(Programme programme, string country)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var document = programme.Clone();
        document.InternalReview = null;
        document.ExternalReview = null;
        document.RegistryStatus = ProgrammeRegistryStatus.Unspecified;
        document.RegistryNumber = "";
        document.ListedAt = null;
        document.UpdatedAt = null;
        document.Version = 0;
        return new ProgrammeProfile(programme.ProgrammeId, programme.InstitutionId, country, (int)programme.Kind, Texts(programme.Title), document.ToByteArray());
    }

    public static ProgrammeReviewRecord ToRecord(ProgrammeReview review) => new(
        review.Kind == Contracts.V1.ProgrammeReviewKind.Internal ? Grains.Registry.ProgrammeReviewKind.Internal : Grains.Registry.ProgrammeReviewKind.External,
        review.Result is QualityAssuranceResult.Positive or QualityAssuranceResult.Conditional,
        review.ValidUntil?.ToDateTimeOffset(),
        review.ToByteArray());

    public static Programme ToContract(ProgrammeSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var result = Programme.Parser.ParseFrom(snapshot.Profile.Document);
        result.ProgrammeId = snapshot.Profile.ProgrammeId;
        result.InstitutionId = snapshot.Profile.InstitutionId;
        result.InternalReview = snapshot.InternalReview is null ? null : ProgrammeReview.Parser.ParseFrom(snapshot.InternalReview.Document);
        result.ExternalReview = snapshot.ExternalReview is null ? null : ProgrammeReview.Parser.ParseFrom(snapshot.ExternalReview.Document);
        result.RegistryStatus = RegistryEnums.ToProto(snapshot.ListingAt(now));
        result.RegistryNumber = snapshot.RegistryNumber ?? "";
        result.ListedAt = snapshot.ListedAt is { } listed ? Timestamp.FromDateTimeOffset(listed) : null;
        result.UpdatedAt = Timestamp.FromDateTimeOffset(snapshot.UpdatedAt);
        result.Version = snapshot.Version;
        return result;
    }
}
