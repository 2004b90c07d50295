using System.Security.Claims;
using Exchange.Hub.Signing.KeyRing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Exchange.Hub.Security;

/// <summary>
/// Issues the ES256 bearer tokens the hub's local API accepts (issuer and audience = the hub id). A national
/// centre would front this with its identity provider; the hub's own issuer keeps a standalone hub usable and
/// is what the <c>token</c> command and the tests use.
/// </summary>
public sealed class HubTokenIssuer(HubKeyRing keys, TimeProvider time)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public string Issue(HubTokenRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Subject);
        if (request.Role is not (HubRoles.Admin or HubRoles.Institution or HubRoles.Officer or HubRoles.Learner))
        {
            throw new ArgumentException($"Unknown role '{request.Role}'.", nameof(request));
        }

        if (request.Role == HubRoles.Institution && string.IsNullOrWhiteSpace(request.InstitutionId))
        {
            throw new ArgumentException("An institution token needs the institution id.", nameof(request));
        }

        if (request.Role == HubRoles.Learner && string.IsNullOrWhiteSpace(request.LearnerId))
        {
            throw new ArgumentException("A learner token needs the learner id.", nameof(request));
        }

        var claims = new List<Claim> { new("sub", request.Subject), new(HubClaims.Role, request.Role) };
        if (request.InstitutionId is not null)
        {
            claims.Add(new Claim(HubClaims.Institution, request.InstitutionId));
        }

        if (request.LearnerId is not null)
        {
            claims.Add(new Claim(HubClaims.Learner, request.LearnerId));
        }

        if (request.CommissionMember)
        {
            claims.Add(new Claim(HubClaims.CommissionMember, "true"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = keys.HubId,
            Audience = keys.HubId,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (request.Lifetime ?? DefaultLifetime),
            SigningCredentials = new SigningCredentials(TokenSigningKeys.Active(keys), SecurityAlgorithms.EcdsaSha256),
        });
    }
}
