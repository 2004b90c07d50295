using Exchange.Adapters.Credentials;
using static Exchange.Adapters.Recognition.Criteria.Assessments;

namespace Exchange.Adapters.Recognition.Criteria;

/// <summary>
/// Profile: field of study (ISCED-F) and orientation. Differences in orientation are accepted as not
/// substantial [R3]; a different broad field may be substantial where the purpose weighs the field.
/// </summary>
internal static class ProfileCriterion
{
    public static CriterionAssessment Assess(Evidence evidence, RecognitionTarget target, PurposeSettings settings)
    {
        if (!settings.CompareProfile || (target.FieldCode is null && target.Orientation == Orientation.Unspecified))
        {
            return Make(Criterion.Profile, Finding.NotConsidered, null, null, "profile.not_considered", "Profile is not weighed for this target and purpose.");
        }

        var worst = Finding.NoDifference;
        CriterionAssessment? worstResult = null;
        foreach (var credential in evidence.Credentials)
        {
            var result = Field(credential, target, settings);
            if (result is not null && result.Finding > worst)
            {
                worst = result.Finding;
                worstResult = result;
            }
        }

        if (worstResult is not null)
        {
            return worstResult;
        }

        var orientationDiffers = false;
        foreach (var credential in evidence.Credentials)
        {
            orientationDiffers |= target.Orientation != Orientation.Unspecified
                && credential.Orientation != Orientation.Unspecified && credential.Orientation != target.Orientation;
        }

        return orientationDiffers
            ? Make(Criterion.Profile, Finding.NotSubstantial, null, null, "profile.orientation_differs",
                Say($"The orientation differs from the target's ({target.Orientation}); differences in orientation are not substantial."),
                Arg("target_orientation", target.Orientation), Arg("orientation", "profile.orientation_" + target.Orientation.ToString().ToLowerInvariant()))
            : Make(Criterion.Profile, Finding.NoDifference, null, null, "profile.matches", "Field and orientation match the target.");
    }

    private static CriterionAssessment? Field(Credential credential, RecognitionTarget target, PurposeSettings settings)
    {
        if (target.FieldCode is not { Length: >= 2 } wanted)
        {
            return null;
        }

        if (credential.FieldCode is not { Length: >= 2 } actual)
        {
            return settings.FieldDifferenceMayBeSubstantial
                ? Make(Criterion.Profile, Finding.Undetermined, null, null, "profile.field_unknown",
                    Say($"{credential.Id} states no field of study; the target is in ISCED-F {wanted}."), Arg("credential", credential.Id), Arg("target_field", wanted))
                : null;
        }

        if (Shares(actual, wanted, 3))
        {
            return null;
        }

        if (Shares(actual, wanted, 2))
        {
            return Make(Criterion.Profile, Finding.NotSubstantial, null, null, "profile.field_same_broad",
                Say($"ISCED-F {actual} and {wanted} share the broad field; not substantial."), Arg("field", actual), Arg("target_field", wanted));
        }

        return settings.FieldDifferenceMayBeSubstantial
            ? Make(Criterion.Profile, Finding.PotentiallySubstantial, null, null, "profile.field_differs",
                Say($"ISCED-F {actual} is in a different broad field from the target's {wanted}; this may be substantial for the purpose."),
                Arg("field", actual), Arg("target_field", wanted))
            : Make(Criterion.Profile, Finding.NotSubstantial, null, null, "profile.field_differs_outcomes_decide",
                Say($"ISCED-F {actual} differs from {wanted}; for this purpose the learning outcomes decide, not the field label."),
                Arg("field", actual), Arg("target_field", wanted));
    }

    private static bool Shares(string a, string b, int digits) =>
        a.Length >= digits && b.Length >= digits && a.AsSpan(0, digits).SequenceEqual(b.AsSpan(0, digits));
}
