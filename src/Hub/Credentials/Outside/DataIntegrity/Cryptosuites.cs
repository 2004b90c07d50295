namespace Exchange.Hub.Credentials.Outside.DataIntegrity;

/// <summary>
/// The Data Integrity suites this hub verifies and the ones it names without verifying. eddsa-rdfc-2022 (Ed25519 over
/// RDFC-1.0) is what Open Badges 3.0 and CLR 2.0 specify for linked-data proofs; ecdsa-rdfc-2019 with P-256 is the same
/// transform with an ECDSA key (P-384 and its SHA-384 are not read). The selective-disclosure suite
/// (ecdsa-sd-2023), the JCS suites and the pre-standard signatures (eddsa-2022, Ed25519Signature2020) are different
/// transforms; reporting them as "not verified by this hub" lets an officer decide instead of a wrong answer.
/// </summary>
public static class Cryptosuites
{
    public const string EddsaRdfc2022 = "eddsa-rdfc-2022";
    public const string EcdsaRdfc2019 = "ecdsa-rdfc-2019";

    public static bool IsVerified(string suite) => suite is EddsaRdfc2022 or EcdsaRdfc2019;
}
